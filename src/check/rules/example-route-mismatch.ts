/**
 * A request example whose path no request line of its page answers: a reader (and `verify`, which
 * replays it) calls a route the page does not document (`otherRouteExamples`).
 *   POST /sites/{site-id}/termStore/sets/{set-id}/terms/{term-id}/relations
 *   POST https://graph.microsoft.com/v1.0/sites/…/termStores/27fd…/terms/8861…/relations
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic, ExampleDef, OperationDef } from '../../model.js'
import type { RequestTarget } from '../../shape/operation-shape.js'
import { otherRouteExamples, routeReadingOf } from '../other-route-examples.js'
import type { CheckRule } from '../rule.js'

export const exampleRouteMismatch: CheckRule = {
  name: 'example-route-mismatch',
  codes: ['example-route-mismatch'],
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
          : otherRouteExamples(operation, shapes.examples, reading).map(({ example, target }) =>
              mismatch(example, target, operation),
            )
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
