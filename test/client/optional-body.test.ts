/**
 * An action body the request may leave out (the page calls the action without one, no parameter
 * required) is an optional argument of the client's verb, and one the page sends stays required.
 * Where a required query follows it (`options` then carries the query), the body is `T | undefined`:
 * TypeScript takes no optional argument before a required one. The client compiles under strict.
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { typeCheck, VIRTUAL_OUT } from './compile.js'

/** An action page, after security-ediscoverysearch-estimatestatistics.md (its one body parameter
 *  optional, its example without a body), with a required query parameter added. */
const actionPage = (requestExample: string) => `# widget: reset

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
POST /widgets/{id}/reset?mode={mode}
\`\`\`

## Query parameters
| Parameter | Type | Description |
|:---|:---|:---|
| mode | String | The mode. Required. |

## Request body
| Parameter | Type | Description |
|:---|:---|:---|
| force | Boolean | Whether to force. |

## Response
If successful, this action returns a \`204 No Content\` response code.

## Example
<!-- { "blockType": "request", "name": "widget_reset" } -->
\`\`\`http
${requestExample}
\`\`\`
<!-- { "blockType": "response" } -->
\`\`\`http
HTTP/1.1 204 No Content
\`\`\`
`

function clientErrors(requestExample: string, consumer: string): string[] {
  const files = emitAll(buildModel([{ file: 'api/widget-reset.md', text: actionPage(requestExample) }]))
  const virtual = new Map(files.map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]))
  virtual.set(`${VIRTUAL_OUT}uses.ts`, consumer)
  // An API of no types leaves the client's `import type * as T` unread (under noUnusedLocals only).
  return typeCheck(virtual, [`${VIRTUAL_OUT}uses.ts`]).filter((error) => !error.includes("'T' is declared"))
}

it('leaves out a body the page does not send, before the required query', () => {
  const consumer = `import { createClient } from './client/index.js'
export async function reset() {
  const widget = createClient({ baseUrl: 'http://127.0.0.1:1' }).widgets.byId('w1')
  await widget.reset.post(undefined, { query: { mode: 'hard' } })
  await widget.reset.post({ force: true }, { query: { mode: 'hard' } })
}
`
  expect(
    clientErrors('POST https://graph.microsoft.com/v1.0/widgets/{id}/reset?mode=hard', consumer),
  ).toEqual([])
})

it('requires a body the page sends', () => {
  const consumer = `import { createClient } from './client/index.js'
export async function reset() {
  const widget = createClient({ baseUrl: 'http://127.0.0.1:1' }).widgets.byId('w1')
  await widget.reset.post({ force: true }, { query: { mode: 'hard' } })
  // @ts-expect-error the page sends a body
  await widget.reset.post(undefined, { query: { mode: 'hard' } })
}
`
  const sent =
    'POST https://graph.microsoft.com/v1.0/widgets/{id}/reset?mode=hard\nContent-type: application/json\n\n{ "force": true }'
  expect(clientErrors(sent, consumer)).toEqual([])
})

it('takes null for an optional body parameter, as the server does (a PATCH clears a value so)', () => {
  const consumer = `import { createClient } from './client/index.js'
export async function reset() {
  const widget = createClient({ baseUrl: 'http://127.0.0.1:1' }).widgets.byId('w1')
  await widget.reset.post({ force: null }, { query: { mode: 'hard' } })
}
`
  const sent =
    'POST https://graph.microsoft.com/v1.0/widgets/{id}/reset?mode=hard\nContent-type: application/json\n\n{ "force": true }'
  expect(clientErrors(sent, consumer)).toEqual([])
  const files = emitAll(buildModel([{ file: 'api/widget-reset.md', text: actionPage(sent) }]))
  const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''
  expect(text('client/index.ts')).toContain('post(body: { force?: boolean | null }')
  expect(text('server/handlers.ts')).toContain('{ force?: boolean | null }')
})
