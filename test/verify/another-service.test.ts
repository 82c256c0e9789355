/**
 * A request example that calls another service than the docs' is not replayed as a call of a
 * documented route: one the docs mark `"opaqueUrl": true` (the pre-authenticated download URL a
 * `302 Found` leads to), and one whose absolute URL is on another host than the service root (the
 * embed URL a preview answer names, in a plain code block). Excerpts of OneDrive/onedrive-api-docs
 * docs/rest-api/api/driveitem_get_content.md (15cb3e9a60839b9aaabb7792bb1a64849adb9d9e) and
 * driveitem_preview.md (30ccee49a2f1fd44bfaf3de8aed69b75beb6b97e), cut short.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { planRequests } from '../../src/verify/plan-requests.js'

const PAGE = `# Download the contents of a DriveItem

Download the contents of the primary stream (file) of a DriveItem.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
GET /me/drive/items/{item-id}/content
\`\`\`

## Example

<!-- { "blockType": "request", "name": "download-item-content", "scopes": "files.read" } -->

\`\`\`http
GET /me/drive/items/{item-id}/content
\`\`\`

### Response

Returns a \`302 Found\` response redirecting to a pre-authenticated download URL for the file.

<!-- { "blockType": "response", "@odata.type": "stream" } -->

\`\`\`http
HTTP/1.1 302 Found
Location: https://b0mpua-by3301.files.1drv.com/y23vmagahszhxzlcvhasdhasghasodfi
\`\`\`

## Partial range downloads

<!-- { "blockType": "request", "opaqueUrl": true, "name": "download-item-partial", "scopes": "files.read" } -->

\`\`\`http
GET https://b0mpua-by3301.files.1drv.com/y23vmag
Range: bytes=0-1023
\`\`\`

<!-- { "blockType": "response", "name": "download-item-partial", "@odata.type": "stream" } -->

\`\`\`http
HTTP/1.1 206 Partial Content
Content-Range: bytes 0-1023/2048
Content-Type: application/octet-stream

<first 1024 bytes of file>
\`\`\`
`

const PREVIEW = `# Embeddable file previews
This action allows you to obtain short-lived embeddable URLs for an item.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
POST /me/drive/items/{itemId}/preview
\`\`\`

### Response

\`\`\`json
{
    "getUrl": "https://www.onedrive.com/embed?foo=bar&bar=baz",
    "postParameters": "param1=value&param2=another%20value",
    "postUrl": "https://www.onedrive.com/embed_by_post"
}
\`\`\`

postParameters is a string formatted as \`application/x-www-form-urlencoded\`, and if performing a POST to the postUrl the content-type should be set accordingly. For example:
\`\`\`
POST https://www.onedrive.com/embed_by_post
Content-Type: application/x-www-form-urlencoded

param1=value&param2=another%20value
\`\`\`
`

const DELTA = `# Track changes for a Drive

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
GET /me/drive/root/delta
\`\`\`

<!-- { "blockType": "request", "name": "get_item_delta_first", "tags": "service.graph" } -->

\`\`\`http
GET https://graph.microsoft.com/v1.0/me/drive/root/delta
\`\`\`
`

describe('a request example on another host than the service', () => {
  it('is not replayed against the service', () => {
    const model = buildModel([
      { file: 'api/driveitem_preview.md', text: PREVIEW },
      { file: 'api/driveitem_delta.md', text: DELTA },
    ])
    const { requests } = planRequests(shapeApi(model), { unsafe: true })
    expect(requests.map((request) => request.target)).toEqual(['/me/drive/root/delta'])
  })
})

describe('a request example on an opaque URL', () => {
  it('is not replayed against the service', () => {
    const model = buildModel([{ file: 'api/driveitem_get_content.md', text: PAGE }])
    const { requests } = planRequests(shapeApi(model), { unsafe: true })
    expect(requests.map((request) => request.target)).toEqual(['/me/drive/items/{item-id}/content'])
  })
})
