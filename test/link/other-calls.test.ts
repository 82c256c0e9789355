/**
 * A page that documents another call under a heading of its own (OneDrive's
 * docs/rest-api/api/driveitem_list_thumbnails.md, shortened) yields that call after its own
 * operation; what belongs to the page goes to its own operation: the resource's Methods row that
 * links the page (it went to the page's last call) and the page's Response sentence (the check
 * judged the other call against it: a false `response-sentence-mismatch`).
 */
import { describe, expect, it } from 'vitest'
import type { ObjectTypeDef } from '../../src/model.js'
import { checkDocs } from '../support/check-docs.js'

const RESOURCE = {
  file: 'rest-api/resources/thumbnailset.md',
  text: [
    '# ThumbnailSet resource type',
    '',
    '## Properties',
    '',
    '| Property | Type | Description |',
    '|:--|:--|:--|',
    '| id | string | The id. Read-only. |',
    '',
    '## Methods',
    '',
    '| Method | Return type | Description |',
    '|:--|:--|:--|',
    '| [List thumbnails](../api/driveitem_list_thumbnails.md) | [thumbnailSet](thumbnailset.md) collection | List them. |',
    '',
    '## JSON representation',
    '',
    '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thumbnailSet", "keyProperty": "id" } -->',
    '```json\n{ "id": "string" }\n```',
  ].join('\n'),
}

const LIST = {
  file: 'rest-api/api/driveitem_list_thumbnails.md',
  text: [
    '# List thumbnails for a DriveItem',
    '',
    '## HTTP request',
    '',
    '```http\nGET /me/drive/items/{item-id}/thumbnails\n```',
    '',
    '## Response',
    '',
    'If successful, this method returns a `200 OK` response code and a collection of [ThumbnailSet](../resources/thumbnailset.md) objects in the response body.',
    '',
    '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.thumbnailSet", "isCollection": true } -->',
    '```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ "value": [ { "id": "0" } ] }\n```',
    '',
    '## Get a single thumbnail',
    '',
    '### HTTP request',
    '',
    '<!-- { "blockType": "request", "name": "get-one-thumbnail" } -->',
    '```http\nGET /me/drive/items/{item-id}/thumbnails/{thumb-id}/{size}\n```',
    '',
    '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.thumbnailSet" } -->',
    '```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ "id": "0" }\n```',
  ].join('\n'),
}

describe('a page with another call under a heading of its own', () => {
  it("gives the page's Methods row and its Response sentence to its own operation", async () => {
    const { model, diagnostics } = await checkDocs([RESOURCE, LIST])
    const ids = model.operations.map((operation) => operation.id)
    expect(ids).toEqual(['driveitem_list_thumbnails', 'driveitem_list_thumbnails--get-a-single-thumbnail'])
    const set = model.types['microsoft.graph.thumbnailSet'] as ObjectTypeDef
    expect(set.methods.map((row) => row.operationId)).toEqual(['driveitem_list_thumbnails'])
    expect(model.operations[0]?.resources).toEqual(['microsoft.graph.thumbnailSet'])
    expect(diagnostics.filter((each) => each.code === 'response-sentence-mismatch')).toEqual([])
  })
})
