import { describe, expect, it } from 'vitest'
import type { ApiChange } from '../../src/diff/api-change.js'
import { runCli } from '../support/run-cli.js'

const OLD = 'test/fixtures/diff/old'
const NEW = 'test/fixtures/diff/new'

/** The planted changes between the two revisions: breaking flag, kind, subject. */
const PLANTED = [
  'true route-removed DELETE /widgets/{id}',
  'true response-type-changed GET /widgets/{id}',
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

describe('doc2ts diff', () => {
  it('lists exactly the planted changes, breaking ones flagged, and exits 1', async () => {
    const { code, out } = await runCli('diff', OLD, NEW, '--format', 'json')
    expect(code).toBe(1)
    const changes = JSON.parse(out) as ApiChange[]
    expect(changes.map((change) => `${change.breaking} ${change.kind} ${change.subject}`)).toEqual(PLANTED)
    // Removals point into the old docs, everything else into the new.
    expect(changes.filter((c) => c.revision === 'old').map((c) => `${c.kind} ${c.file}:${c.line}`)).toEqual([
      'route-removed api/widget-delete.md:23',
      'type-removed resources/legacything.md:7',
      'property-removed resources/widget.md:27',
      'enum-member-removed resources/widgetcolor.md:19',
    ])
  })

  it('reports nothing and exits 0 for identical docs', async () => {
    const { code, out } = await runCli('diff', OLD, OLD, '--format', 'json')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual([])
  })

  it('prints one line per change in text', async () => {
    const { out } = await runCli('diff', OLD, NEW)
    expect(out).toMatch(/^BREAKING both +property-removed +Property tags was removed/m)
    expect(out).toMatch(/^ {8} +property-added +Property label was added/m)
    expect(out.trim().split('\n')).toHaveLength(PLANTED.length)
  })

  it('exits 2 without two folders', async () => {
    expect((await runCli('diff', OLD)).code).toBe(2)
  })
})
