import { describe, expect, it } from 'vitest'
import type { ParameterDef } from '../../src/model.js'
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

describe('a read-only property in a request body', () => {
  it('is refused unless the request table requires it, its name in any letter case', () => {
    const scope = { name: 'scope', readOnly: true }
    expect(refusedInRequest(scope, { parameters: [] })).toBe(true)
    expect(refusedInRequest(scope, { parameters: [bodyParameter('scope', false)] })).toBe(true)
    expect(refusedInRequest(scope, { parameters: [bodyParameter('scope', true)] })).toBe(false)
    expect(refusedInRequest(scope, { parameters: [bodyParameter('Scope', true)] })).toBe(false)
    expect(refusedInRequest({ name: 'scope', readOnly: false }, { parameters: [] })).toBe(false)
  })
})
