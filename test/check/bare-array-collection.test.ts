/**
 * A collection response shown as a bare array is reported where it is written, as the other
 * collection mismatches are: Graph beta's api/search-searchentity-list-bookmarks.md
 * (test/fixtures/real-trees/graph-beta-today) shows `[ { … } ]` where Graph sends
 * `{ "value": [ … ] }` (the mock and openapi.json carry it so; the page stays wrong).
 */
import { expect, it } from 'vitest'
import { readDocs } from '../../src/read-docs.js'
import { checkDocs } from '../support/check-docs.js'

it('reports a bare array shown for a collection response at its line', async () => {
  const docs = await readDocs('test/fixtures/real-trees/graph-beta-today/docs')
  const { diagnostics } = await checkDocs(docs.pages)
  const found = diagnostics.filter(
    (d) =>
      d.code === 'example-collection-mismatch' && d.file.endsWith('search-searchentity-list-bookmarks.md'),
  )
  expect(found.map((d) => `${d.line} ${d.message}`)).toEqual([
    '108 Unexpected bare array as response body, expected a collection `{ "value": [ … ] }` of microsoft.graph.search.bookmark, as Graph sends it',
  ])
})
