/**
 * A request example calling another version of the service the docs describe: a v1.0 page whose
 * example calls beta (a reader copying it calls an API of other types and routes, and `verify`
 * replays it against v1.0).
 *   service root (most examples):  https://graph.microsoft.com/v1.0
 *   GET https://graph.microsoft.com/beta/directory/deletedItems/microsoft.graph.group   ← reported
 * Only on the service's host: an upload URL or another service's call is not a version. Docs of two
 * versions side by side (a tree holding `v1.0/` and `beta/`) call both as a matter of course: when
 * more than a tenth of the host's examples call another root, none is reported.
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import type { CheckRule } from '../rule.js'

/** The share of the service host's examples another root may have and still be reported. */
const STRAY_SHARE = 0.1

export const exampleServiceMismatch: CheckRule = {
  name: 'example-service-mismatch',
  codes: ['example-service-mismatch'],
  run({ model, shapes }) {
    const { root } = shapes.service()
    const host = hostOf(root)
    // The roots the shapes read for the service's votes, not read again.
    const calls = model.operations.flatMap((operation) =>
      shapes
        .of(operation)
        .exampleRoots.filter(
          (call) => call.root !== '' && call.example.annotation !== undefined && hostOf(call.root) === host,
        ),
    )
    // A root's letter case is no other version (`/V1.0`).
    const strays = calls.filter((call) => call.root.toLowerCase() !== root.toLowerCase())
    if (strays.length > calls.length * STRAY_SHARE) return []
    return strays.map(
      ({ root: called, example }): Diagnostic =>
        diagnostic(
          'example-service-mismatch',
          example.position,
          `Unexpected request example calling ${called}, expected the service root the docs' other examples call, ${root}`,
        ),
    )
  },
}

/** The scheme and host of a root (a placeholder host is no URL a parser reads). */
const hostOf = (root: string) => (/^[a-z][\w+.-]*:\/\/[^/]*/i.exec(root)?.[0] ?? root).toLowerCase()
