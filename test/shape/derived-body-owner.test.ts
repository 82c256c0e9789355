/**
 * A create page that sends a derived type of what the collection answers (an `ipNamedLocation`
 * POSTed to a collection of `namedLocation`) is the path's own use, not another use of it: it leads
 * a page that sends another type altogether (an extension created with the item). A page about the
 * type the path's collection is named for (`/me/events`, an event) leads a page about another type
 * on the same path (the 2020 single-value extended property page, whose body is the message it
 * names first, and whose table requires the property's own `id`).
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

  it('put the page about the type the collection is named for first', () => {
    const events = {
      method: 'POST',
      raw: '/me/events',
      segments: ['me', 'events'].map((value) => ({ kind: 'literal', value })),
    } as unknown as RouteTemplate
    const on = (ref: ReturnType<typeof page>) => ({
      ...ref,
      operation: { ...ref.operation, routes: [events] },
      route: events,
    })
    const pages = [
      on(
        page('singlevaluelegacyextendedproperty-post', 'microsoft.graph.message', 'microsoft.graph.message'),
      ),
      on(page('user-post-events', 'microsoft.graph.event', 'microsoft.graph.event')),
    ]
    const order = preferredOperations('POST', pages, new Map(), new Map()).map(
      ({ operation }) => operation.id,
    )
    expect(order).toEqual(['user-post-events', 'singlevaluelegacyextendedproperty-post'])
    // The item path names its collection too.
    const item = {
      method: 'GET',
      raw: '/me/events/{id}',
      segments: [
        ...['me', 'events'].map((value) => ({ kind: 'literal', value })),
        { kind: 'param', name: 'id', raw: '{id}' },
      ],
    } as unknown as RouteTemplate
    const get = (id: string, answer: string) => ({
      operation: {
        id,
        kind: 'get',
        routes: [item],
        response: { status: 200, type: named(answer), collection: false },
      } as unknown as OperationDef,
      route: item,
    })
    const gets = [get('a-message-get', 'microsoft.graph.message'), get('event-get', 'microsoft.graph.event')]
    expect(
      preferredOperations('GET', gets, new Map(), new Map()).map(({ operation }) => operation.id),
    ).toEqual(['event-get', 'a-message-get'])
  })
})
