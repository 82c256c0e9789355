/**
 * Where the routes of a kept handler stub went. A stub is no longer generated when its page no
 * longer owns any route: the page that owns them changed (`src/shape/same-route.ts`), as when a
 * type's main page comes to list the same route. The writer keeps the stub (it is the user's,
 * `user-owned.ts`); this names, for each route of its page, the stub that now serves it:
 *   server/handlers/intuneDevicesUserGet.ts   GET /users/{usersId} → server/handlers/userGet.ts
 * A stub whose page is gone, or whose routes nobody serves, has none.
 *
 * Reads: the emitted model's operations, their routes and where they are listed (as the route table
 * does), from the shape the emit made.
 */
import type { ApiShape } from '../../shape/api-shape.js'
import { assignHandlerNames } from './index.js'
import { HANDLERS_DIR } from './user-owned.js'

export interface SupersededStub {
  /** The kept stub, relative to the output folder (`server/handlers/x.ts`). */
  path: string
  /** Each route of its page (`GET /users/{usersId}`) with the stub that serves it now. */
  routes: { route: string; stub: string }[]
}

export function supersededStubs(emitted: ApiShape, kept: readonly string[]): SupersededStub[] {
  const { model } = emitted
  const names = assignHandlerNames(model)
  const byStub = new Map([...names].map(([id, name]) => [`${HANDLERS_DIR}${name}.ts`, id]))
  const result: SupersededStub[] = []
  for (const path of kept) {
    const id = byStub.get(path)
    const operation = id === undefined ? undefined : model.operations.find((op) => op.id === id)
    const routes = (operation?.routes ?? []).flatMap((route) => {
      const owner = emitted.ownerOf(route)
      const name = owner && owner !== operation ? names.get(owner.id) : undefined
      return name ? [{ route: `${route.method} ${route.raw}`, stub: `${HANDLERS_DIR}${name}.ts` }] : []
    })
    if (routes.length > 0) result.push({ path, routes })
  }
  return result
}
