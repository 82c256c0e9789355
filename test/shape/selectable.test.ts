/** The names `$select` may ask of a type: its own and inherited properties, every derived type's, and `id`. */
import { expect, it } from 'vitest'
import type { ApiModel } from '../../src/model.js'
import { collectDerivedTypes } from '../../src/shape/derived-types.js'
import { selectableNamesOf } from '../../src/shape/selectable.js'

const type = (name: string, properties: string[], base?: string, openType = false) => ({
  kind: 'object',
  name,
  qualifiedName: `ns.${name}`,
  properties: properties.map((property) => ({ name: property })),
  ...(base ? { baseType: { kind: 'named', name: base, resolved: `ns.${base}` } } : {}),
  ...(openType ? { openType } : {}),
})
const types = [
  type('item', ['name']),
  type('file', ['size'], 'item'),
  type('photo', ['width', 'name'], 'file'),
  type('folder', ['childCount'], 'item'),
  type('bag', ['label']),
  type('openBag', ['x'], 'bag', true),
]
const model = {
  types: Object.fromEntries(types.map((each) => [each.qualifiedName, each])),
  undocumented: {},
} as unknown as ApiModel
const selectable = selectableNamesOf(model, collectDerivedTypes(model))

it.each([
  ['ns.item', ['childCount', 'id', 'name', 'size', 'width']],
  ['ns.file', ['id', 'name', 'size', 'width']],
  ['ns.photo', ['id', 'name', 'size', 'width']],
  ['ns.folder', ['childCount', 'id', 'name']],
  ['ns.bag', undefined], // a derived open type takes any name
])('%s → %j', (name, expected) => {
  expect(selectable(name)).toEqual(expected)
})
