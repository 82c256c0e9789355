/**
 * Type guards of the derived types, appended to `types/index.ts`: `isGroup(value)` is true when
 * `value['@odata.type']` names the type (unless it is abstract with derived types, which Graph never
 * tags so: `sentAsItself`) or one of the types derived from it, and narrows a union
 * (`AnyDirectoryObject`) to its members so tagged, as they are: a value a `$select` narrowed
 * (`Selected<AnyDirectoryObject, …>`) stays narrowed, its unselected members unreadable. A value
 * of no such member (`unknown`, a base type) is narrowed to the type.
 */
import type { ApiModel } from '../model.js'
import {
  type DerivedTypes,
  odataTypeValue,
  selfAndDescendants,
  sentAsItself,
} from '../shape/derived-types.js'
import { jsDocText, stringLiteral } from './escape.js'
import { GUARD_HELPER, GUARD_NARROWING, referenceTo, type TsNames, type TsScope } from './type-names.js'

const TOP_SCOPE: TsScope = { typesPrefix: '', undocumentedPrefix: 'Undocumented.' }

/** What a guard's tags name: the type, the types derived from it, or both. */
function taggedAs(qualifiedName: string, tagged: readonly string[]): string {
  if (!tagged.includes(qualifiedName)) return 'names a type derived from it'
  return tagged.length > 1 ? 'names it or a type derived from it' : 'names it'
}

/** The guards' text, or '' when no type derives from another. */
export function emitTypeGuards(names: TsNames, derived: DerivedTypes, model: ApiModel): string {
  const guards: string[] = []
  for (const [qualifiedName, name] of names) {
    if (!name.guard) continue
    // A type others derive from narrows to its union: its own interface carries no literal tag.
    const narrowed = referenceTo(name.union ? { module: 'types', ...name.union } : name, TOP_SCOPE)
    // The tags of its union's members.
    const tagged = selfAndDescendants(qualifiedName, derived).filter((type) =>
      sentAsItself(type, model, derived),
    )
    const tags = tagged.map((type) => stringLiteral(odataTypeValue(type)))
    guards.push(
      `/** ${jsDocText(`Whether \`value\` is a ${qualifiedName} (\`@odata.type\` ${taggedAs(qualifiedName, tagged)}).`)} */\n` +
        `export function ${name.guard}<V>(value: V): value is ${GUARD_NARROWING}<V, ${narrowed}, ${tags.join(' | ')}> {\n` +
        `    return ${GUARD_HELPER}(value, [${tags.join(', ')}]);\n}\n`,
    )
  }
  if (guards.length === 0) return ''
  // The members whose `@odata.type` is a key of theirs and one of the tags: not `object`,
  // `Record<string, unknown>` or a base type's `string`, which an `Extract` would keep.
  const tagged =
    'V extends unknown ? ("@odata.type" extends keyof V ? (NonNullable<V["@odata.type" & keyof V]> extends Tags ? V : never) : never) : never'
  const narrowing =
    `/** What a guard narrows \`V\` to: its members tagged with one of \`Tags\` (a value \`$select\` narrowed stays narrowed), else \`V & T\`. */\n` +
    `export type ${GUARD_NARROWING}<V, T, Tags extends string> = [${tagged}] extends [infer M] ? ([M] extends [never] ? V & T : Extract<V, M>) : never;\n`
  const helper =
    `/** Whether \`value\` is an object tagged (\`\\@odata.type\`) with one of \`types\`. */\n` +
    `function ${GUARD_HELPER}(value: unknown, types: readonly string[]): boolean {\n` +
    `    if (typeof value !== "object" || value === null || !("@odata.type" in value)) return false;\n` +
    `    const type = value["@odata.type"];\n` +
    `    return typeof type === "string" && types.includes(type);\n}\n`
  return [narrowing, helper, ...guards].join('\n')
}
