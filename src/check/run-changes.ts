/**
 * What changed since the last checked run of a session, found from the objects themselves: a page
 * whose file is unchanged keeps its page model object (`ParsedPages`), and a type that did not
 * change keeps its object (`ModelInterner`). The corpus checks keep each finding with the keys of
 * what it read, and read again only what a stale key names:
 *   type:<lower-case qualified name>   the type of that name (changed, added or removed)
 *   below:<lower-case qualified name>  the types that derive from it (one of them changed)
 *   target:<link target>               the type a link target denotes
 *   file:<docs-relative file>          the page and its facts
 */
import type { ApiModel, ObjectTypeDef, PageModel, TypeDef, TypeRef } from '../model.js'

/** What the last checked run read. */
export interface CheckedRun {
  pages: readonly PageModel[]
  model: ApiModel
}

export interface RunChanges {
  /** The docs tree holds the same files, in the same order. */
  sameFiles: boolean
  /** The keys whose answer may differ from the last run's. */
  stale: ReadonlySet<string>
}

export function runChanges(
  last: CheckedRun | undefined,
  pages: readonly PageModel[],
  model: ApiModel,
): RunChanges | undefined {
  if (!last) return undefined
  const stale = new Set<string>()
  const sameFiles =
    last.pages.length === pages.length && pages.every((page, index) => page.file === last.pages[index]?.file)
  if (sameFiles) {
    for (const [index, page] of pages.entries()) if (page !== last.pages[index]) stale.add(fileKey(page.file))
  } else {
    const before = new Map(last.pages.map((page) => [page.file, page]))
    const now = new Map(pages.map((page) => [page.file, page]))
    for (const [file, page] of now) if (before.get(file) !== page) stale.add(fileKey(file))
    for (const file of before.keys()) if (!now.has(file)) stale.add(fileKey(file))
  }
  if (last.model.types !== model.types)
    for (const name of new Set([...Object.keys(last.model.types), ...Object.keys(model.types)])) {
      const old = last.model.types[name]
      const type = model.types[name]
      if (old === type) continue
      stale.add(typeKey(name))
      if (old) staleAround(old, last.model, stale)
      if (type) staleAround(type, model, stale)
    }
  return { sameFiles, stale }
}

export function typeKey(qualifiedName: string): string {
  return `type:${qualifiedName.toLowerCase()}`
}

export function fileKey(file: string): string {
  return `file:${file}`
}

export function targetKey(target: string): string {
  return `target:${target.toLowerCase()}`
}

export function belowKey(qualifiedName: string): string {
  return `below:${qualifiedName.toLowerCase()}`
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
