/**
 * A watch save most often changes descriptions only (a property's, a type's, an operation's): the
 * page model differs from the last one in `description` fields and nothing else. Link reads a
 * description only to copy it into the merged type of its own definition (the first non-empty one
 * of a type several pages define) or into the linked operation of its own page; no other type,
 * operation, placeholder or diagnostic reads it, but for the values a parameter's description lists
 * (the enums they add to or disagree with, `readPossibleValues`). So such a save changes exactly those
 * objects, in those fields: they are made again from the last linked model and the new merges, and
 * every other part of the model stays the last one's object. Any other change to a page (a name, a
 * type, a row, an example, a position, a page added or deleted, a parameter's listed values) is
 * linked in full.
 */

import { readPossibleValues } from '../extract/property-flags.js'
import type {
  ApiModel,
  Diagnostic,
  EnumTypeDef,
  OperationDef as ModelOperationDef,
  TypeDef as ModelTypeDef,
  ObjectTypeDef,
  PageModel,
  ParameterDef,
} from '../model.js'
import type { ModelChanges } from '../session/model-interner.js'
import type { LinkMemo } from './link-memo.js'
import { mergeTypes } from './merge-types.js'

/** What the last full or partial link of a lasting session linked, as the session interned it. */
export interface LastLink {
  /** The page models, by file. */
  readonly pages: Map<string, PageModel>
  /** The page models as the last link was given them. */
  inputs: readonly PageModel[]
  /** The definitions of each type, by lower-case qualified name (the groups link merges). */
  readonly groups: Map<string, readonly ModelTypeDef[]>
  /** The index in `model.operations` of the linked copy of each page operation. */
  readonly operations: Map<ModelOperationDef, number>
  model: ApiModel
}

/**
 * The parts of the last linked model that `pages` change, when they differ from the last link's
 * pages only in descriptions (the last link's state updated to them); undefined when a full link
 * is needed.
 */
export function relinkDescriptions(pages: readonly PageModel[], memo: LinkMemo): ModelChanges | undefined {
  const last = memo.last
  if (!last || pages.length !== last.pages.size) return undefined
  const changed: [PageModel, PageModel][] = []
  for (const [index, page] of pages.entries()) {
    // The pages come in the same order from one save to the next: most are the last's at once.
    if (page === last.inputs[index]) continue
    const before = last.pages.get(page.file)
    if (before === page) continue
    if (!before || !Object.isFrozen(page) || memo.structureOf(before) !== memo.structureOf(page))
      return undefined
    // A type link grouped under another name (moved out of a foreign namespace) is linked in full.
    if (page.types.some((type) => !last.groups.has(type.qualifiedName.toLowerCase()))) return undefined
    changed.push([before, page])
  }
  last.inputs = pages
  const groupsTouched = new Set<string>()
  const operations = new Map<number, ModelOperationDef>()
  for (const [before, page] of changed) {
    last.pages.set(page.file, page)
    page.types.forEach((type, index) => {
      const key = type.qualifiedName.toLowerCase()
      const old = before.types[index]
      last.groups.set(
        key,
        (last.groups.get(key) ?? []).map((t) => (t === old ? type : t)),
      )
      groupsTouched.add(key)
    })
    page.operations.forEach((operation, index) => {
      const old = before.operations[index] as ModelOperationDef
      const at = last.operations.get(old) as number
      last.operations.delete(old)
      last.operations.set(operation, at)
      const linked = last.model.operations[at] as ModelOperationDef
      operations.set(at, withOperationDescriptions(linked, operation))
    })
  }
  const types = new Map<string, ModelTypeDef>()
  for (const key of groupsTouched) {
    const merged = mergeTypes(last.groups.get(key) ?? [], [] as Diagnostic[], memo.merges)
    const linked = last.model.types[merged.qualifiedName] as ModelTypeDef
    types.set(
      merged.qualifiedName,
      linked.kind === 'enum'
        ? withEnumDescriptions(linked, merged as EnumTypeDef)
        : withObjectDescriptions(linked, merged as ObjectTypeDef),
    )
  }
  return { types, operations }
}

/**
 * What link reads of a page model, with every description blanked, as text: two pages link
 * alike, but for their descriptions, when these are equal. Link never reads the page's links
 * (the broken-link check does), whose columns move with the text before them.
 */
export function structureOf({ links: _, ...page }: PageModel): string {
  return JSON.stringify({
    ...page,
    types: page.types.map((type) =>
      type.kind === 'enum'
        ? { ...type, description: '', members: type.members.map(blank) }
        : {
            ...type,
            description: '',
            properties: type.properties.map(blank),
            methods: type.methods.map(blank),
          },
    ),
    operations: page.operations.map((operation) => ({
      ...operation,
      description: '',
      parameters: operation.parameters.map(blankParameter),
    })),
  })
}

function blank<T extends { description: string }>(value: T): T {
  return { ...value, description: '' }
}

/** A parameter's description blanked, the values it lists kept: link reads those. */
function blankParameter(parameter: ParameterDef): ParameterDef & { possibleValues?: string[] } {
  const possibleValues = readPossibleValues(parameter.description, parameter.name)
  return { ...blank(parameter), ...(possibleValues && { possibleValues }) }
}

function described<T extends { description: string }>(value: T, description: string): T {
  return value.description === description ? value : { ...value, description }
}

/** A linked enum is its merge's copy: its members are the merge's, one for one. */
function withEnumDescriptions(linked: EnumTypeDef, merged: EnumTypeDef): EnumTypeDef {
  return {
    ...described(linked, merged.description),
    members: linked.members.map((member, index) =>
      described(member, merged.members[index]?.description ?? member.description),
    ),
  }
}

/**
 * A linked object type holds its merge's properties (less those it restates from a base type),
 * then those examples and the API pages' routes added (`route-navigations.ts`), which the merge
 * has no property of that name in any letter case; and the merge's Methods rows, one for one. A property an example respelled (the page's `userID` sent as `userId`)
 * is its merge's property of the same letters in another case.
 */
function withObjectDescriptions(linked: ObjectTypeDef, merged: ObjectTypeDef): ObjectTypeDef {
  const descriptions = new Map(merged.properties.map((property) => [property.name, property.description]))
  const anyCase = new Map(
    merged.properties.map((property) => [property.name.toLowerCase(), property.description]),
  )
  return {
    ...described(linked, merged.description),
    properties: linked.properties.map((property) =>
      described(
        property,
        descriptions.get(property.name) ?? anyCase.get(property.name.toLowerCase()) ?? property.description,
      ),
    ),
    methods: linked.methods.map((row, index) =>
      described(row, merged.methods[index]?.description ?? row.description),
    ),
  }
}

/** A linked operation holds its page operation's parameters, one for one. */
function withOperationDescriptions(linked: ModelOperationDef, page: ModelOperationDef): ModelOperationDef {
  return {
    ...described(linked, page.description),
    parameters: linked.parameters.map((parameter, index) =>
      described(parameter, page.parameters[index]?.description ?? parameter.description),
    ),
  }
}
