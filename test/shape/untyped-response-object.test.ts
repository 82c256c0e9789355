/**
 * A page that names no response type but shows a successful response example with a JSON object
 * answers that object: the client returns it (of no documented type) rather than nothing. Before,
 * the preview action's client call returned `void`, dropping the embed URLs. Excerpt of
 * OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_preview.md
 * (30ccee49a2f1fd44bfaf3de8aed69b75beb6b97e), cut short.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'

const PAGE = `# Embeddable file previews
This action allows you to obtain short-lived embeddable URLs for an item.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
POST /me/drive/items/{itemId}/preview
\`\`\`

### Request body

|   Name      |  Type         | Description
|:------------|:--------------|:-----------------------------------------------
| viewer      | string        | Optional. Preview app to use. \`onedrive\` or \`office\`. If null, a suitable viewer will be chosen automatically.
| chromeless  | boolean       | Optional. If \`true\` (default), the embedded view will not include any controls.

### Response

\`\`\`json
{
    "getUrl": "https://www.onedrive.com/embed?foo=bar&bar=baz",
    "postParameters": "param1=value&param2=another%20value",
    "postUrl": "https://www.onedrive.com/embed_by_post"
}
\`\`\`

The response will be a JSON object containing the following properties:

| Name           | Type   | Description
|:---------------|:-------|:---------------------------------------------------
| getUrl         | string | URL suitable for embedding using HTTP GET (iframes, etc.)
| postUrl        | string | URL suitable for embedding using HTTP POST (form post, JS, etc.)
| postParameters | string | POST parameters to include if using postUrl
`

const clientOf = (text: string) =>
  emitAll(buildModel([{ file: 'api/driveitem_preview.md', text }])).find(
    (file) => file.path === 'client/index.ts',
  )?.text ?? ''

describe('a successful response example with a JSON object, on a page that names no type', () => {
  it('is what the call answers', () => {
    expect(clientOf(PAGE)).toMatch(
      /post\(body: \{ viewer\?: string \| null; chromeless\?: boolean \| null \}, [^)]*\): Promise<unknown>/,
    )
  })

  it('is not an error example’s body', () => {
    const failed = PAGE.replace(
      '### Response\n\n```json\n',
      '### Response\n\n```http\nHTTP/1.1 400 Bad Request\n\n',
    )
    expect(clientOf(failed)).toMatch(/post\(body: [^\n]*\): Promise<void>/)
  })
})
