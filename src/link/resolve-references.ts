/**
 * Resolve every `named` TypeRef of the model against the registry: link target first, then name.
 * Names no page defines, but whose properties list "Possible values are: …", become inferred
 * enums (FORMAT §2.6: `importance`, `freeBusyStatus` have no page). The rest stay unresolved and
 * become placeholders (`resolveToPlaceholder`), reported once per place.
 */
import { diagnostic } from '../diagnostics.js'
import { isSentinel } from '../enum-sentinel.js'
import { examplesOfOwnCalls } from '../extract/examples.js'
import { readPossibleValues } from '../extract/property-flags.js'
import { odataType } from '../extract/response-evidence.js'
import { DEFAULT_NAMESPACE } from '../format-defaults.js'
import type {
  Diagnostic,
  ExampleDef,
  OperationDef as ModelOperationDef,
  PageModel,
  ParameterDef,
  PropertyDef,
  SourcePosition,
} from '../model.js'
import { isPluralOf } from '../simple-name.js'
import type { EnumTypeDef, ObjectTypeDef, OperationDef, TypeRef } from './drafts.js'
import type { UndocumentedTypes } from './placeholder-spellings.js'
import type { TypeRegistry } from './registry.js'

/** The namespace an operation's bare type names are read in first: its page's. */
export type NamespaceOf = (operation: OperationDef) => string

/**
 * Resolve `ref` in place; returns false when it names nothing. The link target decides, except where
 * the link text spells (case and all) another documented type than the target page defines:
 * `[invitationParticipantInfo](participantinfo.md)` names `invitationParticipantInfo`, while
 * `[WorkbookChartFill](chartfill.md)` (no type spelled so) stays the page's `workbookChartFill`; and
 * except where the text is a type name that is neither the target's nor a short form of it:
 * `[teamsAppDefinition](teamsapp.md)` names `teamsAppDefinition` even when no page defines it (then a
 * placeholder), while `[Range](range.md)` and `[ChartPoints](chartpoint.md)` stay the page's type.
 */
export function resolveReference(ref: TypeRef, namespace: string, registry: TypeRegistry): boolean {
  if (ref.kind !== 'named') return true
  const byTarget = ref.target ? registry.byLink(ref.target) : undefined
  const byName = registry.byName(ref.name, namespace)
  const spelled =
    byName !== undefined && registry.get(byName)?.name === ref.name.slice(ref.name.lastIndexOf('.') + 1)
  const textNamesOther =
    byTarget !== undefined && byName !== byTarget && (spelled || namesOtherThan(ref.name, byTarget))
  const resolved = byTarget && !textNamesOther ? byTarget : byName
  if (resolved) ref.resolved = resolved
  return resolved !== undefined
}

/**
 * Report a resolved reference whose link text named another documented type than the one the link's
 * page defines (the text won): the cell links the wrong page or names the wrong type, and only its
 * writer can tell which (a type the linked page defines too, an enum of its values section, is no
 * mismatch). taskReport's `|task|[microsoft.graph.identityGovernance.taskDefinition](../resources/identitygovernance-task.md)|`.
 */
