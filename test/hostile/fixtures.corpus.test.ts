/**
 * `generate` on test/fixtures/hostile plus big and broken files made here (a 20,000-row table, a
 * 3 MB line, a request block of 400,000 blank lines, deep nesting, JSON 10,000 deep, binary, non-UTF-8, oversize, BOM + CRLF): exits 0 or 1 (a hang fails the setup), names every
 * bad file, writes nothing outside --out, the output compiles under `tsc --strict`, importing it
 * runs nothing from the docs, and the generated server refuses hostile requests.
 */

import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { main } from '../../src/cli.js'
import { MAX_PAGE_BYTES } from '../../src/read-docs.js'
import { shownPath } from '../../src/shown-paths.js'
import {
  compileErrors,
  type ImportRun,
  importInChild,
  OUT_ROOT,
  REPO,
  SENTINEL,
  transpileTree,
} from './generated-code.js'

const base = mkdtempSync(join(tmpdir(), 'doc2ts-hostile-'))
const docs = join(base, 'docs')
const out = join(OUT_ROOT, 'fixtures')
const jsOut = join(OUT_ROOT, 'fixtures-js')
const SEED = 'resources/intune-enrollment-importedwindowsautopilotdeviceidentity.md'

const resourcePage = (name: string, body: string) =>
  `---\ntitle: "${name} resource type"\ndoc_type: resourcePageType\n---\n\n# ${name} resource type\n\nNamespace: microsoft.graph\n\n${body}\n`

