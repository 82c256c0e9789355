/**
 * The docs' examples are read once per session: link begins the reads (the objects a body shows
 * that name their type), and the operation shapes and the checks read the same ones, instead of
 * parsing the body and the URL again.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractPages } from '../../src/build/in-memory.js'
import { extractFromPage } from '../../src/extract/index.js'
import { linkModel } from '../../src/link/index.js'
import type { Draft, ExampleDef } from '../../src/model.js'
import { readPage } from '../../src/parse/page.js'
import { readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { ExampleReads } from '../../src/shape/examples.js'
import { SHAPE_API } from '../support/shape-api.js'

const position = { file: 'api/user-list-events.md', line: 97, column: 1 }

describe('ExampleReads', () => {
  it("gives the shapes the session's reads, those link began", async () => {
    const session = new Session()
    const model = linkModel(extractPages((await readDocs(SHAPE_API)).pages), session.link)
    const shapes = shapeApi(model, undefined, session.examples)
    const examples = model.operations.flatMap((operation) =>
      operation.examples.map((example, index) => ({ example, shown: shapes.of(operation).examples[index] })),
    )
    expect(examples.length).toBeGreaterThan(0)
    for (const { example, shown } of examples) expect(shown).toBe(session.examples.of(example))
  })

  it('reads a response body for extract through the reads the page checks get', () => {
    // What each example was asked for, through the reads extract was given.
    const asked = new Set<ExampleDef>()
    const reads = new (class extends ExampleReads {
      override of(example: ExampleDef) {
        asked.add(example)
        return super.of(example)
      }
    })()
    const file = 'api/shelf-create.md'
    const model = extractFromPage(readPage(file, readFileSync(join(SHAPE_API, file), 'utf8')), reads)
    const response = model.operations[0]?.examples.find((example) => example.kind === 'response')
    expect(response && asked.has(response)).toBe(true)
  })

  it("reads a request's URL as the path and query it asks for", () => {
    // The request example of api-reference/v1.0/api/user-list-events.md.
    const example: ExampleDef = {
      kind: 'request',
      method: 'GET',
      url: 'https://graph.microsoft.com/v1.0/me/events?$select=subject,body,bodyPreview,organizer,attendees,start,end,location',
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
      position,
    }
    expect(new ExampleReads().of(example)).toEqual({
      example,
      body: { kind: 'empty' },
      target: {
        target: '/me/events?$select=subject,body,bodyPreview,organizer,attendees,start,end,location',
        path: '/me/events',
        query: '$select=subject,body,bodyPreview,organizer,attendees,start,end,location',
        segments: ['me', 'events'],
      },
    })
  })

  it('reads an example again once its body was edited in place (an unfrozen draft)', () => {
    const reads = new ExampleReads()
    const example: Draft<ExampleDef> = {
      kind: 'response',
      status: 200,
      headers: {},
      bodyText: '{ "id": "1" }',
      position,
    }
    const first = reads.of(example)
    expect(reads.of(example)).toBe(first)
    example.bodyText = '{ "id": "2" }'
    expect(reads.of(example).body).toEqual({ kind: 'json', value: { id: '2' } })
  })
})