export function reportLinkToOtherType(
  ref: TypeRef,
  registry: TypeRegistry,
  at: SourcePosition,
  what: string,
  diagnostics: Diagnostic[],
): void {
  if (ref.kind !== 'named' || ref.target === undefined || ref.resolved === undefined) return
  const linked = registry.byLink(ref.target)
  if (linked === undefined || linked === ref.resolved) return
  // An enum of a `### x values` section on the linked page is that page's too.
  const page = ref.target.replace(/#.*$/, '').toLowerCase()
  if (registry.get(ref.resolved)?.files.some((file) => file.toLowerCase() === page)) return
  diagnostics.push(
    diagnostic(
      'type-link-mismatch',
      at,
      `Unexpected link to ${ref.target}, the page of ${linked}, for ${what}, expected the page of ${ref.resolved}, the type the link text names; using ${ref.resolved}`,
    ),
  )
}

/** Link text that is a type name, but not `target`'s nor a part of it (`Range`, `shared` for
 *  `sharedInsight`), plural too (`ChartPoints`, `currencies`). */
function namesOtherThan(text: string, target: string): boolean {
  const written = text.slice(text.lastIndexOf('.') + 1).toLowerCase()
  if (!/^[a-z_]\w*$/.test(written)) return false
  const name = target.slice(target.lastIndexOf('.') + 1).toLowerCase()
  return !name.includes(written) && !name.includes(written.replace(/s$/, '')) && !isPluralOf(written, name)
}

/** Enums of the Properties rows and, alike, of the parameter rows of `pages`' operations
 *  (`|on|roleAssignmentScheduleRequestFilterByCurrentUserOptions| The possible values are: …|`). */
export function inferEnumsFromDescriptions(registry: TypeRegistry, pages: readonly PageModel[]) {
  const inferred = new Map<string, EnumTypeDef>()
  for (const owner of registry.types.values()) {
    if (owner.kind !== 'enum')
      for (const property of owner.properties) {
        const name = inferredEnumName(property, owner.namespace, registry)
        if (name) addInferredMembers(name, property, inferred)
      }
  }
  // Parameters name enums the Properties rows do not: one those rows imply is theirs alone, but for
  // a Request body row, which restates a property of the type the body sends: today's
  // intune-devices-manageddevice-update.md lists 13 `deviceEnrollmentType` values where
  // intune-devices-manageddevice.md's row, older, lists 10.
  const ofProperties = new Set(inferred.keys())
  const ofParameters = new Map<string, EnumTypeDef>()
  for (const page of pages)
    for (const operation of page.operations)
      for (const parameter of operation.parameters) {
        const possibleValues = readPossibleValues(parameter.description, parameter.name)
        if (!possibleValues) continue
        // A copy of its type: the page model is not written to.
        const property = { type: { ...parameter.type }, possibleValues, position: parameter.position }
        const name = inferredEnumName(property, page.namespace ?? DEFAULT_NAMESPACE, registry)
        if (!name) continue
        const restated = parameter.in === 'body' ? inferred.get(name) : undefined
        // Its members only: the resource page stays the enum's page.
        if (restated) addMissingMembers(restated, property)
        else addInferredMembers(name, property, ofParameters)
      }
  for (const [name, type] of ofParameters) if (!ofProperties.has(name)) inferred.set(name, type)
  for (const type of [...inferred.values()].sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName)))
    registry.add(type)
}

/** A row's Type cell and the values its description lists. */
type InferringRow = Pick<PropertyDef, 'type' | 'possibleValues' | 'position'>

/** The qualified name of the enum a row's values imply, if they imply one no page documents. */
function inferredEnumName(
  property: InferringRow & Partial<Pick<PropertyDef, 'relationship'>>,
  namespace: string,
  registry: TypeRegistry,
): string | undefined {
  const { type } = property
  // A Relationships row is a navigation to an entity, never an enum: fileStorageContainer's
  // `|permissions|[permission](…) collection|… The possible values are 'reader', 'writer', …|` lists the
  // values of the permission's roles, and its missing page stays a placeholder of the entity.
  if (type.kind !== 'named' || !property.possibleValues || property.relationship) return undefined
  if (
    resolveReference(type, namespace, registry) &&
    !namesOtherEnum(type, property.possibleValues, namespace, registry)
  )
    return undefined
  // `alertSeverity` or `microsoft.graph.security.alertClassification` (no page in the folder)
  if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(type.name)) return undefined
  return type.name.includes('.') ? type.name : `${namespace}.${type.name}`
}

/** Add the values `property` lists to the enum `qualifiedName` of `inferred`, made where new. */
function addInferredMembers(
  qualifiedName: string,
  property: InferringRow,
  inferred: Map<string, EnumTypeDef>,
): void {
  const existing = inferred.get(qualifiedName)
  if (existing) {
    addMissingMembers(existing, property)
    existing.files = [...new Set([...existing.files, property.position.file])].sort()
    return
  }
  const dot = qualifiedName.lastIndexOf('.')
  const type: EnumTypeDef = {
    kind: 'enum',
    name: qualifiedName.slice(dot + 1),
    namespace: qualifiedName.slice(0, dot),
    qualifiedName,
    description: '',
    members: [],
    files: [property.position.file],
    targets: [],
    inferred: true,
    position: property.position,
  }
  addMissingMembers(type, property)
  inferred.set(qualifiedName, type)
}

