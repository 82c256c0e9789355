/**
 * The service root the docs' examples call with a placeholder for a host
 * (`GET https://{businesscentralPrefix}/api/v2.0/companies({id})/currencies({id})`, excerpts in
 * test/support/business-central.ts) is the OpenAPI server, its placeholder a variable as written.
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { CURRENCY_GET, CURRENCY_RESOURCE } from '../support/business-central.js'

it('defines the variable a server URL names, in its written case', () => {
  const files = emitAll(
    buildModel([
      { file: 'resources/dynamics_currency.md', text: CURRENCY_RESOURCE },
      { file: 'api/dynamics_currency_get.md', text: CURRENCY_GET },
    ]),
  )
  const openapi = JSON.parse(files.find((file) => file.path === 'openapi.json')?.text ?? '{}')
  expect(openapi.servers).toEqual([
    {
      url: 'https://{businesscentralPrefix}/api/v2.0',
      variables: {
        businesscentralPrefix: {
          default: 'businesscentralPrefix',
          description:
            'The businesscentralPrefix the docs leave to the reader: replace this default with yours.',
        },
      },
    },
  ])
})
