import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'
import type { ObjectTypeDef } from '../../src/model.js'

// OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_createuploadsession.md (shortened)
const PAGE = [
  '# Upload large files with an upload session',
  '',
  '### HTTP request',
  '',
  '<!-- { "blockType": "ignored" } -->',
  '',
  '```http',
  'POST /me/drive/items/{itemId}/createUploadSession',
  '```',
  '',
  '### Request body',
  '',
  'For example, the `item` property allows setting the following parameters:',
  '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.driveItemUploadableProperties" } -->',
  '```json',
  '{',
  '  "@microsoft.graph.conflictBehavior": "rename | fail | replace",',
  '  "description": "description",',
  '  "fileSize": 1234,',
  '  "name": "filename.txt"',
  '}',
  '```',
  '',
  '## Parameters',
  '',
  '| Parameter            | Type                          | Description',
  '|:---------------------|:------------------------------|:---------------------------------',
  '| item                 | driveItemUploadableProperties | Data about the file being uploaded',
  '',
  '## DriveItemUploadableProperties Properties',
  '',
  '| Property             | Type               | Description',
  '|:---------------------|:-------------------|:---------------------------------',
  '| description          | String             | Provides a user-visible description of the item. Read-write. Only on OneDrive Personal.',
  '| fileSize             | Int64              | Provides an expected file size to perform a quota check prior to upload. Only on OneDrive Personal.',
  '',
  '## Example',
  '',
  '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.notThisOne" } -->',
  '```json',
  '{ "a": "String" }',
  '```',
  '',
].join('\n')

describe('types an API page defines', () => {
  it('reads a resource block outside the examples, with the table under a heading naming it', () => {
    const model = extractPage('api/driveitem_createuploadsession.md', PAGE)
    expect(model.operations).toHaveLength(1)
    expect(model.types.map((type) => [type.kind, type.qualifiedName])).toEqual([
      ['complex', 'microsoft.graph.driveItemUploadableProperties'],
    ])
    const type = model.types[0] as ObjectTypeDef
    expect(type.properties.map((property) => `${property.name}: ${JSON.stringify(property.type)}`)).toEqual([
      'description: {"kind":"primitive","name":"String"}',
      'fileSize: {"kind":"primitive","name":"Int64"}',
      'name: {"kind":"primitive","name":"String"}',
    ])
    expect(type.properties[1]?.description).toMatch(/quota check/)
  })
})
