/**
 * A small API whose pages document `$value` routes, as Graph's do: the get page of a resource
 * documents its path and, below it, the raw value (`…/$value`, the MIME text of a note), each with
 * an example; an update page sends the raw value (`PUT …/$value`).
 */
import type { PageInput } from '../../src/read-docs.js'

const note = `---
doc_type: resourcePageType
---
# note resource type

Namespace: microsoft.graph

## Properties

| Property | Type | Description |
|:---|:---|:---|
| id | String | The identifier. Read-only. |
| subject | String | The subject of the note. |
`

const request = (name: string, line: string, body = '') =>
  `<!-- { "blockType": "request", "name": "${name}" } -->\n\`\`\`http\n${line}\n${body}\`\`\`\n\n`

/** The text the `$value` example answers: what a client of the mock receives as bytes. */
export const MIME_TEXT = 'From: Megan <megan@contoso.com>\nSubject: Lunch\nMIME-Version: 1.0'

const getNote = `---
doc_type: apiPageType
---
# Get note

Namespace: microsoft.graph

Get a note, or its MIME content.

## HTTP request

\`\`\`http
GET /me/notes/{id}
GET /me/notes/{id}/$value
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [note](../resources/note.md) object in the response body.

## Examples

### Example 1: Get a note

${request('get_note', 'GET https://graph.microsoft.com/v1.0/me/notes/n1')}<!-- { "blockType": "response", "@odata.type": "microsoft.graph.note" } -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{ "id": "n1", "subject": "Lunch" }
\`\`\`

### Example 2: Get its MIME content

${request('get_note_mime', 'GET https://graph.microsoft.com/v1.0/me/notes/n1/$value')}<!-- { "blockType": "response", "truncated": true } -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: text/plain

${MIME_TEXT}
\`\`\`
`

const updateNote = `---
doc_type: apiPageType
---
# Update note content

Namespace: microsoft.graph

Replace the MIME content of a note.

## HTTP request

\`\`\`http
PUT /me/notes/{id}/$value
\`\`\`

## Request body

In the request body, supply the MIME content of the note.

## Response

If successful, this method returns a \`204 No Content\` response code.

## Example

${request('update_note_mime', 'PUT https://graph.microsoft.com/v1.0/me/notes/n1/$value\nContent-type: text/plain\n', `\n${MIME_TEXT}\n`)}<!-- { "blockType": "response" } -->
\`\`\`http
HTTP/1.1 204 No Content
\`\`\`
`

export const VALUE_ROUTE_PAGES: PageInput[] = [
  { file: 'resources/note.md', text: note },
  { file: 'api/note-get.md', text: getNote },
  { file: 'api/note-update.md', text: updateNote },
]
