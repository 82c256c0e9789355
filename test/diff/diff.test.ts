import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli.js'
import type { ApiChange } from '../../src/diff/api-change.js'

const OLD = 'test/fixtures/diff/old'
const NEW = 'test/fixtures/diff/new'

/** The planted changes between the two revisions: breaking flag, kind, subject. */
const PLANTED = [
  'true route-removed DELETE /widgets/{}',
  'true response-type-changed GET /widgets/{}',
  'true request-type-changed PATCH /widgets',
  'false route-added POST /widgets',
  'false type-added microsoft.graph.gizmoBase',
  'true type-removed microsoft.graph.legacyThing',
  'true base-type-changed microsoft.graph.widget',
  'true property-nullability-changed microsoft.graph.widget.createdDateTime',
  'false property-added microsoft.graph.widget.label',
  'true property-cardinality-changed microsoft.graph.widget.name',
  'true property-type-changed microsoft.graph.widget.size',
  'true property-removed microsoft.graph.widget.tags',
  'true enum-member-removed microsoft.graph.widgetColor.blue',
  // widgetColor has no unknownFutureValue sentinel: a new member reaches clients with exhaustive switches
  'true enum-member-added microsoft.graph.widgetColor.yellow',
]

function capture() {
  let out = ''
  const io = {
    out: (t: string) => {
      out += t
    },
    err: () => undefined,
  }
  return { io, out: () => out }
}

describe('doc2ts diff', () => {
  it('lists exactly the planted changes, breaking ones flagged, and exits 1', async () => {
    const c = capture()
    expect(await main(['diff', OLD, NEW, '--format', 'json'], c.io)).toBe(1)
    const changes = JSON.parse(c.out()) as ApiChange[]
    expect(changes.map((change) => `${change.breaking} ${change.kind} ${change.subject}`)).toEqual(PLANTED)
  })

  it('reports nothing and exits 0 for identical docs', async () => {
    const c = capture()
    expect(await main(['diff', OLD, OLD, '--format', 'json'], c.io)).toBe(0)
    expect(JSON.parse(c.out())).toEqual([])
  })

  it('prints one line per change in text', async () => {
    const c = capture()
    await main(['diff', OLD, NEW], c.io)
    expect(c.out()).toMatch(/^BREAKING both +property-removed +Property tags was removed/m)
    expect(c.out()).toMatch(/^ {8} +property-added +Property label was added/m)
    expect(c.out().trim().split('\n')).toHaveLength(PLANTED.length)
  })

  it('exits 2 without two folders', async () => {
    expect(await main(['diff', OLD], capture().io)).toBe(2)
  })
})
