/**
 * A key's place in openapi.json's paths has one parameter name, on its own path and on the paths
 * below it, as the client's path tree meets every placeholder at a position in one `byId`: the name
 * most routes through the place give it (`placeholderNames`), unique within each path.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { PathTemplate } from '../../src/emit/openapi/path-template.js'
import { placeholderNames } from '../../src/emit/openapi/placeholder-names.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

// api-reference/v1.0/api/plannerplan-update.md, microsoftgraph/microsoft-graph-docs-contrib@3bd18aecba9fb3c1331c2f07d21580b75fc2ef6a, cut.
const UPDATE = `# Update plannerPlan

Namespace: microsoft.graph

Update the properties of a **plannerPlan** object.

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
PATCH /planner/plans/{plan-id}
\`\`\`

## Response

If successful, this method returns \`204 No Content\` response and empty content. If the request specifies \`Prefer\` header with \`return=representation\` preference, then this method returns a \`200 OK\` response code and an updated [plannerPlan](../resources/plannerplan.md) object in the response body.
`
// api-reference/v1.0/api/plannerplan-list-buckets.md, microsoftgraph/microsoft-graph-docs-contrib@58328433460bb4ed1975a6f858d30548c9557a39, cut.
const LIST_BUCKETS = `# List buckets

Namespace: microsoft.graph

Retrieve a list of [plannerBucket](../resources/plannerbucket.md) objects contained by a [plannerPlan](../resources/plannerplan.md) object.

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
GET /planner/plans/{plan-id}/buckets
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a collection of [plannerBucket](../resources/plannerbucket.md) objects in the response body.
`
// api-reference/v1.0/api/plannerplan-delete.md, microsoftgraph/microsoft-graph-docs-contrib@58328433460bb4ed1975a6f858d30548c9557a39, cut.
const DELETE = `# Delete plannerPlan

Namespace: microsoft.graph

Delete a [plannerPlan](../resources/plannerplan.md) object.

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
DELETE /planner/plans/{id}
\`\`\`

## Response

If successful, this method returns a \`204 No Content\` response code. It does not return anything in the response body.
`

const documentOf = (pages: { file: string; text: string }[]) =>
  JSON.parse(
    emitAll(buildModel(pages)).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument

/** A template of `path` whose parameters are named as its placeholders. */
const templateOf = (path: string): PathTemplate => ({
  path,
  params: [...path.matchAll(/\{([^{}]*)\}/g)].map((match) => ({ name: match[1] ?? '', raw: match[0] })),
  inexact: [],
})

describe('path parameter names', () => {
  it('name a key alike on sibling paths, as most routes through its place do', () => {
    const document = documentOf([
      { file: 'api/plannerplan-update.md', text: UPDATE },
      { file: 'api/plannerplan-list-buckets.md', text: LIST_BUCKETS },
      { file: 'api/plannerplan-delete.md', text: DELETE },
    ])
    expect(Object.keys(document.paths).sort()).toEqual([
      '/planner/plans/{planId}',
      '/planner/plans/{planId}/buckets',
    ])
    const parameterNames = (path: string, method: 'delete' | 'get' | 'patch') =>
      document.paths[path]?.[method]?.parameters?.flatMap((parameter) =>
        'name' in parameter && parameter.in === 'path' ? [parameter.name] : [],
      )
    expect(parameterNames('/planner/plans/{planId}', 'delete')).toEqual(['planId'])
    expect(parameterNames('/planner/plans/{planId}/buckets', 'get')).toEqual(['planId'])
  })

  it.each([
    // Of as many routes each, the first name in code-point order.
    [['/plans/{id}/buckets', '/plans/{planId}'], ['id']],
    // A name the path has taken gives way to the next name written at the place…
    [
      [
        '/groups/{id}',
        '/groups/{id}/members',
        '/groups/{id}/owners',
        '/groups/{id}/events',
        '/groups/{groupId}/events/{id}',
        '/groups/{groupId}/events/{id}/accept',
        '/groups/{groupId}/events/{eventId}',
      ],
      ['id', 'eventId'],
    ],
    // …else to the first with a numeric suffix.
    [
      ['/groups/{id}', '/groups/{id}/events', '/groups/{groupId}/events/{id}'],
      ['id', 'id2'],
    ],
  ])('%j: the last path is named %j', (paths, names) => {
    const templates = paths.map(templateOf)
    expect(placeholderNames(templates)(templates.at(-1) ?? templateOf('/'))).toEqual(names)
  })
})
