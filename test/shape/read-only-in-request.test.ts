import { describe, expect, it } from 'vitest'
import type { HttpMethod, OperationKind, ParameterDef, RouteTemplate } from '../../src/model.js'
import { refusedInRequest } from '../../src/shape/read-only-in-request.js'

const at = { file: 'api/x.md', line: 1, column: 1 }
const bodyParameter = (name: string, required: boolean): ParameterDef => ({
  name,
  in: 'body',
  type: { kind: 'primitive', name: 'String' },
  collection: false,
  required,
  description: '',
  position: at,
})

const sent = (method: HttpMethod, parameters: ParameterDef[] = [], kind: OperationKind = 'update') => ({
  kind,
  parameters,
  routes: [{ method, raw: '/x/{id}', segments: [], position: at } satisfies RouteTemplate],
})

describe('a read-only property in a request body', () => {
  it('is refused unless the request table requires it, its name in any letter case', () => {
    const scope = { name: 'scope', readOnly: true, relationship: false }
    expect(refusedInRequest(scope, sent('PATCH'))).toBe(true)
    expect(refusedInRequest(scope, sent('PATCH', [bodyParameter('scope', false)]))).toBe(true)
    expect(refusedInRequest(scope, sent('PATCH', [bodyParameter('scope', true)]))).toBe(false)
    expect(refusedInRequest(scope, sent('PATCH', [bodyParameter('Scope', true)]))).toBe(false)
    expect(refusedInRequest({ name: 'scope', readOnly: false, relationship: false }, sent('PATCH'))).toBe(
      false,
    )
  })

  it("is taken in an update where it is the key of the entity the update addresses (today's access reviews, role management policy rules)", () => {
    const id = { name: 'id', readOnly: true, relationship: false }
    expect(refusedInRequest(id, sent('PUT'))).toBe(false)
    // today's unifiedrolemanagementpolicyrule-update.md PATCHes `"id": "Expiration_EndUser_Assignment"`
    expect(refusedInRequest(id, sent('PATCH'))).toBe(false)
    expect(refusedInRequest(id, sent('POST'))).toBe(true)
    expect(
      refusedInRequest({ name: 'tenantId', readOnly: true, relationship: false }, sent('PUT'), 'tenantId'),
    ).toBe(false)
    expect(
      refusedInRequest({ name: 'createdDateTime', readOnly: true, relationship: false }, sent('PUT')),
    ).toBe(true)
  })

  it("is taken in a create when it is a relationship the page's create request binds (today's entitlement management resource requests)", () => {
    const catalog = { name: 'catalog', readOnly: true, relationship: true }
    const bound = new Set(['catalog'])
    expect(refusedInRequest(catalog, sent('POST', [], 'create'), undefined, bound)).toBe(false)
    // Not where no request of the page sends it, nor in an update, nor for a property.
    expect(refusedInRequest(catalog, sent('POST', [], 'create'))).toBe(true)
    expect(refusedInRequest(catalog, sent('PATCH'), undefined, bound)).toBe(true)
    expect(
      refusedInRequest({ ...catalog, relationship: false }, sent('POST', [], 'create'), undefined, bound),
    ).toBe(true)
  })
})
