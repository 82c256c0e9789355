/**
 * A page that shows, after its own call, calls of a navigation below its route (`GET
 * /shares/{id}/driveItem` on the page of `GET /shares/{id}`) returns what its own call's example
 * shows: the navigation's answer (a driveItem) is no other outcome of the call, whose shared base
 * type (baseItem) the operation would otherwise return. Excerpts of OneDrive/onedrive-api-docs
 * docs/rest-api/api/shares_get.md (5a2b3dad696cc0fa24fb4f759214c86904167df3) and the resource pages
 * shareddriveitem.md, driveitem.md, baseItem.md, cut short.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

const resource = (type: string, base: string, body: string, aka = '') => `# ${type} resource type

## JSON representation

<!-- { "blockType": "resource", "baseType": "${base}", "@odata.type": "microsoft.graph.${type}"${aka} } -->

\`\`\`json
${body}
\`\`\`
`

const SHARES_GET = `# Accessing shared DriveItems

Access a shared [DriveItem](../resources/driveitem.md) or a collection of shared items by using a **shareId** or sharing URL.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
GET /shares/{shareIdOrEncodedSharingUrl}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [sharedDriveItem](../resources/shareddriveitem.md) resource in the response body.

## Example

<!-- { "blockType": "request", "name": "get-shared-root" } -->

\`\`\`http
GET /shares/{shareIdOrEncodedSharingUrl}
\`\`\`

<!-- { "blockType": "response", "truncated": true, "@odata.type": "oneDrive.sharedDriveItem" } -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
  "id": "B64397C8-07AE-43E4-920E-32BFB4331A5B",
  "name": "contoso project.docx"
}
\`\`\`

## Example (single file)

<!-- { "blockType": "request", "name": "get-shared-driveitem" } -->

\`\`\`http
GET /shares/{shareIdOrUrl}/driveItem
\`\`\`

<!-- { "blockType": "response", "truncated": true, "@odata.type": "oneDrive.item" } -->

\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/json

{
  "id": "9FFFDB3C-5B87-4062-9606-1B008CA88E44",
  "name": "contoso project.docx",
  "file": {}
}
\`\`\`
`

describe('the answer to a call below the page’s route', () => {
  it('is not an outcome of the page’s operation', () => {
    const model = buildModel([
      { file: 'api/shares_get.md', text: SHARES_GET },
      {
        file: 'resources/baseItem.md',
        text: resource('baseItem', 'microsoft.graph.entity', '{ "id": "string", "name": "string" }'),
      },
      {
        file: 'resources/shareddriveitem.md',
        text: resource('sharedDriveItem', 'microsoft.graph.baseItem', '{ "id": "string", "name": "string" }'),
      },
      {
        file: 'resources/driveitem.md',
        text: resource(
          'driveItem',
          'microsoft.graph.baseItem',
          '{ "id": "string", "size": 1024 }',
          ', "@type.aka": "oneDrive.item"',
        ),
      },
    ])
    const operation = model.operations.find((candidate) => candidate.id === 'shares_get')
    expect(operation?.response.type).toMatchObject({ resolved: 'microsoft.graph.sharedDriveItem' })
  })
})