/**
 * The row's values the enum lacks. A value it holds in another letter case is that member, spelt
 * in camelCase as Graph's members are where one of the rows does: today's
 * externalconnectors-identity.md lists `externalgroup`, its post-members page `externalGroup`;
 * accesspackageassignmentrequestcallbackdata.md's `Denied` is accessPackageRequestState's `denied`.
 */
function addMissingMembers(type: EnumTypeDef, property: InferringRow): void {
  const listed = property.possibleValues ?? []
  const listedSentinel = listed.findIndex((name) => isSentinel({ name }))
  for (const [index, name] of listed.entries()) {
    const at = type.members.findIndex((member) => member.name.toLowerCase() === name.toLowerCase())
    const member = type.members[at]
    if (member) {
      if (camelCaseRank(name) > camelCaseRank(member.name)) type.members[at] = { ...member, name }
      continue
    }
    const added = { name, description: '', position: property.position }
    // A member its list gives before the sentinel stays before it, as `mergeEnums` keeps them:
    // the enum then does not depend on which row is read first.
    const sentinel = type.members.findIndex(isSentinel)
    if (sentinel >= 0 && (listedSentinel < 0 || index < listedSentinel))
      type.members.splice(sentinel, 0, added)
    else type.members.push(added)
  }
}

/** How much a spelling looks like camelCase: a lower-case first letter first, then inner capitals. */
function camelCaseRank(name: string): number {
  const inner = name.slice(1).replace(/[^A-Z]/g, '').length
  return (/^[a-z]/.test(name) ? name.length : 0) + inner
}

/**
 * A bare name that only an enum of an enclosing namespace answers, while the description lists
 * values that enum lacks, names an enum of the page's own namespace: a `microsoft.graph.security`
 * page's `alertSeverity` ("`unknown`, …, `unknownFutureValue`") is not `microsoft.graph.alertSeverity`
 * of the Enum values page, which has no sentinel.
 */
function namesOtherEnum(
  ref: TypeRef & { kind: 'named' },
  values: readonly string[],
  namespace: string,
  registry: TypeRegistry,
): boolean {
  const found = ref.resolved ? registry.get(ref.resolved) : undefined
  if (ref.name.includes('.') || found?.kind !== 'enum' || found.namespace === namespace) return false
  const members = new Set(found.members.map((member) => member.name))
  return values.some((value) => !members.has(value))
}

/**
 * The namespace a bare name that no page defines is taken in, seen from `owner`: its own, except
 * where `owner` writes its own namespace's types qualified: beside
 * `microsoft.graph.callRecords.endpoint`, a callRecords page's bare `[identitySet](identityset.md)`
 * is the enclosing namespace's.
 */
export function bareNameNamespace(owner: ObjectTypeDef): string {
  const own = `${owner.namespace.toLowerCase()}.`
  const enclosing = owner.namespace.slice(0, owner.namespace.lastIndexOf('.'))
  const qualifiesOwn = owner.properties.some(
    ({ type }) => type.kind === 'named' && type.name.toLowerCase().startsWith(own),
  )
  return qualifiesOwn && enclosing.includes('.') ? enclosing : owner.namespace
}

/**
 * A reference that names no documented type: a placeholder in `undocumented` when the name is
 * usable (the reference keeps its meaning), `unknown` otherwise; reported either way, naming the
 * type its link's page defines when the text named another: `[provisioningStatusInfo](provisioningstatusinfo.md)`
 * on a page whose own title and annotation say `provisioningStatus`.
 */
