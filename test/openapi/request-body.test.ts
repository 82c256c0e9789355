/**
 * A create's request body in openapi.json requires the members its Request body table marks
 * Required, as the server does (`requiredBodyMembers`): today's Graph docs,
 * api-reference/v1.0/api/accesspackagecatalog-post-accesspackagecustomworkflowextensions.md, whose
 * server refused a body without `displayName` that openapi.json accepted.
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import { realTreePage } from '../support/real-trees.js'

const EXTENSION = {
  file: 'resources/customcalloutextension.md',
  text: `---\ndoc_type: resourcePageType\n---\n# customCalloutExtension resource type\n\nNamespace: microsoft.graph\n\n## Properties\n| Property | Type | Description |\n|:---|:---|:---|\n| id | String | Read-only. |\n| displayName | String | Display name for the extension. |\n| description | String | Description for the extension. |\n`,
}

const CREATE = {
  file: 'api/accesspackagecatalog-post-customworkflowextensions.md',
  text: [
    '---\ndoc_type: apiPageType\n---',
    '# Create customCalloutExtension',
    '',
    'Namespace: microsoft.graph',
    '',
    '## HTTP request',
    '',
    '```http\nPOST /identityGovernance/entitlementManagement/catalogs/{catalogId}/customWorkflowExtensions\n```',
    '',
    '## Request body',
    '',
    'In the request body, supply a JSON representation of the [customCalloutExtension](../resources/customcalloutextension.md) object.',
    '',
    '| Property | Type | Description |',
    '|:---|:---|:---|',
    '| displayName | String | A unique name for the extension. Required. |',
    '| description | String | A description of the extension. Optional. |',
    '',
    '## Response',
    '',
    'If successful, this method returns a `201 Created` response code and a [customCalloutExtension](../resources/customcalloutextension.md) object in the response body.',
  ].join('\n'),
}

it('requires the members the Request body table marks Required', () => {
  const document = JSON.parse(
    emitAll(buildModel([EXTENSION, CREATE])).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const body =
    document.paths['/identityGovernance/entitlementManagement/catalogs/{catalogId}/customWorkflowExtensions']
      ?.post?.requestBody
  expect(body?.content['application/json']?.schema).toEqual({
    allOf: [
      { $ref: '#/components/schemas/microsoft.graph.customCalloutExtension' },
      { required: ['displayName'] },
    ],
  })
})

// After driveitem-preview.md (test/fixtures/real-trees/onedrive): its Request body parameters are
// optional, and "if null, a suitable viewer will be chosen"; one made required here.
const PREVIEW = {
  file: 'api/driveitem-preview.md',
  text: [
    '# driveItem: preview',
    '',
    '## HTTP request',
    '',
    '```http\nPOST /drives/{driveId}/items/{itemId}/preview\n```',
    '',
    '## Request body',
    '',
    '| Name | Type | Description |',
    '|:---|:---|:---|',
    '| viewer | string | Optional. Preview app to use. If null, a suitable viewer will be chosen automatically. |',
    '| page | string | Required. Page number of the document to start at. |',
    '',
    '## Response',
    '',
    'If successful, this action returns a `204 No Content` response code.',
  ].join('\n'),
}

it('takes null for an optional body parameter, as the client and the server do', () => {
  const document = JSON.parse(
    emitAll(buildModel([PREVIEW])).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const schema = document.paths['/drives/{driveId}/items/{itemId}/preview']?.post?.requestBody?.content[
    'application/json'
  ]?.schema as { properties?: Record<string, { type?: unknown }>; required?: string[] } | undefined
  expect(schema?.properties?.['viewer']?.type).toEqual(['string', 'null'])
  expect(schema?.properties?.['page']?.type).toBe('string')
  expect(schema?.required).toEqual(['page'])
})

// Today's tenantrelationship-put-multitenantorganization.md and its resource: a PUT that creates, as
// its title and its `201 Created` say, requires what its table marks Required, as the server does.
const todayMore = (page: string) => realTreePage('graph-v1.0-today-more', `api-reference/v1.0/${page}`)
const ORGANIZATION = todayMore('resources/multitenantorganization.md')
const PUT_CREATE = todayMore('api/tenantrelationship-put-multitenantorganization.md')

it('requires the members the table of a PUT that creates marks Required', () => {
  const document = JSON.parse(
    emitAll(buildModel([ORGANIZATION, PUT_CREATE])).find((file) => file.path === 'openapi.json')?.text ??
      '{}',
  ) as OpenApiDocument
  const put = document.paths['/tenantRelationships/multiTenantOrganization']?.put
  expect(put?.operationId).toBe('tenantRelationships.multiTenantOrganization.create')
  expect(put?.requestBody?.content['application/json']?.schema).toEqual({
    allOf: [
      { $ref: '#/components/schemas/microsoft.graph.multiTenantOrganization' },
      { required: ['displayName'] },
    ],
  })
})
