/** `generate` as a build step: exit codes, the default summary, and wrong paths that never empty an output. */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SUMMARY_ERROR_LINES } from '../../src/cli/report.js'
import { main } from '../../src/cli.js'
import type { Diagnostic } from '../../src/model.js'
import { docsWithErrors } from '../support/docs-with-errors.js'

const work = mkdtempSync(join(tmpdir(), 'doc2ts-exit-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const WITH_ERRORS = 'test/fixtures/check/docs'

async function run(argv: string[]) {
  const err: string[] = []
  const code = await main(argv, { out: () => {}, err: (t) => err.push(t) })
  return { code, lines: err.join('').split('\n').filter(Boolean) }
}

describe('generate exit codes', () => {
  it('exits 0 when the outputs are written, whatever the docs’ own errors; --strict exits 1', async () => {
    const out = join(work, 'out-errors')
    const plain = await run(['generate', WITH_ERRORS, '--out', out, '--no-cache'])
    expect(plain.code).toBe(0)
    expect(plain.lines.some((line) => / error /.test(line))).toBe(true)
    expect(readdirSync(out)).toContain('model.json')
    expect((await run(['generate', WITH_ERRORS, '--out', out, '--no-cache', '--check'])).code).toBe(0)
    expect(
      (await run(['generate', WITH_ERRORS, '--out', join(work, 'strict'), '--no-cache', '--strict'])).code,
    ).toBe(1)
  })

  it('--check names each out-of-date file from the working directory, and says why --strict failed', async () => {
    const out = join(work, 'out-check')
    expect((await run(['generate', WITH_ERRORS, '--out', out, '--no-cache'])).code).toBe(0)
    writeFileSync(join(out, 'types/index.ts'), 'edited by hand\n')
    const drift = await run(['generate', WITH_ERRORS, '--out', out, '--no-cache', '--check'])
    expect(drift.code).toBe(1)
    // The output folder is outside the working directory: named by its absolute path.
    expect(drift.lines).toContain(`doc2ts: out of date: ${join(out, 'types/index.ts')}`)
    expect((await run(['generate', WITH_ERRORS, '--out', out, '--no-cache'])).code).toBe(0)
    const strict = await run(['generate', WITH_ERRORS, '--out', out, '--no-cache', '--check', '--strict'])
    expect(strict.code).toBe(1)
    expect(strict.lines).toContainEqual(
      expect.stringMatching(/^doc2ts: --strict: [1-9]\d* error\(s\), \d+ warning\(s\) in the docs$/),
    )
  })

  it('prints a short summary by default: counts by code, at most 20 error lines, how to see all', async () => {
    const docs = docsWithErrors(work, SUMMARY_ERROR_LINES + 15)
    const { code, lines } = await run(['generate', docs, '--out', join(work, 'out-summary'), '--no-cache'])
    expect(code).toBe(0)
    expect(lines.filter((line) => /^\S+:\d+:\d+ error /.test(line))).toHaveLength(SUMMARY_ERROR_LINES)
    expect(lines.filter((line) => /^\S+:\d+:\d+ warning /.test(line))).toEqual([])
    expect(lines).toContainEqual(expect.stringMatching(/^doc2ts: errors by code: invalid-json \d+/))
    expect(lines).toContainEqual(
      expect.stringMatching(/more diagnostic\(s\) not shown; see all with `doc2ts check`/),
    )
    expect(lines.length).toBeLessThanOrEqual(SUMMARY_ERROR_LINES + 6)
  })

  it('--diagnostics all prints every diagnostic and --report writes them all as JSON', async () => {
    const docs = docsWithErrors(work, SUMMARY_ERROR_LINES + 15)
    const report = join(work, 'report.json')
    const all = await run([
      'generate',
      docs,
      '--out',
      join(work, 'out-all'),
      '--no-cache',
      '--diagnostics',
      'all',
      '--report',
      report,
    ])
    const written = JSON.parse(readFileSync(report, 'utf8')) as Diagnostic[]
    const printed = all.lines.filter((line) => /^\S+:\d+:\d+ (error|warning) /.test(line))
    expect(printed).toHaveLength(written.filter((d) => d.severity !== 'info').length)
    expect(written.filter((d) => d.severity === 'error').length).toBeGreaterThanOrEqual(
      SUMMARY_ERROR_LINES + 15,
    )
  })
})

describe('wrong paths are one line and exit 2, and never empty an output', () => {
  const out = join(work, 'kept')

  it.each([
    [
      'an empty docs folder',
      () => {
        mkdirSync(join(work, 'empty'), { recursive: true })
        return join(work, 'empty')
      },
    ],
    [
      'a docs folder without Markdown',
      () => {
        mkdirSync(join(work, 'no-md'), { recursive: true })
        writeFileSync(join(work, 'no-md', 'notes.txt'), 'not a page')
        return join(work, 'no-md')
      },
    ],
  ])('%s', async (_, makeDocs) => {
    expect((await run(['generate', 'input-docs', '--out', out, '--no-cache'])).code).toBe(0)
    const before = readFileSync(join(out, 'types', 'index.ts'), 'utf8')
    const { code, lines } = await run(['generate', makeDocs(), '--out', out, '--no-cache'])
    expect(code).toBe(2)
    expect(lines).toEqual([
      expect.stringMatching(/^doc2ts generate: no Markdown pages .*nothing generated or removed/),
    ])
    expect(readFileSync(join(out, 'types', 'index.ts'), 'utf8')).toBe(before)
  })

  it('an --out under a file', async () => {
    const file = join(work, 'a-file')
    writeFileSync(file, 'x')
    for (const target of [file, join(file, 'out')]) {
      const { code, lines } = await run(['generate', 'input-docs', '--out', target, '--no-cache'])
      expect(code).toBe(2)
      expect(lines).toEqual([
        expect.stringMatching(/^doc2ts generate: cannot use --out .*is a file, not a folder/),
      ])
    }
    expect(readFileSync(file, 'utf8')).toBe('x')
  })

  it('an --out through a symbolic link that leads nowhere, before any work', async () => {
    const dangling = join(work, 'dangling')
    symlinkSync(join(work, 'nowhere'), dangling)
    for (const target of [dangling, join(dangling, 'gen')]) {
      const { code, lines } = await run(['generate', 'input-docs', '--out', target, '--no-cache'])
      expect(code).toBe(2)
      expect(lines).toEqual([
        expect.stringMatching(/^doc2ts generate: cannot use --out .*dangling is a symbolic link to nothing/),
      ])
    }
  })

  it('leaves an output folder untouched when nothing changes (its own entries and time)', async () => {
    const target = join(work, 'untouched')
    expect((await run(['generate', 'input-docs', '--out', target, '--no-cache'])).code).toBe(0)
    const before = { entries: readdirSync(target).sort(), mtime: statSync(target).mtimeMs }
    await new Promise((resolve) => setTimeout(resolve, 20))
    for (const args of [['--check'], []])
      expect((await run(['generate', 'input-docs', '--out', target, '--no-cache', ...args])).code).toBe(0)
    expect({ entries: readdirSync(target).sort(), mtime: statSync(target).mtimeMs }).toEqual(before)
  })

  // Permission bits do not say whether a folder can be made there: root may write anywhere they
  // allow, and /proc refuses every new entry (Node's recursive mkdir then retried forever).
  it.skipIf(!existsSync('/proc/self'))('an --out in a folder where nothing can be made (/proc)', async () => {
    const { code, lines } = await run(['generate', 'input-docs', '--out', '/proc/doc2ts-out', '--no-cache'])
    expect(code).toBe(2)
    expect(lines).toEqual([
      expect.stringMatching(/^doc2ts generate: cannot use --out .*\/proc is not writable/),
    ])
  })

  it('an --out inside the docs folder, or the docs folder itself, also through a symbolic link', async () => {
    const docs = join(work, 'docs-with-out')
    cpSync('input-docs', docs, { recursive: true })
    const pages = readdirSync(docs, { recursive: true }).sort()
    symlinkSync(docs, join(work, 'docs-link'))
    for (const target of [join(docs, 'generated'), docs, join(work, 'docs-link', 'out')]) {
      const { code, lines } = await run(['generate', docs, '--out', target, '--no-cache'])
      expect(code).toBe(2)
      expect(lines).toEqual([
        expect.stringMatching(/^doc2ts generate: cannot use --out .*inside the docs folder/),
      ])
    }
    // Nothing written, not even the output's manifest.
    expect(readdirSync(docs, { recursive: true }).sort()).toEqual(pages)
  })
})

describe('--report never replaces a page or an output', () => {
  it('refuses a report file inside the docs folder or the output folder, writing nothing', async () => {
    const docs = join(work, 'report-docs')
    cpSync('input-docs', docs, { recursive: true })
    const page = join(docs, 'api', readdirSync(join(docs, 'api'))[0] as string)
    const before = readFileSync(page, 'utf8')
    const out = join(work, 'report-out')
    const inDocs = await run(['generate', docs, '--out', out, '--no-cache', '--report', page])
    expect(inDocs.code).toBe(2)
    expect(inDocs.lines).toEqual([
      `doc2ts generate: cannot use --report ${page}: it is inside the docs folder ${docs}; choose a file outside it (see doc2ts generate --help)`,
    ])
    expect(readFileSync(page, 'utf8')).toBe(before)
    expect(existsSync(out)).toBe(false)
    const inOut = await run([
      'generate',
      docs,
      '--out',
      out,
      '--no-cache',
      '--report',
      join(out, 'types', 'index.ts'),
    ])
    expect(inOut.code).toBe(2)
    expect(inOut.lines[0]).toMatch(/cannot use --report .*: it is inside the output folder /)
  })
})
