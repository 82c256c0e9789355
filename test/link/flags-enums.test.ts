/**
 * Flags enums: a property that calls its enum a flags enum makes the enum take several members in
 * one value, comma-separated, in the types, openapi.json and the server (mock). Cut from today's
 * microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/authenticationstrengthpolicy.md,
 * whose examples send `"password, hardwareOath"`: the types refused it, and the mock answered the
 * page's own create example 400.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { readPropertyFlags } from '../../src/extract/property-flags.js'
import { startMockServer } from '../../src/mock/serve.js'
import type { EnumTypeDef } from '../../src/model.js'
import { writeFiles } from '../server/helpers.js'
import { typeErrorsOf } from '../support/type-check.js'

const resource = (description: string) => ({
  file: 'resources/authenticationstrengthpolicy.md',
  text: [
    '# authenticationStrengthPolicy resource type\n\nNamespace: microsoft.graph\n',
    '## Properties\n| Property | Type | Description |\n|:--|:--|:--|',
    `| id | String | The identifier. |\n| allowedCombinations | authenticationMethodModes collection | ${description} |\n`,
    '## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.authenticationStrengthPolicy", "keyProperty": "id" } -->',
    '```json\n{ "id": "String", "allowedCombinations": ["String"] }\n```\n',
  ].join('\n'),
})
const enums = {
  file: 'resources/enums.md',
  text: '# Enum values\n\nNamespace: microsoft.graph\n\n### authenticationMethodModes values\n\n| Member |\n| ---- |\n| password |\n| sms |\n| hardwareOath |\n',
}
const create = {
  file: 'api/authenticationstrengthroot-post-policies.md',
  text: [
    '# Create authenticationStrengthPolicy\n\nNamespace: microsoft.graph\n',
    '## HTTP request\n```http\nPOST /policies/authenticationStrengthPolicies\n```\n',
    '## Response\nIf successful, this method returns a `201 Created` response code and an [authenticationStrengthPolicy](../resources/authenticationstrengthpolicy.md) object in the response body.\n',
    '## Example\n### Request\n<!-- { "blockType": "request", "name": "create_policy" } -->',
    '```http\nPOST https://graph.microsoft.com/v1.0/policies/authenticationStrengthPolicies\nContent-Type: application/json\n\n{ "allowedCombinations": ["password, hardwareOath", "password,sms"] }\n```\n',
    '### Response\n<!-- { "blockType": "response", "truncated": true } -->',
    '```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{ "id": "p1", "allowedCombinations": ["password, hardwareOath", "password,sms"] }\n```\n',
  ].join('\n'),
}
const FLAGGED = 'The possible values of this flagged enum are: `password`, `sms`, `hardwareOath`.'
const modes = (description: string) =>
  buildModel([resource(description), enums, create]).types[
    'microsoft.graph.authenticationMethodModes'
  ] as EnumTypeDef

describe('flags enums', () => {
  it.each([
    [FLAGGED, true],
    ['This is a flags enum that allows multiple values.', true],
    ['A multi-valued enumeration.', true],
    // today's multitenantorganizationidentitysyncpolicytemplate.md, subscription.md
    [
      'The possible values are: `none`, `newPartners`, `existingPartners`, `unknownFutureValue`. You can also specify multiple values like `newPartners,existingPartners` (default).',
      true,
    ],
    [
      'The supported values are: `created`, `updated`, `deleted`. Multiple values can be combined using a comma-separated list.',
      true,
    ],
    ['The possible values are: `password`, `sms`.', undefined],
    [
      'Extensions have no set defined properties or structure, so you can store multiple values in a single extension.',
      undefined,
    ],
  ])('"%s" says flags: %s', (description, flagged) => {
    expect(readPropertyFlags(description, 'allowedCombinations').flagsEnum).toBe(flagged)
  })

  it('marks the enum a property calls a flags enum, and no other', () => {
    expect(modes(FLAGGED).flags).toBe(true)
    expect(modes('The allowed combinations.').flags).toBeUndefined()
  })

  const files = emitAll(buildModel([resource(FLAGGED), enums, create]))
  const out = mkdtempSync(join(tmpdir(), 'doc2ts-flags-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('types a value as members, comma-separated', async () => {
    await writeFiles(out, files)
    const consumer = join(out, 'consumer.ts')
    await writeFiles(out, [
      {
        path: 'consumer.ts',
        text: [
          "import type * as T from './types/index.js'",
          "export const one: T.AuthenticationMethodModes = 'password'",
          "export const two: T.AuthenticationMethodModes = 'password, hardwareOath'",
          "export const packed: T.AuthenticationMethodModes = 'password,sms'",
          '// @ts-expect-error: no member',
          "export const wrong: T.AuthenticationMethodModes = 'bogus'",
        ].join('\n'),
      },
    ])
    expect(typeErrorsOf([consumer])).toEqual([])
    const openapi = JSON.parse(files.find((file) => file.path === 'openapi.json')?.text ?? '{}')
    const schema = openapi.components.schemas['microsoft.graph.authenticationMethodModes']
    expect(schema.anyOf[0]).toEqual({ type: 'string', enum: ['password', 'sms', 'hardwareOath'] })
    expect(new RegExp(schema.anyOf[1].pattern).test('password, hardwareOath')).toBe(true)
    expect(new RegExp(schema.anyOf[1].pattern).test('password,bogus')).toBe(false)
  })

  it("serves the page's own example, and refuses a value that names no member", async () => {
    const mock = await startMockServer([resource(FLAGGED), enums, create], {
      port: 0,
      host: '127.0.0.1',
      log: false,
    })
    try {
      const post = (allowedCombinations: string[]) =>
        fetch(`${mock.url}/policies/authenticationStrengthPolicies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ allowedCombinations }),
        })
      expect((await post(['password, hardwareOath', 'password,sms'])).status).toBe(201)
      expect((await post(['password,bogus'])).status).toBe(400)
      // Graph reads members in any letter case, in a list too; the reply spells them as documented.
      const listed = await post(['Password, HardwareOath', 'PASSWORD,Sms'])
      expect(listed.status).toBe(201)
      expect(((await listed.json()) as { allowedCombinations: string[] }).allowedCombinations).toEqual([
        'password, hardwareOath',
        'password,sms',
      ])
    } finally {
      await mock.close()
    }
  })
})
