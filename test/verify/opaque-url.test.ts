/**
 * A request example the docs mark `"opaqueUrl": true` calls a URL the service hands out, on another
 * host (the pre-authenticated download URL a `302 Found` leads to): verify does not replay it as a
 * call of a documented route. Excerpt of OneDrive/onedrive-api-docs
 * docs/rest-api/api/driveitem_get_content.md (15cb3e9a60839b9aaabb7792bb1a64849adb9d9e), cut short.
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

describe('a request example on an opaque URL', () => {
  it('is not replayed against the service', () => {
    const model = buildModel([{ file: 'api/driveitem_get_content.md', text: PAGE }])
    const { requests } = planRequests(shapeApi(model), { unsafe: true })
    expect(requests.map((request) => request.target)).toEqual(['/me/drive/items/{item-id}/content'])
  })
})
