/**
 * A page that gets one object on a route another page lists: its request line has lost the key of
 * the item, and the route answers the list (`preferredOperations`). Today's
 * swapshiftschangerequest-get.md writes `GET /teams/{teamId}/schedule/swapShiftsChangeRequests`,
 * swapshiftschangerequest-list.md's route, and calls `…/swapShiftsChangeRequests/{swapShiftsChangeRequestId}`.
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import type { CheckRule } from '../rule.js'

export const listedRouteOnGet: CheckRule = {
  name: 'listed-route-on-get',
  codes: ['listed-route-on-get'],
  run({ model, shapes }) {
    const found: Diagnostic[] = []
    for (const operation of model.operations) {
      if (operation.kind !== 'get') continue
      for (const route of operation.routes) {
        const owner = shapes.ownerOf(route)
        if (route.method !== 'GET' || owner === undefined || owner.kind !== 'list') continue
        found.push(
          diagnostic(
            'listed-route-on-get',
            route.position,
            `Unexpected ${route.method} ${route.raw} for one object, expected the key of an item after it: ${owner.file} lists this route`,
          ),
        )
      }
    }
    return found
  },
}
