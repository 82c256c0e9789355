import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
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

  it('takes no table under a plain `Properties` heading: it names no one of the types', () => {
    const page = PAGE.replace('## DriveItemUploadableProperties Properties', '## Properties')
    const type = extractPage('api/driveitem_createuploadsession.md', page).types[0] as ObjectTypeDef
    // Only the JSON block's members, without the table's descriptions.
    expect(type.properties.map((property) => property.name)).toEqual(['description', 'fileSize', 'name'])
    expect(type.properties[1]?.description ?? '').not.toMatch(/quota check/)
  })

  it('reads its key by the rules of resource pages: a keyProperty it has, in any letter case', () => {
    const keyed = (annotation: string) =>
      extractPage(
        'api/driveitem_createuploadsession.md',
        PAGE.replace('"@odata.type": "microsoft.graph.driveItemUploadableProperties"', annotation),
      ).types[0] as ObjectTypeDef
    // A keyProperty naming no property it has or may inherit is no key.
    const unkeyed = keyed(
      '"@odata.type": "microsoft.graph.driveItemUploadableProperties", "keyProperty": "id"',
    )
    expect(unkeyed.kind).toBe('complex')
    const named = keyed(
      '"@odata.type": "microsoft.graph.driveItemUploadableProperties", "keyProperty": "Name"',
    )
    expect(named.kind).toBe('entity')
  })
})

// microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/restorepoint-search.md (shortened)
const ENUM_ON_API_PAGE = [
  '# restorePoint: search',
  '',
  'Namespace: microsoft.graph',
  '',
  '## HTTP request',
  '',
  '<!-- {',
  '  "blockType": "ignored"',
  '}',
  '-->',
  '``` http',
  'POST /solutions/backupRestore/restorePoints/search',
  '```',
  '',
  '## Request body',
  '',
  'In the request body, supply a JSON representation of the following parameters.',
  '',
  '|Parameter|Type|Description|',
  '|:---|:---|:---|',
  '|protectionUnitIds|String collection|The ID of the protection units. Required.|',
  '|restorePointPreference|[restorePointPreference](../api/restorepoint-search.md#restorepointpreference-values)|Indicates which restore point to return. The possible values are `oldest`, `latest`. Optional.|',
  '',
  '### restorePointPreference values',
  '',
  '|Member | Description |',
  '|:------|:------------|',
  '|latest | Returns the latest restore point for a given protection time period.|',
  '|oldest | Returns the oldest restore point for a given protection time period.|',
  '',
  '## Response',
  '',
  'If successful, this action returns a `204 No Content` response code.',
  '',
].join('\n')

describe('enums an API page defines', () => {
  it('reads a `### x values` section, and the parameter whose Type cell links there is of that enum', () => {
    const file = 'api-reference/v1.0/api/restorepoint-search.md'
    const page = extractPage(file, ENUM_ON_API_PAGE)
    expect(page.types.map((type) => [type.kind, type.qualifiedName])).toEqual([
      ['enum', 'microsoft.graph.restorePointPreference'],
    ])
    const model = buildModel([{ file, text: ENUM_ON_API_PAGE }])
    const preference = model.types['microsoft.graph.restorePointPreference']
    expect(preference?.kind === 'enum' && preference.members.map((member) => member.name)).toEqual([
      'latest',
      'oldest',
    ])
    expect(Object.keys(model.undocumented)).not.toContain('microsoft.graph.restorePointPreference')
  })
})
