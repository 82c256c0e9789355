/**
 * `response-type-conflict` is reported by link, which knows the other names a type's own page
 * gives it: a Response sentence linking a type and an annotation naming that type's `@type.aka`
 * name are no conflict; two names of different types still are, as extract words it.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

// OneDrive/onedrive-api-docs docs/rest-api/resources/driveitem.md@0568ff910625f7d6586f7ca6a7eff633e820c8f6 (excerpt)
const DRIVE_ITEM = `# DriveItem resource type

The **driveItem** resource represents a file, folder, or other item stored in a drive.

## JSON representation

<!-- { "blockType": "resource", "@type": "microsoft.graph.driveItem", "@type.aka": "oneDrive.item",
       "keyProperty": "id", "openType": true } -->

\`\`\`json
{
  "id": "string",
  "name": "string"
}
\`\`\`
`

// OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_post_children.md@5a2b3dad696cc0fa24fb4f759214c86904167df3 (excerpt)
const postChildren = (annotationType: string) => `# Create a new folder in a drive

Create a new folder or [DriveItem](../resources/driveitem.md) in a [Drive](../resources/drive.md) with a specified parent item or path.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
POST /drives/{drive-id}/items/{parent-item-id}/children
\`\`\`

## Response

If successful, this method returns \`201 Created\` response code and a [Driveitem](../resources/driveitem.md) resource in the response body.

## Example

### Request

<!-- { "blockType": "request", "name": "create-folder", "scopes": "files.readwrite" } -->

\`\`\`http
POST /drive/root/children
Content-Type: application/json

{
  "name": "New Folder",
  "folder": { }
}
\`\`\`

### Response

<!-- { "blockType": "response", "@odata.type": "${annotationType}", "truncated": true } -->

\`\`\`http
HTTP/1.1 201 Created
Content-Type: application/json

{
  "id": "ACEA49D1-1444-45A9-A1CB-68B1B28AE491",
  "name": "New Folder"
}
\`\`\`
`

const linked = (annotationType: string) => {
  const model = buildModel([
    { file: 'api/driveitem_post_children.md', text: postChildren(annotationType) },
    { file: 'resources/driveitem.md', text: DRIVE_ITEM },
  ])
  const response = model.operations[0]?.response
  // The page's evidence stays in the page model.
  expect(response && 'typeConflict' in response).toBe(false)
  return {
    type: response?.type?.kind === 'named' ? response.type.resolved : undefined,
    conflicts: model.diagnostics.filter((d) => d.code === 'response-type-conflict'),
  }
}

describe('response-type-conflict, judged by link', () => {
  it('is not reported where the annotation names the type the sentence links by its @type.aka name', () => {
    expect(linked('oneDrive.item')).toEqual({ type: 'microsoft.graph.driveItem', conflicts: [] })
  })

  it('is reported where the names denote different types, as extract words it', () => {
    const { conflicts } = linked('microsoft.graph.folder')
    expect(conflicts).toMatchObject([
      {
        file: 'api/driveitem_post_children.md',
        line: 15,
        column: 70,
        severity: 'info',
        message:
          "The Response sentence names `Driveitem` but the response annotation (line 38) names `microsoft.graph.folder`; using `microsoft.graph.folder`, or `Driveitem` where that is `microsoft.graph.folder`'s base type",
      },
    ])
  })
})
