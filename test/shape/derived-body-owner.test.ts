/**
 * A create page that sends a derived type of what the collection answers (an `ipNamedLocation`
 * POSTed to a collection of `namedLocation`) is the path's own use, not another use of it: it leads
 * a page that sends another type altogether (an extension created with the item).
 */
import { describe, expect, it } from 'vitest'
import type { OperationDef, RouteTemplate } from '../../src/model.js'
import { preferredOperations } from '../../src/shape/same-route.js'

const route = {
  method: 'POST',
  raw: '/identity/conditionalAccess/namedLocations',
  segments: ['identity', 'conditionalAccess', 'namedLocations'].map((value) => ({ kind: 'literal', value })),
} as unknown as RouteTemplate

const named = (resolved: string) => ({ kind: 'named', name: resolved, resolved }) as const

const page = (id: string, body: string, answer: string) => ({
  operation: {
    id,
    kind: 'create',
    routes: [route],
    requestBody: { type: named(body) },
    response: { status: 201, type: named(answer), collection: false },
  } as unknown as OperationDef,
  route,
})

describe('pages of one create route', () => {
  it('put a page sending a derived type before one sending another type', () => {
    const bases = new Map([['microsoft.graph.ipNamedLocation', 'microsoft.graph.namedLocation']])
    const pages = [
      page('a-opentypeextension-post', 'microsoft.graph.openTypeExtension', 'microsoft.graph.namedLocation'),
      page('b-namedlocation-post-ip', 'microsoft.graph.ipNamedLocation', 'microsoft.graph.namedLocation'),
    ]
    const order = preferredOperations('POST', pages, new Map(), bases).map(({ operation }) => operation.id)
    expect(order).toEqual(['b-namedlocation-post-ip', 'a-opentypeextension-post'])
  })
})
