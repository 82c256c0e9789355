/** `watch` prints its first run's diagnostics as `generate` does: a short summary by default. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SUMMARY_ERROR_LINES } from '../../src/cli/report.js'
import type { Io } from '../../src/cli/streams.js'
import { watchCommand } from '../../src/cli/watch.js'
import { docsWithErrors } from '../support/docs-with-errors.js'

const work = mkdtempSync(join(tmpdir(), 'doc2ts-watch-diagnostics-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs the watch until its first run is done (it says it is watching), then stops it. */
async function firstRun(args: string[]): Promise<string[]> {
  const text: string[] = []
  const stop = new AbortController()
  const io: Io = {
    out: () => {},
    err: (line) => {
      text.push(line)
      // Said right before the watch waits for the signal.
      if (line.startsWith('doc2ts: watching ')) setImmediate(() => stop.abort())
    },
    isTTY: false,
  }
  expect(await watchCommand(args, io, stop.signal)).toBe(0)
  return text.join('').split('\n').filter(Boolean)
}

describe('watch', () => {
  const docs = docsWithErrors(work, SUMMARY_ERROR_LINES + 5)

  it('summarises the first run’s diagnostics by default', async () => {
    const lines = await firstRun([docs, '--out', join(work, 'summary'), '--no-cache'])
    expect(lines).toContain(`doc2ts: errors by code: invalid-json ${SUMMARY_ERROR_LINES + 5}`)
    expect(lines.filter((line) => /^\S+:\d+:\d+ error /.test(line))).toHaveLength(SUMMARY_ERROR_LINES)
    expect(lines.filter((line) => /^\S+:\d+:\d+ warning /.test(line))).toEqual([])
  })

  it('prints every diagnostic with --diagnostics all, and none with none', async () => {
    const all = await firstRun([docs, '--out', join(work, 'all'), '--no-cache', '--diagnostics', 'all'])
    expect(all.filter((line) => /^\S+:\d+:\d+ error /.test(line))).toHaveLength(SUMMARY_ERROR_LINES + 5)
    const none = await firstRun([docs, '--out', join(work, 'none'), '--no-cache', '--diagnostics', 'none'])
    expect(none.filter((line) => /^\S+:\d+:\d+ /.test(line))).toEqual([])
  })
})