/** Pages too big or too broken to commit, written into the temp copy of the fixtures. */
function addGeneratedPages() {
  const rows = Array.from({ length: 20_000 }, (_, i) => `|p${i}|String|Property ${i}. \`*/\` ${SENTINEL}|`)
  writeFileSync(
    join(docs, 'resources/big-table.md'),
    resourcePage('bigTable', `## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n${rows.join('\n')}`),
  )
  writeFileSync(
    join(docs, 'resources/long-line.md'),
    resourcePage(
      'longLine',
      `## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|a|String|${`${'x'.repeat(996)}*/\${`.repeat(3000)}|`,
    ),
  )
  writeFileSync(
    join(docs, 'resources/deep-nesting.md'),
    resourcePage(
      'deepNesting',
      `${'> '.repeat(100_000)}quote\n\n## Properties\n${'- '.repeat(50_000)}list\n\n|Property|Type|Description|\n|:--|:--|:--|\n|a|String|${'*a _b '.repeat(5000)}|`,
    ),
  )
  // A request block of 400,000 blank lines: each once looked ahead to the next written line.
  writeFileSync(
    join(docs, 'api/blank-request-block.md'),
    `---\ndoc_type: apiPageType\n---\n\n# Get a\n\n## HTTP request\n\n\`\`\`http\nGET /a\n${'\n'.repeat(400_000)}GET /b\n\`\`\`\n`,
  )
  // JSON nested 10,000 deep, valid: every reader that walks a value level by level overflowed.
  const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`
  writeFileSync(
    join(docs, 'api/deep-json.md'),
    `# Get deep\n\n## HTTP request\n\n\`\`\`http\nGET /deep\n\`\`\`\n\n## Example\n\n<!-- { "blockType": "request", "name": "get_deep" } -->\n\n\`\`\`http\nGET https://graph.microsoft.com/v1.0/deep\n\`\`\`\n\n<!-- { "blockType": "response" } -->\n\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n${deep}\n\`\`\`\n`,
  )
  writeFileSync(
    join(docs, 'resources/deep-json.md'),
    resourcePage(
      'deepJson',
      `## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.deepJson" } -->\n\n\`\`\`json\n{ "a": ${deep} }\n\`\`\``,
    ),
  )
  writeFileSync(join(docs, 'resources/binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
  writeFileSync(join(docs, 'resources/latin1.md'), Buffer.from('# caf\xe9 resource type\n', 'latin1'))
  writeFileSync(join(docs, 'resources/oversize.md'), 'x'.repeat(MAX_PAGE_BYTES + 1))
  const seed = readFileSync(join(REPO, 'input-docs', SEED), 'utf8')
  writeFileSync(join(docs, 'resources/bom-crlf.md'), `\uFEFF${seed.replace(/\n/g, '\r\n')}`)
}

/** Every file below `dir` with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path] = createHash('sha256').update(readFileSync(path)).digest('hex')
  }
  return files
}

const lines: string[] = []
let exitCode: number
let before: Record<string, string>

beforeAll(async () => {
  cpSync(join(REPO, 'test/fixtures/hostile'), docs, { recursive: true })
  addGeneratedPages()
  rmSync(out, { recursive: true, force: true })
  rmSync(jsOut, { recursive: true, force: true })
  before = snapshot(base)
  exitCode = await main(['generate', docs, '--out', out, '--diagnostics', 'all'], {
    out: (text) => lines.push(text),
    err: (text) => lines.push(text),
  })
  // A page that sent a reader into runaway backtracking would exceed this hook's time limit; how
  // fast generate is belongs to the benchmark, not to a timed assertion on a shared machine.
}, 120_000)

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('generate on hostile docs', () => {
  it('exits 0 or 1', () => {
    expect([0, 1]).toContain(exitCode)
  })

  it.each([
    'resources/binary.md',
    'resources/latin1.md',
    'resources/oversize.md',
    'resources/invalid-json.md',
    'resources/broken-table.md',
    'resources/cycle-a.md',
    'resources/duplicate-2.md',
    'resources/bad-front-matter.md',
    'resources/unbalanced-fence.md',
    'resources/traversal.md',
    'resources/deep-nesting.md',
    'resources/deep-json.md',
    'api/deep-json.md',
    'api/no-routes.md',
    'api/unbalanced-fence.md',
  ])('names %s in a located diagnostic', (file) => {
    const text = lines.join('')
    // Named as printed: from the working directory, or absolute for docs outside it.
    const shown = shownPath(docs)(file)
    expect(text).toMatch(new RegExp(`^${shown.replace(/[.]/g, '\\.')}:\\d+:\\d+ (error|warning) `, 'm'))
  })

  it('writes nothing outside --out and leaves the docs as they were', () => {
    expect(snapshot(base)).toEqual(before)
    const written = readdirSync(OUT_ROOT)
    expect(written).toContain('fixtures')
    expect(statSync(join(out, 'types/index.ts')).isFile()).toBe(true)
  })

  it('carries the 20,000-row table and the 3 MB line through', () => {
    const types = readFileSync(join(out, 'types/index.ts'), 'utf8')
    expect(types).toContain('p19999?: string')
    expect(types).toContain(`${'x'.repeat(996)}*\\/\${${'x'.repeat(996)}`)
  })

  it('reads a BOM + CRLF copy of a seed page as the same model', () => {
    const seed = readFileSync(join(REPO, 'input-docs', SEED), 'utf8')
    const crlf = readFileSync(join(docs, 'resources/bom-crlf.md'), 'utf8')
    expect(crlf.startsWith('\uFEFF') || crlf.includes('\r\n')).toBe(true)
    const model = (text: string) => buildModel([{ file: SEED, text }])
    expect(model(crlf)).toEqual(model(seed))
  })

  it('output compiles under tsc --strict', () => {
    expect(compileErrors([out])).toEqual([])
  }, 60_000)

  describe('importing the output', () => {
    let run: ImportRun
    beforeAll(() => {
      const modules = transpileTree(out, jsOut)
      run = importInChild(modules, SERVER_PROBES)
    }, 90_000)

    it('would notice injected code (control)', () => {
      const control = join(jsOut, 'control.js')
      writeFileSync(control, 'globalThis.__doc2tsPwned = 1\n')
      expect(importInChild([control]).report?.pwned).toBe(true)
    })

    it('runs nothing from the docs', () => {
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.report).toMatchObject({ pwned: false, polluted: false })
      expect(run.report?.imported).toBeGreaterThan(5)
    })

    it('the generated server refuses prototype pollution, enforces a body limit and time-outs, echoes no HTML', () => {
      expect(run.report?.extra).toEqual({
        protoBody: 400,
        constructorBody: 400,
        protoQuery: 'no pollution',
        tooLarge: 413,
        timeouts: true,
        notFoundType: 'application/json; charset=utf-8',
        echoesRawHtml: false,
      })
    })
  })
})

/** Runs in the child, after the imports: exercises the generated server with hostile requests. */
const SERVER_PROBES = `
  const { buildServer } = modules['/fixtures-js/server/index.js']
  const app = buildServer({ mock: true, bodyLimit: 1024, log: false })
  await app.ready()
  const post = (url, payload) => app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload })
  const protoBody = (await post('/__proto__', '{"__proto__": {"polluted": true}}')).statusCode
  const constructorBody = (await post('/__proto__', '{"constructor": {"prototype": {"polluted": true}}}')).statusCode
  await app.inject({ method: 'GET', url: '/injections/1?__proto__[polluted]=1&constructor[prototype][polluted]=1' })
  const protoQuery = ({}).polluted === undefined ? 'no pollution' : 'polluted'
  const tooLarge = (await post('/__proto__', JSON.stringify({ proto: 'x'.repeat(4096) }))).statusCode
  const timeouts = app.initialConfig.requestTimeout > 0 && app.initialConfig.connectionTimeout > 0
  const notFound = await app.inject({ method: 'GET', url: '/nope/<script>alert(1)</script>?<img src=x onerror=alert(1)>' })
  const echoesRawHtml = /<script|<img/i.test(notFound.body) && !/json/.test(String(notFound.headers['content-type']))
  await app.close()
  return { protoBody, constructorBody, protoQuery, tooLarge, timeouts, notFoundType: notFound.headers['content-type'], echoesRawHtml }
`
