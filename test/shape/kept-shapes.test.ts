/**
 * Operation shapes kept across the emits of a watch session: an unchanged operation keeps its
 * shape object, and an operation whose response type stops being an enum is lowered again (the
 * one fact of other pages a shape reads), though the operation itself is the same object.
 */
import { expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import { KeptShapes, shapeApi } from '../../src/shape/api-shape.js'
import { SHAPE_API, withComplexShelfColor } from '../support/shape-api.js'

const operation = (model: ApiModel, title: string) => {
  const found = model.operations.find((each) => each.title === title)
  if (!found) throw new Error(`no operation titled ${title}`)
  return found
}

/** The shape API's model, linked and shaped as a watch session's first emit. */
async function firstEmit() {
  const pages = (await readDocs(SHAPE_API)).pages
  const session = new Session(true)
  const kept = new KeptShapes()
  const before = session.interner.intern(buildModel(pages))
  return { pages, session, kept, before, shapesBefore: shapeApi(before, kept) }
}

it('keeps an unchanged operation’s shape, and lowers again one whose response type stopped being an enum', async () => {
  const { pages, session, kept, before, shapesBefore } = await firstEmit()
  const colorBefore = shapesBefore.of(operation(before, 'getColor function'))
  const shelvesBefore = shapesBefore.of(operation(before, 'List shelves'))
  expect(colorBefore.response.kind).toBe('value')

  const complex = withComplexShelfColor(pages)
  const after = session.interner.intern(buildModel(complex))
  const shapesAfter = shapeApi(after, kept)
  expect(operation(after, 'getColor function')).toBe(operation(before, 'getColor function'))
  expect(shapesAfter.of(operation(after, 'getColor function')).response.kind).toBe('object')
  expect(shapesAfter.of(operation(after, 'List shelves'))).toBe(shelvesBefore)
  // What is kept is what a fresh lowering gives.
  const fresh = structuredClone(after)
  expect(shapesAfter.of(operation(after, 'List shelves'))).toEqual(
    shapeApi(fresh).of(operation(fresh, 'List shelves')),
  )
})

it('keeps the listings and route owners while they say the same, and makes them again when not', async () => {
  const { pages, session, kept, before, shapesBefore } = await firstEmit()
  const list = operation(before, 'List shelves')
  const route = list.routes[0]
  if (!route) throw new Error('List shelves has no route')
  expect(shapesBefore.ownerOf(route)).toBe(list)
  const owners = kept.ownersOf(before.operations, shapesBefore.listings(), shapesBefore.baseTypes())

  // Another type's shape, the same operations and listings: the very listings and owners.
  const after = session.interner.intern(buildModel(withComplexShelfColor(pages)))
  const shapesAfter = shapeApi(after, kept)
  expect(shapesAfter.listings()).toBe(shapesBefore.listings())
  expect(shapesAfter.baseTypes()).toBe(shapesBefore.baseTypes())
  expect(shapesAfter.ownerOf(route)).toBe(list)
  expect(kept.ownersOf(after.operations, shapesAfter.listings(), shapesAfter.baseTypes())).toBe(owners)

  // The page gone: its route has no owner any more, as a fresh build says.
  const without = session.interner.intern(buildModel(pages.filter((page) => page.file !== list.file)))
  const shapesWithout = shapeApi(without, kept)
  expect(shapesWithout.ownerOf(route)).toBeUndefined()
  expect(shapeApi(structuredClone(without)).ownerOf(route)).toBeUndefined()
})

it('derives the root aliases and namespaces once for the server and the checks: kept for the same operation list, shared by a view of the model', async () => {
  const { pages, session, kept, before, shapesBefore } = await firstEmit()
  const aliases = shapesBefore.rootAliases()
  expect(shapesBefore.namespaces()).toEqual(
    [...new Set(Object.values(before.types).map((type) => type.namespace))].sort(),
  )
  // The build's view with the docs' diagnostics (what emit reads) shares them.
  const view = shapesBefore.through({ ...before, diagnostics: [] })
  expect(view.rootAliases()).toBe(aliases)
  expect(view.namespaces()).toBe(shapesBefore.namespaces())

  // Another type's shape, the same operations: the very aliases.
  const after = session.interner.intern(buildModel(withComplexShelfColor(pages)))
  expect(after.operations).toBe(before.operations)
  expect(shapeApi(after, kept).rootAliases()).toBe(aliases)
})
