/**
 * What changed since the last checked run of a session, found from the objects themselves: a page
 * whose file is unchanged keeps its page model object (`ParsedPages`), and a type that did not
 * change keeps its object (`ModelInterner`); a type whose descriptions alone changed counts as
 * unchanged, as no corpus check reads a description. The corpus checks keep each finding with the keys of
 * what it read, and read again only what a stale key names:
 *   type:<lower-case qualified name>   the type of that name (changed, added or removed)
 *   below:<lower-case qualified name>  the types that derive from it (one of them changed)
 *   target:<link target>               the type a link target denotes
 *   members:<docs-relative file>       the members its JSON representation requires (a page fact)
 */
import type { ApiModel, Diagnostic, ObjectTypeDef, PageModel, TypeDef, TypeRef } from '../model.js'
import type { PageChecks } from './page-checks.js'
import type { PageFacts } from './rule.js'

/** What the last checked run read. */
export interface CheckedRun {
  pages: readonly PageModel[]
  /** The pages' checks, one for one (their facts). */
  checks: readonly PageChecks[]
  model: ApiModel
}

export interface RunChanges {
  /** The docs tree holds the same files, in the same order. */
  sameFiles: boolean
  /** The files of the pages added, removed or changed. */
  files: ReadonlySet<string>
  /** The keys whose answer may differ from the last run's. */
  stale: ReadonlySet<string>
}

export function runChanges(
  last: CheckedRun | undefined,
  pages: readonly PageModel[],
  checks: readonly PageChecks[],
  model: ApiModel,
): RunChanges | undefined {
  if (!last) return undefined
  const files = new Set<string>()
  const stale = new Set<string>()
  // What a changed page's facts say of its type's members: asked of a type by the checks of other pages.
  const members = (file: string, was: PageFacts | undefined, now: PageFacts | undefined) => {
    files.add(file)
    const before = was?.requiredMembers
    const after = now?.requiredMembers
    if (before?.type !== after?.type || before?.members.join('\n') !== after?.members.join('\n'))
      stale.add(membersKey(file))
  }
  const sameFiles =
    last.pages.length === pages.length && pages.every((page, index) => page.file === last.pages[index]?.file)
  if (sameFiles) {
    for (const [index, page] of pages.entries())
      if (page !== last.pages[index]) members(page.file, last.checks[index]?.facts, checks[index]?.facts)
  } else {
    const before = new Map(last.pages.map((page, index) => [page.file, index]))
    const now = new Map(pages.map((page, index) => [page.file, index]))
    const lastFacts = (index: number | undefined) =>
      index === undefined ? undefined : last.checks[index]?.facts
    for (const [file, index] of now) {
      const was = before.get(file)
      if (was === undefined || last.pages[was] !== pages[index])
        members(file, lastFacts(was), checks[index]?.facts)
    }
    for (const [file, index] of before) if (!now.has(file)) members(file, lastFacts(index), undefined)
  }
  if (last.model.types !== model.types) {
    const changed = (name: string) => {
      const old = Object.hasOwn(last.model.types, name) ? last.model.types[name] : undefined
      const type = Object.hasOwn(model.types, name) ? model.types[name] : undefined
      if (sameButDescriptions(old, type)) return
      stale.add(typeKey(name))
      if (old) staleAround(old, last.model, stale)
      if (type) staleAround(type, model, stale)
    }
    for (const [name, type] of Object.entries(model.types)) if (last.model.types[name] !== type) changed(name)
    for (const name of Object.keys(last.model.types)) if (!Object.hasOwn(model.types, name)) changed(name)
  }
  return { sameFiles, files, stale }
}

export function typeKey(qualifiedName: string): string {
  return `type:${qualifiedName.toLowerCase()}`
}

export function membersKey(file: string): string {
  return `members:${file}`
}

export function targetKey(target: string): string {
  return `target:${target.toLowerCase()}`
}

export function belowKey(qualifiedName: string): string {
  return `below:${qualifiedName.toLowerCase()}`
}

/** Equal but for descriptions, which no corpus check reads (a type holds no other `description` key). */
function sameButDescriptions(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a).filter((key) => key !== 'description')
  const otherKeys = Object.keys(b).filter((key) => key !== 'description')
  return (
    keys.length === otherKeys.length &&
    keys.every(
      (key, index) =>
        key === otherKeys[index] &&
        sameButDescriptions((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  )
}

/** A changed type's targets, and the types it derives from (each has a changed descendant). */
function staleAround(type: TypeDef, model: ApiModel, stale: Set<string>): void {
  for (const target of type.targets) stale.add(targetKey(target))
  const seen = new Set<string>()
  for (let current: TypeDef | undefined = type; current && !seen.has(current.qualifiedName); ) {
    seen.add(current.qualifiedName)
    stale.add(belowKey(current.qualifiedName))
    const base: TypeRef | undefined = current.kind === 'enum' ? undefined : current.baseType
    current = base?.kind === 'named' && base.resolved ? model.types[base.resolved] : undefined
  }
}

/** The keys of a chain of types (a `Family`'s): each type, and the base each names, documented or not yet. */
export function addChainKeys(chain: readonly ObjectTypeDef[], keys: Set<string>): void {
  for (const type of chain) {
    keys.add(typeKey(type.qualifiedName))
    const base = type.baseType
    if (base?.kind === 'named' && base.resolved) keys.add(typeKey(base.resolved))
  }
}

/** True when a finding kept with `keys` holds in this run: nothing it read changed. */
export function stillHolds(keys: readonly string[], changes: RunChanges | undefined): boolean {
  return changes !== undefined && !keys.some((key) => changes.stale.has(key))
}

/** What a corpus check found on one page, kept with the keys of what it read. */
export interface CheckedFindings {
  found: Diagnostic[]
  keys: readonly string[]
}

/**
 * A corpus check page by page: each page's findings of the last run while nothing they read (its
 * keys) changed, else `find` again (it adds the keys of what it reads).
 */
export function findingsByPage(
  pages: readonly PageModel[],
  memo: WeakMap<PageModel, CheckedFindings>,
  changes: RunChanges | undefined,
  find: (page: PageModel, keys: Set<string>) => Diagnostic[],
): Diagnostic[] {
  return pages.flatMap((page) => {
    const checked = memo.get(page)
    if (checked && stillHolds(checked.keys, changes)) return checked.found
    const keys = new Set<string>()
    const found = find(page, keys)
    memo.set(page, { found, keys: [...keys] })
    return found
  })
}
