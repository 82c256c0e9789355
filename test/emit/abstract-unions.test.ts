/**
 * An abstract type with derived types is never sent as itself: its `Any…` union, its type guard
 * and OpenAPI's discriminator list only its derived types. One none derives from is sent as itself.
 * The pages are excerpts (cut short) of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0/resources/webpart.md@5ec8bf02e76384ea4eb1d4fb5558899cd6ddd121 ("This is an
 * abstract type."), textwebpart.md@e2a07f22166946e7d3f81cf52a92b6b53430f9a1 and
 * basesitepage.md@5ad50cc0a208fcfa8fe369d90f3708b98a871c7e ("An abstract type that represents a
 * page…", none of whose derived pages is here). `AnyWebPart` was `(WebPart & { "@odata.type"?:
 * "#microsoft.graph.webPart" }) | TextWebPart`, admitting a tag Graph never sends.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { mockOfPages } from '../support/pages-mock.js'

const resource = (file: string, name: string, head: string, base: string, rows: string) => ({
  file: `resources/${file}`,
  text: [
    `# ${name} resource type`,
    'Namespace: microsoft.graph',
    head,
    '## Properties',
    `| Property | Type | Description |\n| :------- | :----- | :----- |\n${rows}`,
    '## JSON representation',
    `<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.${name}",\n  "baseType": "microsoft.graph.${base}",\n  "openType": false\n}\n-->`,
    `\`\`\`json\n{\n  "@odata.type": "#microsoft.graph.${name}",\n  "id": "String (identifier)"\n}\n\`\`\``,
  ].join('\n\n'),
})

const pages = [
  resource(
    'webpart.md',
    'webPart',
    'Represents a specific web part instance on a SharePoint page.\n\nThis is an abstract type.\n\nInherits from [entity](../resources/entity.md).',
    'entity',
    '| id       | String | Unique instance identifier of the web part. Inherited from [entity](../resources/entity.md). |',
  ),
  resource(
    'textwebpart.md',
    'textWebPart',
    'Represents a text web part instance on a SharePoint page.\n\nInherits from [webPart](../resources/webpart.md).',
    'webPart',
    '| innerHtml | String | The HTML string in text web part. |',
  ),
  resource(
    'basesitepage.md',
    'baseSitePage',
    'An abstract type that represents a page in the site page library.\n\nInherits from [baseItem](../resources/baseitem.md).',
    'baseItem',
    '| title | String | Title of the sitePage. |',
  ),
]

const files = emitAll(buildModel(pages))
const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''

describe('an abstract type', () => {
  it('with derived types is none of its own union, its guard or its discriminator', () => {
    const types = text('types/index.ts')
    expect(types).toContain('export type AnyWebPart = TextWebPart;')
    expect(types).toMatch(
      /export function isWebPart<V>\(value: V\): value is NarrowedByTag<V, AnyWebPart, "#microsoft\.graph\.textWebPart">/,
    )
    const { components } = JSON.parse(text('openapi.json')) as {
      components: { schemas: Record<string, { allOf?: { discriminator?: { mapping: object } }[] }> }
    }
    const mapping = components.schemas['microsoft.graph.webPart']?.allOf?.[1]?.discriminator?.mapping
    expect(Object.keys(mapping ?? {})).toEqual(['#microsoft.graph.textWebPart'])
  })

  it('none derives from is sent as itself', () => {
    expect(text('types/index.ts')).toMatch(
      /export type AnyBaseItem = \(Undocumented\.BaseItem & .*\) \| BaseSitePage;/,
    )
    expect(text('types/index.ts')).toContain('"@odata.type"?: "#microsoft.graph.baseSitePage";')
  })
})

// A get page cut to its request and Response sentence, with no example: the mock makes its answer up.
const GET = `# Get webPart

Namespace: microsoft.graph

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\` http
GET /sites/{site-id}/pages/{page-id}/webparts/{webpart-id}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [webPart](../resources/webpart.md) object in the response body.
`

describe('the mock of an abstract type with derived types', () => {
  const mock = mockOfPages([...pages, { file: 'api/webpart-get.md', text: GET }])

  it('answers with a value of a type derived from it, as the types say Graph sends', async () => {
    const answer = await fetch(`${mock().url}/sites/s-1/pages/p-1/webparts/w-1`)
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ '@odata.type': '#microsoft.graph.textWebPart' })
  })
})
