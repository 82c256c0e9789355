/**
 * Flags enums: an enum that a property or parameter description calls a flags enum
 *   allowedCombinations | authenticationMethodModes collection | The possible values of this flagged enum are: …
 * takes several members in one value, comma-separated (`"password, sms"`), as Graph's metadata
 * declares it (`IsFlags`). The enum's own table never says so; what holds it does. Runs once the
 * properties' and parameters' types are resolved.
 */
import type { OperationDef, TypeRef } from '../model.js'
import type { TypeRegistry } from './registry.js'

export function markFlagsEnums(registry: TypeRegistry, operations: readonly OperationDef[]): void {
  const mark = ({ type, flagsEnum }: { type: TypeRef; flagsEnum?: true }) => {
    if (!flagsEnum || type.kind !== 'named' || type.resolved === undefined) return
    const target = registry.get(type.resolved)
    if (target?.kind === 'enum') target.flags = true
  }
  for (const type of registry.types.values()) if (type.kind !== 'enum') type.properties.forEach(mark)
  for (const operation of operations) operation.parameters.forEach(mark)
}
