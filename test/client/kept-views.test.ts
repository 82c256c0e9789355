/**
 * A lasting session keeps each of the client's method views for the next emit: an emit of the
 * same operations finds every one of them, even those of an operation documented at more paths
 * than the memo keeps views per owner (each was pushed out by the operation's other paths, and
 * every save made them again).
 */
import { expect, it } from 'vitest'
import { ClientMemo } from '../../src/emit/client/client-memo.js'
import { emitClient } from '../../src/emit/client/emit-client.js'
import { assignTsNames } from '../../src/emit/type-names.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { model, operation } from '../support/inline-operations.js'

it('finds again the views of an operation documented at many paths', () => {
  const paths = Array.from({ length: 12 }, (_, index) => `/places${index}/widgets`)
  const api = model([operation('list-widgets', 'GET', ...paths)])
  const [names, shapes] = [assignTsNames(api), shapeApi(api)]
  const kept = { memo: new ClientMemo(), namesKey: 'names' }
  const emit = () => emitClient(api, names, shapes, kept)
  const first = emit()
  // Every view found again: the files are the last emit's, not made again.
  expect(emit()).toBe(first)
})
