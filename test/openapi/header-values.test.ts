/**
 * The rows of a headers table that name one header with a value each are values of that header:
 * openapi.json declares it once (a parameter may not be declared twice) and describes every row
 * with the value it writes, none of them lost. Excerpt of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0/api/callrecords-cloudcommunications-list-callrecords.md (1f7a98e2), cut short
 * (test/fixtures/real-trees/graph-v1.0-today-workloads).
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument, ParameterObject } from '../../src/emit/openapi/spec.js'

const LIST_CALL_RECORDS = `# List callRecords

Namespace: microsoft.graph.callRecords

Get the list of [callRecord](../resources/callrecords-callrecord.md) objects and their properties.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
GET /communications/callRecords
\`\`\`

## Request headers

| Name      |Description|
|:----------|:----------|
| Authorization | Bearer {token} |
| Prefer: odata.maxpagesize={x} | Specifies a preferred integer {x} page size for paginated results. This value must be equal to or less than the maximum allowable page size. Optional. |
| Prefer: include-unknown-enum-members | Enables evolvable enum values beyond the sentinel value. For more information, see [Best practices for working with Microsoft Graph](/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations). Optional. |
| Prefer: omit-values=nulls | Removes null or empty values from the response. Optional. |

## Request body

Don't supply a request body for this method.

## Response

If successful, this method returns a \`200 OK\` response code and a collection of [callRecord](../resources/callrecords-callrecord.md) objects in the response body.
`

it('declares a header once, with every value its rows write', () => {
  const page = {
    file: 'api-reference/v1.0/api/callrecords-cloudcommunications-list-callrecords.md',
    text: LIST_CALL_RECORDS,
  }
  const model = buildModel([page])
  expect(model.operations[0]?.parameters.filter((p) => p.in === 'header').map((p) => p.value)).toEqual([
    undefined,
    'odata.maxpagesize={x}',
    'include-unknown-enum-members',
    'omit-values=nulls',
  ])
  const document = JSON.parse(
    emitAll(model).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const parameters = (document.paths['/communications/callRecords']?.get?.parameters ??
    []) as ParameterObject[]
  const prefer = parameters.filter((parameter) => parameter.name === 'Prefer')
  expect(prefer).toHaveLength(1)
  expect(prefer[0]?.description?.split('\n\n')).toEqual([
    'Specifies a preferred integer {x} page size for paginated results. This value must be equal to or less than the maximum allowable page size. Optional. Written `Prefer: odata.maxpagesize={x}` in the docs.',
    'Enables evolvable enum values beyond the sentinel value. For more information, see Best practices for working with Microsoft Graph. Optional. Written `Prefer: include-unknown-enum-members` in the docs.',
    'Removes null or empty values from the response. Optional. Written `Prefer: omit-values=nulls` in the docs.',
  ])
})

it('describes a header row written twice once', () => {
  const twice = LIST_CALL_RECORDS.replace(
    '| Prefer: omit-values=nulls |',
    '| Prefer: omit-values=nulls | Removes null or empty values from the response. Optional. |\n| Prefer: omit-values=nulls |',
  )
  const model = buildModel([{ file: 'api/list-callrecords.md', text: twice }])
  const document = JSON.parse(
    emitAll(model).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const parameters = (document.paths['/communications/callRecords']?.get?.parameters ??
    []) as ParameterObject[]
  const description = parameters.find((parameter) => parameter.name === 'Prefer')?.description ?? ''
  expect(description.split('\n\n').filter((text) => text.includes('omit-values=nulls'))).toHaveLength(1)
})
