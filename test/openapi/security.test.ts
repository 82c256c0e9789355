/**
 * The security requirements of an operation, from its permissions table: each scope alone is one
 * requirement (any one suffices), and two scopes the table joins with "and" are one requirement
 * holding both (today's tokenlifetimepolicy-list-appliesto.md: "Policy.Read.All and
 * Application.Read.All, …, Directory.Read.All"), which a client must then hold together.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

const page = (scopes: string) =>
  [
    '# List appliesTo',
    '## Permissions',
    `|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|${scopes}|\n|Application|Not supported.|`,
    '## HTTP request',
    '```http\nGET /policies/tokenLifetimePolicies/{id}/appliesTo\n```',
    '## Response',
    'If successful, this method returns a `200 OK` response code and a collection of directoryObject objects in the response body.',
  ].join('\n\n')

const documentOf = (scopes: string) => {
  const files = emitAll(
    buildModel([{ file: 'api/tokenlifetimepolicy-list-appliesto.md', text: page(scopes) }]),
  )
  return JSON.parse(files.find((file) => file.path === 'openapi.json')?.text ?? '{}') as OpenApiDocument
}

describe('security requirements in openapi.json', () => {
  it('hold two scopes the table joins with "and" in one requirement, each other scope in its own', () => {
    const document = documentOf(
      'Policy.Read.All and Application.Read.All, Policy.ReadWrite.ApplicationConfiguration and Application.Read.All, Directory.Read.All',
    )
    expect(document.paths['/policies/tokenLifetimePolicies/{id}/appliesTo']?.get?.security).toEqual([
      { delegated: ['Directory.Read.All'] },
      { delegated: ['Policy.Read.All', 'Application.Read.All'] },
      { delegated: ['Policy.ReadWrite.ApplicationConfiguration', 'Application.Read.All'] },
    ])
    // Every scope is declared by its scheme.
    expect(
      Object.keys(document.components.securitySchemes.delegated?.flows.authorizationCode?.scopes ?? {}),
    ).toEqual([
      'Application.Read.All',
      'Directory.Read.All',
      'Policy.Read.All',
      'Policy.ReadWrite.ApplicationConfiguration',
    ])
  })
})
