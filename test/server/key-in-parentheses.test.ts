/**
 * The generated server answers an entity addressed by an OData key in parentheses, as the docs'
 * own examples call it: `GET /companies(f2a5…)/currencies(0ca5…)` reaches the route documented as
 * `GET businesscentralPrefix/companies({id})/currencies({id})` (excerpts in test/support/business-central.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { CURRENCY_GET as GET, CURRENCY_RESOURCE as RESOURCE } from '../support/business-central.js'
import { listenServer } from './helpers.js'

let base = ''
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  const model = buildModel([
    { file: 'resources/dynamics_currency.md', text: RESOURCE },
    { file: 'api/dynamics_currency_get.md', text: GET },
  ])
  ;({ base, close } = await listenServer(model))
})
afterAll(() => close())

describe('an OData key in parentheses', () => {
  it('reaches the route its key segment documents, written either way', async () => {
    for (const path of [
      '/companies(f2a5738a-44e3-ea11-bb43-000d3a2feca1)/currencies(0ca5738a-44e3-ea11-bb43-000d3a2feca1)',
      "/companies('f2a5')/currencies/0ca5",
    ]) {
      const answer = await fetch(`${base}${path}`)
      expect(answer.status, path).toBe(200)
      expect(await answer.json()).toHaveProperty('code')
    }
  })
})
