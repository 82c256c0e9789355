/**
 * `watch` with a config of several jobs (a monorepo's package writing a full output and a browser
 * subset): it ran one job only, so the others' outputs went stale without notice. Every job runs
 * first, and a save runs each job over the docs it changed, one after another.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Io } from '../../src/cli/streams.js'
import { watchCommand } from '../../src/cli/watch.js'

const work = mkdtempSync(join(tmpdir(), 'doc2ts-watch-jobs-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const PAGE = 'resources/intune-enrollment-importedwindowsautopilotdeviceidentity.md'

describe('watch with a config of two jobs', () => {
  it('runs both first, and both again on a save', async () => {
    const dir = join(work, 'package')
    mkdirSync(dir)
    cpSync('input-docs', join(dir, 'docs'), { recursive: true })
    const config = join(dir, 'doc2ts.config.json')
    writeFileSync(
      config,
      JSON.stringify({
        docs: 'docs',
        jobs: {
          full: { out: 'gen/full', outputs: ['types'] },
          web: { out: 'gen/web', outputs: ['openapi'] },
        },
      }),
    )
    const lines: string[] = []
    const stop = new AbortController()
    let saved = false
    const io: Io = {
      out: () => {},
      err: (text) => {
        lines.push(...text.split('\n').filter(Boolean))
        if (text.startsWith('doc2ts: watching ') && !saved) {
          saved = true
          // The save: a property's description, which both outputs print.
          const page = join(dir, 'docs', PAGE)
          const before = readFileSync(page, 'utf8')
          writeFileSync(
            page,
            before.replace('|Order Id of the Windows autopilot device.|', '|Order Id, edited.|'),
          )
        }
        if (lines.filter((line) => / page\(s\) changed, /.test(line)).length === 2) stop.abort()
      },
      isTTY: false,
    }
    expect(await watchCommand(['--config', config, '--no-cache'], io, stop.signal)).toBe(0)
    expect(lines.filter((line) => /^doc2ts: job (full|web)$/.test(line))).toEqual([
      'doc2ts: job full',
      'doc2ts: job web',
      'doc2ts: job full',
      'doc2ts: job web',
    ])
    expect(readFileSync(join(dir, 'gen/full/types/index.ts'), 'utf8')).toContain('Order Id, edited.')
    expect(readFileSync(join(dir, 'gen/web/openapi.json'), 'utf8')).toContain('Order Id, edited.')
  }, 60_000)
})
