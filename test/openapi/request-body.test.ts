/**
 * A create's request body in openapi.json requires the members its Request body table marks
 * Required, as the server does (`requiredBodyMembers`): today's Graph docs,
 * api-reference/v1.0/api/accesspackagecatalog-post-accesspackagecustomworkflowextensions.md, whose
 * server refused a body without `displayName` that openapi.json accepted.
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

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
