import { describe, expect, it } from 'vitest'
import type { ApiModel, Diagnostic, OperationDef } from '../../src/model.js'
import type { PageInput } from '../../src/read-docs.js'
import { readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import { checkDocs } from '../support/check-docs.js'

/**
 * The runs of one watch session: an unchanged page keeps its parsed (frozen) page model, and the
 * linked model is interned, so the checks meet last run's objects wherever nothing changed.
 */
function watchSession(): (
  pages: readonly PageInput[],
) => Promise<{ model: ApiModel; diagnostics: Diagnostic[] }> {
  const session = new Session(true)
  return (pages) => checkDocs(pages, [], session)
}

const FANCY_WIDGET = `---
title: "fancyWidget resource type"
doc_type: resourcePageType
---

# fancyWidget resource type

Namespace: microsoft.graph

## Properties

| Property | Type | Description |
|:---|:---|:---|
| colour | String | The colour, spelt the British way. |

## JSON representation

<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.fancyWidget", "baseType": "microsoft.graph.widget" } -->
\`\`\`json
{
  "colour": "String"
}
\`\`\`
`

type Edit = (pages: Map<string, string>) => void
const replace =
  (file: string, from: string, to: string): Edit =>
  (pages) => {
    const text = pages.get(file) ?? ''
    expect(text).toContain(from)
    pages.set(file, text.replace(from, to))
  }

/** Edits made one after the other, each changing what the checks report on a page it leaves alone. */
const EDITS: [string, Edit][] = [
  [
    'a property type an unchanged example uses',
    replace('resources/widget.md', '| size | Int32 |', '| size | String |'),
  ],
  [
    'the base type of the type an unchanged example’s @odata.type names',
    replace(
      'resources/gadget.md',
      '"@odata.type": "microsoft.graph.gadget",',
      '"@odata.type": "microsoft.graph.gadget",\n  "baseType": "microsoft.graph.widget",',
    ),
  ],
  [
    // gadget-get's `{ "value": { … } }` is a wrapper only while gadget's family has no `value`.
    'a property of the base type of the type an unchanged example names',
    replace('resources/widget.md', '| size | String |', '| value | String | A value. |\n| size | String |'),
  ],
  [
    'a new type derived from the type of an unchanged example’s body',
    (pages) => pages.set('resources/fancywidget.md', FANCY_WIDGET),
  ],
  [
    'a type put between the Response sentence’s type and the annotation’s of an unchanged page',
    (pages) => {
      replace('resources/gadget.md', '"microsoft.graph.widget",', '"microsoft.graph.fancyWidget",')(pages)
      replace('resources/gadget.md', '| label | String | The label again. |\n', '')(pages)
    },
  ],
  [
    // gadget-get's sentence says widget, its annotation gadget: no longer a base type of it.
    'the base type of the type between them',
    replace('resources/fancywidget.md', '"microsoft.graph.widget"', '"microsoft.graph.entity"'),
  ],
  [
    // widget-update's response that leaves members out is told which: no longer `tags`.
    'the members the JSON representation of the type of an unchanged example requires',
    replace(
      'resources/widget.md',
      '"optionalProperties": ["createdDateTime"]',
      '"optionalProperties": ["createdDateTime", "tags"]',
    ),
  ],
  [
    'the heading of another page that an unchanged page links to',
    replace('resources/widget.md', '## Relationships', '## Navigation'),
  ],
  [
    'the page an unchanged page links to added',
    (pages) => pages.set('api/widget-remove.md', '# Remove widget\n\nRemove a widget.\n'),
  ],
]

describe('the checks across the saves of a watch session', async () => {
  const docs = await readDocs('test/fixtures/check/docs')
  const original = new Map(docs.pages.map((page) => [page.file, page.text]))
  // A link into another page's headings, for an edit of that page to break.
  replace(
    'api/widget-get.md',
    'object.\n',
    'object, and its [relationships](../resources/widget.md#relationships).\n',
  )(original)
  const inputs = (pages: Map<string, string>) =>
    [...pages].map(([file, text]) => ({ file, text })).sort((a, b) => a.file.localeCompare(b.file))
  const widgetGet = (model: ApiModel): OperationDef | undefined =>
    model.operations.find((operation) => operation.examples[0]?.position.file === 'api/widget-get.md')

  it('report exactly what a fresh check reports after each edit, and after undoing them', async () => {
    const check = watchSession()
    const pages = new Map(original)
    let last = await check(inputs(pages))
    const first = last.diagnostics
    expect(first).toEqual((await checkDocs(inputs(pages))).diagnostics)
    for (const [what, edit] of EDITS) {
      edit(pages)
      const next = await check(inputs(pages))
      expect(next.diagnostics, what).toEqual((await checkDocs(inputs(pages))).diagnostics)
      expect(next.diagnostics, what).not.toEqual(last.diagnostics)
      last = next
    }
    const undone = await check(inputs(original))
    expect(undone.diagnostics).toEqual(first)
  })

  it('meet the unchanged operation as the same object when a type its example uses changed', async () => {
    const check = watchSession()
    const pages = new Map(original)
    const before = await check(inputs(pages))
    ;(EDITS[0] as [string, Edit])[1](pages)
    const after = await check(inputs(pages))
    expect(widgetGet(after.model)).toBe(widgetGet(before.model))
    const added = after.diagnostics.filter((d) => !before.diagnostics.some((b) => b.message === d.message))
    expect(added.map((d) => `${d.file} ${d.code}`)).toContain('api/widget-get.md example-type-mismatch')
  })
})
