import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ApiChange } from '../../src/diff/api-change.js'
import { runCli } from '../support/run-cli.js'

/**
 * Two revisions of a small docs tree with exactly these changes planted: an evolvable enum
 * (`gadgetStatus`, has `unknownFutureValue`) and a plain one (`gadgetColor`) each gaining a member,
 * a property renamed in case only, a new required and a new optional action parameter, and a
 * property turned read-only.
 */
const OLD = 'test/fixtures/diff/graph-policy/old'
const NEW = 'test/fixtures/diff/graph-policy/new'

/** breaking, breaks, kind, subject; and the new docs' line the change is at (found by its text). */
const PLANTED: [string, string, string][] = [
  [
    'false - parameter-added POST /gadgets/{id}/activate (comment)',
    'api/gadget-activate.md',
    '| comment | String |',
  ],
  [
    'true request parameter-added POST /gadgets/{id}/activate (mode)',
    'api/gadget-activate.md',
    '| mode | String |',
  ],
  [
    'true request property-read-only-changed microsoft.graph.gadget.createdBy',
    'resources/gadget.md',
    '| createdBy |',
  ],
  [
    'true both property-case-changed microsoft.graph.gadget.serialNumber',
    'resources/gadget.md',
    '| serialNumber |',
  ],
  ['true response enum-member-added microsoft.graph.gadgetColor.blue', 'resources/gadgetcolor.md', '|blue|'],
  [
    'false - enum-member-added microsoft.graph.gadgetStatus.retired',
    'resources/gadgetstatus.md',
    '|retired|',
  ],
]

function diff(format: string) {
  return runCli('diff', OLD, NEW, '--format', format)
}

function lineOf(file: string, text: string): number {
  const lines = readFileSync(`${NEW}/${file}`, 'utf8').split('\n')
  const index = lines.findIndex((line) => line.startsWith(text))
  expect(index, `${text} in ${file}`).toBeGreaterThanOrEqual(0)
  return index + 1
}

describe('doc2ts diff applies Graph’s breaking-change rules', () => {
  it('lists exactly the planted changes as JSON, breaking ones flagged with their side, and exits 1', async () => {
    const { code, out } = await diff('json')
    expect(code).toBe(1)
    const changes = JSON.parse(out) as ApiChange[]
    expect(changes.map((c) => `${c.breaking} ${c.breaks ?? '-'} ${c.kind} ${c.subject}`)).toEqual(
      PLANTED.map(([summary]) => summary),
    )
    expect(changes.map((c) => [c.revision, c.file, c.line])).toEqual(
      PLANTED.map(([, file, text]) => ['new', file, lineOf(file, text)]),
    )
    expect(changes.find((c) => c.kind === 'property-case-changed')).toMatchObject({
      old: 'serialnumber',
      new: 'serialNumber',
    })
    expect(changes.find((c) => c.subject.endsWith('.retired'))?.message).toMatch(
      /after its unknownFutureValue/,
    )
  })

  it('prints a Markdown table with one row per change', async () => {
    const { code, out } = await diff('markdown')
    expect(code).toBe(1)
    const rows = out.trimEnd().split('\n')
    expect(rows.slice(0, 2)).toEqual([
      '| Change | Subject | Breaking | Breaks | Details |',
      '|---|---|---|---|---|',
    ])
    expect(rows.slice(2).map((row) => row.split(' | ').slice(0, 3))).toEqual(
      PLANTED.map(([summary]) => {
        const [breaking, , kind, ...subject] = summary.split(' ')
        return [`| ${kind}`, `\`${subject.join(' ')}\``, breaking === 'true' ? '**yes**' : 'no']
      }),
    )
  })

  it('annotates each change at its file and line, relative to the working directory', async () => {
    const { code, out } = await diff('github')
    expect(code).toBe(1)
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((line) => /^::(\w+) file=([^,]+),line=(\d+),/.exec(line)?.slice(1)),
    ).toEqual(
      PLANTED.map(([summary, file, text]) => [
        summary.startsWith('true') ? 'error' : 'notice',
        `${NEW}/${file}`,
        String(lineOf(file, text)),
      ]),
    )
  })

  it('finds nothing between a revision and itself, and exits 0', async () => {
    expect(await runCli('diff', NEW, NEW, '--format', 'markdown')).toMatchObject({
      code: 0,
      out: 'No API changes.\n',
    })
  })

  it('exits 2 on an unknown format', async () => {
    expect((await runCli('diff', OLD, NEW, '--format', 'xml')).code).toBe(2)
  })
})
