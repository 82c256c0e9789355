/**
 * A request example whose path no request line of its page answers: a reader (and `verify`, which
 * replays it) calls a route the page does not document (`otherRouteExamples`).
 *   POST /sites/{site-id}/termStore/sets/{set-id}/terms/{term-id}/relations
 *   POST https://graph.microsoft.com/v1.0/sites/…/termStores/27fd…/terms/8861…/relations
 * So does one sent with a verb none of them takes (`example-verb-mismatch`; today's openshift-update.md):
 *   PUT /teams/{id}/schedule/openShifts/{openShiftId}
 *   PATCH https://graph.microsoft.com/v1.0/teams/3d88…/schedule/openShifts/OPNSHFT_577b…
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic, ExampleDef, OperationDef } from '../../model.js'
import type { RequestTarget } from '../../shape/operation-shape.js'
import { type ReachedCall, routeReaches, routeReadingOf } from '../other-route-examples.js'
import type { CheckRule } from '../rule.js'

export const exampleRouteMismatch: CheckRule = {
  name: 'example-route-mismatch',
  codes: ['example-route-mismatch', 'example-verb-mismatch'],
  run({ model, shapes, memo }) {
    const kept = memo.exampleRoutes
    // What every operation's judgement reads besides itself, kept while it says the same: in
    // watch mode an unchanged operation is the same object, and is not judged again.
    const reading = routeReadingOf(shapes)
    const found: Diagnostic[] = []
    for (const operation of model.operations) {
      const known = kept.operations.get(operation)
      const findings =
        known?.reads === reading.key
          ? known.found
          : findingsOf(operation, routeReaches(operation, shapes.examples, reading))
      kept.operations.set(operation, { reads: reading.key, found: findings })
      found.push(...findings)
    }
    return found
  },
}

function mismatch(example: ExampleDef, target: RequestTarget, operation: OperationDef): Diagnostic {
  const written = operation.routes.map((route) => `${route.method} ${route.raw}`)
  return diagnostic(
    'example-route-mismatch',
    example.position,
    `Unexpected request to ${target.path}, expected a path of the page's request lines (${written.slice(0, 3).join('; ')}${written.length > 3 ? '; …' : ''})`,
  )
}

/** Each request example that reaches no route of the page (`otherRouteExamples`), and each that
 *  calls one by its path with a verb none of its request lines takes (one that calls another path
 *  shows another call: `mismatch` says so); the examples' reaches read once for both. */
function findingsOf(operation: OperationDef, reaches: readonly ReachedCall[]): Diagnostic[] {
  const verbs = verbsOf(operation)
  return reaches.flatMap(({ example, target, reach }) => {
    if (!reach) return [mismatch(example, target, operation)]
    const otherVerb = reach === 'path' && example.method !== undefined && !verbs.includes(example.method)
    return otherVerb ? [verbMismatch(example, operation)] : []
  })
}

function verbMismatch(example: ExampleDef, operation: OperationDef): Diagnostic {
  const verbs = verbsOf(operation)
  return diagnostic(
    'example-verb-mismatch',
    example.position,
    `Unexpected ${example.method} request, expected ${verbs.join(' or ')}, as the page's request lines say`,
  )
}

function verbsOf(operation: OperationDef): string[] {
  return [...new Set(operation.routes.map((route) => route.method))]
}