export function resolveToPlaceholder(
  ref: TypeRef,
  namespace: string,
  registry: TypeRegistry,
  asBaseType: boolean,
  undocumented: UndocumentedTypes,
  at: SourcePosition,
  what: string,
  diagnostics: Diagnostic[],
): void {
  if (ref.kind !== 'named' || ref.resolved) return
  const linked = ref.target ? registry.byLink(ref.target) : undefined
  const name = ref.name.replace(/^#/, '').trim()
  const usable = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(name)
  // The name as the docs spell it where they write it in several letter cases (`UndocumentedTypes`).
  const dot = name.lastIndexOf('.')
  const written = name.slice(0, dot + 1) + undocumented.spelling(name.slice(dot + 1))
  const qualifiedName = written.includes('.')
    ? registry.qualifiedAsKnown(written, namespace)
    : (undocumented.qualifiedAt(ref.target, written) ?? `${namespace}.${written}`)
  const key = qualifiedName.toLowerCase()
  if (usable) {
    const placeholder = undocumented.get(key) ?? {
      qualifiedName,
      name: qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1),
      namespace: qualifiedName.slice(0, qualifiedName.lastIndexOf('.')),
      asBaseType: false,
      targets: [],
    }
    placeholder.asBaseType ||= asBaseType
    if (ref.target && !placeholder.targets.includes(ref.target)) placeholder.targets.push(ref.target)
    undocumented.set(key, placeholder)
    ref.resolved = placeholder.qualifiedName
  }
  diagnostics.push(
    diagnostic(
      'unresolved-type',
      at,
      `Unexpected type reference ${ref.name}${ref.target ? ` (${ref.target})` : ''} for ${what}, expected a documented type` +
        (linked ? ` (the linked page defines ${linked})` : '') +
        `; ${usable ? `emitted as the undocumented placeholder ${ref.resolved}` : 'using unknown'}`,
    ),
  )
}

/**
 * A copy of `operation` for link to write into: its type references (resolved in place) and
 * `resources` are its own; its examples, routes and the rest stay shared with the page model.
 */
export function copyOperation(operation: ModelOperationDef): OperationDef {
  const { parameters, response, requestBody } = operation
  // Its lists (routes, examples…) stay the page model's: link assigns fields, never writes into them.
  const copy = { ...operation } as OperationDef
  if (parameters.some((parameter) => parameter.type.kind === 'named'))
    copy.parameters = parameters.map((parameter) =>
      parameter.type.kind === 'named' ? copyParameter(parameter) : parameter,
    )
  if (response.type) copy.response = { ...response, type: { ...response.type } }
  if (requestBody) copy.requestBody = { ...requestBody, type: { ...requestBody.type } }
  return copy
}

/** A parameter with type references of its own. */
function copyParameter(parameter: ParameterDef): ParameterDef {
  const otherTypes = parameter.otherTypes?.map((offered) => ({ ...offered }))
  return { ...parameter, type: { ...parameter.type }, ...(otherTypes && { otherTypes }) }
}

/** Every TypeRef of an operation with the position and label to report it under (made when needed). */
export function forEachOperationReference(
  operation: OperationDef,
  visit: (ref: TypeRef, position: SourcePosition, label: () => string) => void,
): void {
  for (const parameter of operation.parameters) {
    visit(parameter.type, parameter.position, () => `parameter ${parameter.name} of ${operation.id}`)
    for (const offered of parameter.otherTypes ?? [])
      visit(offered, parameter.position, () => `parameter ${parameter.name} of ${operation.id}`)
  }
  if (operation.requestBody)
    visit(operation.requestBody.type, operation.position, () => `the request body of ${operation.id}`)
  if (operation.response.type)
    visit(operation.response.type, responseTypePosition(operation), () => `the response of ${operation.id}`)
}

/** Where the page names its response type: the response example whose annotation names it
 *  (`"@odata.type": "microsoft.graph.secureScore"`, securescore-get.md), placed as the
 *  `response-type-conflict` diagnostic places it; else the page's title. */
function responseTypePosition(operation: OperationDef): SourcePosition {
  const annotated = operation.response.source === 'annotation' ? annotatedResponse(operation) : undefined
  return annotated?.position ?? operation.position
}

/** The first response example of the operation's own calls whose annotation names a type. */
export function annotatedResponse(operation: OperationDef): ExampleDef | undefined {
  return examplesOfOwnCalls(operation).find((example) => odataType(example) !== undefined)
}
