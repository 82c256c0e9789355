/**
 * The service the docs describe, as their request examples call it: the service root most of
 * their absolute URLs start with (`https://graph.microsoft.com/v1.0`, `…/beta`, another team's
 * `https://api.contoso.com/v1`). The OpenAPI servers, version and title and the client's default
 * base URL are this service's, so that docs of another version or another service do not describe
 * (or call) Graph v1.0. Docs whose examples name no host (`GET /me/drive`) are the format's default.
 */
import { HOST } from '../extract/route-template.js'
import { placeholderHostOf } from '../extract/service-root-stand-in.js'
import { DEFAULT_API_TITLE, DEFAULT_SERVICE_ROOT } from '../format-defaults.js'
import type { ExampleDef, OperationDef } from '../model.js'
import { ExampleReads } from './examples.js'
import type { OperationShape } from './operation-shape.js'
import { routeMatches } from './route-matches.js'

export interface Service {
  /** `https://graph.microsoft.com/v1.0`: no trailing slash. */
  readonly root: string
  /** The root's version segment (`v1.0`, `beta`), else the default root's. */
  readonly version: string
  /** The default title on the default root's host, else the host. */
  readonly title: string
}

/** A root a request example calls, with the example. */
export interface ExampleRoot {
  readonly root: string
  readonly example: ExampleDef
}

/**
 * The roots an operation's request examples call where they call one of its routes (`''` for a
 * path alone), each with its example: an upload URL of another host (`https://sn3302.up.1drv.com/up/…`)
 * is not the service's.
 */
export function exampleRootsOf(operation: OperationDef, reads = new ExampleReads()): ExampleRoot[] {
  return operation.examples.flatMap((example) => {
    const { target } = reads.of(example)
    const url = example.url?.trim()
    if (!url || !target) return []
    if (!operation.routes.some((route) => routeMatches(route, target.segments))) return []
    const root = HOST.exec(url)?.[0]
    if (root === undefined) return [{ root: '', example }]
    // A root no URL parser reads (`https://%%/v1`) names no service; the host's case is not its
    // own, but a placeholder's is (`{businesscentralPrefix}` names what the reader puts there).
    if (!URL.canParse(root)) return []
    const { origin, pathname, port, protocol } = new URL(root)
    const placeholder = placeholderHostOf(root)
    const base = placeholder === undefined ? origin : `${protocol}//{${placeholder}}${port ? `:${port}` : ''}`
    return [{ root: pathname === '/' ? base : `${base}${pathname}`, example }]
  })
}

/** The service the operations' votes (`exampleRootsOf`, kept on their shapes) name. */
export function serviceOf(shapes: readonly Pick<OperationShape, 'exampleRoots'>[]): Service {
  const votes = new Map<string, number>()
  for (const { exampleRoots } of shapes)
    for (const { root } of exampleRoots) votes.set(root, (votes.get(root) ?? 0) + 1)
  // The most voted; of as many, the first in code-unit order (the same whatever the page order).
  const [voted] = [...votes]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([root]) => root)
  const root = voted || DEFAULT_SERVICE_ROOT
  const version = lastSegment(root) ?? lastSegment(DEFAULT_SERVICE_ROOT) ?? ''
  const { host } = new URL(root)
  return { root, version, title: host === new URL(DEFAULT_SERVICE_ROOT).host ? DEFAULT_API_TITLE : host }
}

const lastSegment = (root: string) => new URL(root).pathname.split('/').filter(Boolean).at(-1)
