/**
 * One change between two revisions of the docs, as `doc2ts diff` reports it. Who a change breaks
 * follows oasdiff's split: request writers (code that sends bodies and parameters) and response
 * readers (code that reads what the service returns); a change that breaks nobody has no side.
 */
import type { SourcePosition } from '../model.js'

export type ChangeKind =
  | 'type-added'
  | 'type-removed'
  | 'type-case-changed'
  | 'type-kind-changed'
  | 'base-type-changed'
  | 'property-added'
  | 'property-removed'
  | 'property-case-changed'
  | 'property-type-changed'
  | 'property-cardinality-changed'
  | 'property-nullability-changed'
  | 'property-read-only-changed'
  | 'enum-member-added'
  | 'enum-member-removed'
  | 'enum-member-case-changed'
  | 'enum-sentinel-moved'
  | 'route-added'
  | 'route-removed'
  | 'request-type-changed'
  | 'response-type-changed'
  | 'parameter-added'
  | 'parameter-removed'
  | 'parameter-case-changed'
  | 'parameter-type-changed'
  | 'parameter-required-changed'

/** The side a breaking change breaks: request writers, response readers, or both. */
export type BrokenSide = 'request' | 'response' | 'both'

/** `request` → `request writers`, for people. */
export function brokenParty(side: BrokenSide): string {
  return side === 'both'
    ? 'request writers and response readers'
    : side === 'request'
      ? 'request writers'
      : 'response readers'
}

export interface ApiChange {
  kind: ChangeKind
  /** True exactly when `breaks` is set. */
  breaking: boolean
  breaks?: BrokenSide
  /** What changed: `microsoft.graph.user`, `microsoft.graph.user.displayName`, `GET /users/{}`. */
  subject: string
  message: string
  /** Before and after, as type text (`String`, `Collection(microsoft.graph.x)`, `nullable`) or name. */
  old?: string
  new?: string
  /** Which docs tree `file` is in: the new one, or the old one for a removal. */
  revision: 'old' | 'new'
  /** Docs-relative file, line and column of the changed thing. */
  file: string
  line: number
  column: number
}

/** Where a change is documented: the changed thing's position in one of the two revisions. */
export interface ChangeSite {
  revision: 'old' | 'new'
  position: SourcePosition
}

export function inOld(position: SourcePosition): ChangeSite {
  return { revision: 'old', position }
}

export function inNew(position: SourcePosition): ChangeSite {
  return { revision: 'new', position }
}

export function change(
  kind: ChangeKind,
  breaks: BrokenSide | undefined,
  subject: string,
  message: string,
  site: ChangeSite,
  values: { old?: string; new?: string } = {},
): ApiChange {
  const { file, line, column } = site.position
  return {
    kind,
    breaking: breaks !== undefined,
    ...(breaks ? { breaks } : {}),
    subject,
    message,
    ...(values.old !== undefined ? { old: values.old } : {}),
    ...(values.new !== undefined ? { new: values.new } : {}),
    revision: site.revision,
    file,
    line,
    column,
  }
}

/** What names a removed or renamed item: `Property`, with the name of what holds it (`of`/`from`). */
export interface Named {
  noun: string
  owner?: string
}

/** `<Noun> x was removed[ from <owner>]`, placed in the old docs. */
export function removal(
  kind: ChangeKind,
  breaks: BrokenSide,
  subject: string,
  what: Named,
  name: string,
  position: SourcePosition,
): ApiChange {
  const from = what.owner ? ` from ${what.owner}` : ''
  return change(kind, breaks, subject, `${what.noun} ${name} was removed${from}`, inOld(position))
}

/** A name changed only in letter case: one change, not a removal plus an addition (the wire name
 *  is case-sensitive). `<Noun> a[ of <owner>] was renamed A (letter case only)`, in the new docs. */
export function caseRename(
  kind: ChangeKind,
  breaks: BrokenSide,
  subject: string,
  what: Named,
  names: { old: string; new: string },
  position: SourcePosition,
): ApiChange {
  const of = what.owner ? ` of ${what.owner}` : ''
  const message = `${what.noun} ${names.old}${of} was renamed ${names.new} (letter case only)`
  return change(kind, breaks, subject, message, inNew(position), names)
}
