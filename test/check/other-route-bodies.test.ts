/**
 * example-bodies leaves alone a request example that calls another route than its page's (which
 * example-route-mismatch reports) and the response answering it: its body is another call's.
 * Excerpt of the sample's api/rangeformat-update.md and resources/rangeformat.md (cut short,
 * test/fixtures/verify-other-route): the font example sends a workbookRangeFont to `…/format/font`,
 * not the page's workbookRangeFormat.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/model.js'
import { Session } from '../../src/session/index.js'
import { ROOT } from '../server/helpers.js'
import { checkDocs } from '../support/check-docs.js'

const FIXTURE = `${ROOT}test/fixtures/verify-other-route`
const UPDATE = readFileSync(`${FIXTURE}/api/rangeformat-update.md`, 'utf8')
const RANGE_FORMAT = readFileSync(`${FIXTURE}/resources/rangeformat.md`, 'utf8')

const exampleFindings = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => d.code.startsWith('example-')).map((d) => `${d.line} ${d.code}`)

describe('example-bodies on an example calling another route', () => {
  it("judges neither its body nor its answer by the page's operation", async () => {
    const { diagnostics } = await checkDocs([
      { file: 'api/rangeformat-update.md', text: UPDATE },
      { file: 'resources/rangeformat.md', text: RANGE_FORMAT },
    ])
    expect(exampleFindings(diagnostics)).toEqual(['51 example-route-mismatch'])
  })

  it("judges the page's own call's body", async () => {
    const { diagnostics } = await checkDocs([
      { file: 'api/rangeformat-update.md', text: UPDATE.replace('"wrapText": false', '"bold": false') },
      { file: 'resources/rangeformat.md', text: RANGE_FORMAT },
    ])
    expect(exampleFindings(diagnostics)).toEqual(['39 example-unknown-property', '51 example-route-mismatch'])
  })
})

describe('example-bodies across the saves of a watch session', () => {
  // A page documenting `/me` beside `/users/{id}` pairs the two roots (`rootAliases`): the unchanged
  // widget page's `/users/abc/widgets` then calls its `/me/widgets`, and its body is judged.
  const api = (requestLines: string, example: string, body = '{ "name": "a" }') => `---
doc_type: apiPageType
---

# Update widget

## HTTP request

\`\`\`http
${requestLines}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and an updated [widget](../resources/widget.md) object in the response body.

## Examples

### Request

<!-- { "blockType": "request", "name": "update_widget" } -->
\`\`\`http
${example}
Content-Type: application/json

${body}
\`\`\`
`
  const widget = {
    file: 'resources/widget.md',
    text: `---\ndoc_type: resourcePageType\n---\n# widget resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|name|String||\n`,
  }
  const widgets = {
    file: 'api/widget-update.md',
    text: api(
      'PATCH /me/widget',
      'PATCH https://graph.microsoft.com/v1.0/users/abc/widget',
      '{ "colour": "red" }',
    ),
  }
  const pairing = ['', '/events', '/messages'].map((path, index) => ({
    file: `api/user-get-${index}.md`,
    text: api(
      `PATCH /me${path}\nPATCH /users/{id}${path}`,
      `PATCH https://graph.microsoft.com/v1.0/me${path}`,
    ),
  }))
  const unknown = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.filter((d) => d.code === 'example-unknown-property').map((d) => d.file)

  it('reports what a fresh check reports after each save', async () => {
    const session = new Session(true)
    const saves = [
      [widget, widgets],
      [widget, widgets, ...pairing],
      [widget, widgets],
    ]
    const seen: string[][] = []
    for (const pages of saves) {
      const watched = unknown((await checkDocs(pages, [], session)).diagnostics)
      expect(watched).toEqual(unknown((await checkDocs(pages)).diagnostics))
      seen.push(watched)
    }
    expect(seen).toEqual([[], ['api/widget-update.md'], []])
  })
})
