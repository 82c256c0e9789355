/**
 * `npm run bench [docs-dir] [--copies N]`: in one run, on a tree of N copies (default 4) of the docs
 * folder (default ../shared/corpus/graph-v1.0-sample beside the repository), each copy with its
 * own namespaces, routes and page names, so the model grows with the pages, and the copies after
 * the first with their permissions in include files, as today's docs keep them (`scale-tree.ts`):
 *   floor  bare unified + remark-parse + remark-gfm over the same files
 *   cold   doc2ts generate with an empty cache
 *   warm   the same again, nothing changed
 *   one    one property description edited on one resource page (a writer's typical save)
 * each as seconds and as a ratio to the floor, with peak RSS; then `doc2ts watch`'s time from a
 * save of that page to its updated output (the median of 5 saves; then of 3 atomic saves, and of
 * 3 saves that break the page, each followed by one that fixes it), and the mock server's throughput
 * when `runMockLoad` exists. Every figure is a child process's wall time. Not a test: no limits.
 * Beside them, the pace a peer sets for types alone: doc2ts generate with `--outputs types`, cold,
 * against openapi-typescript reading the OpenAPI document of the same tree (the one doc2ts wrote).
 * Also the bytes a three-call browser app ships (esbuild, minified ESM, gzip), against the client
 * generated here and against Microsoft's Kiota SDK (`bundle-size.ts`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { isResourceTarget } from '../extract/link-target.js'
import { bundleApp, DOC2TS_APP, formatBundleSize, KIOTA_APP } from './bundle-size.js'
import { type Measurement, measure, stepTimes } from './measure.js'
import { findRunMockLoad } from './mock-load.js'
import { buildScaleTree } from './scale-tree.js'
import { measureWatchSaves, type WatchSave } from './watch-save.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const { values, positionals } = parseArgs({
  options: { copies: { type: 'string', default: '4' } },
  allowPositionals: true,
})
const source = resolve(positionals[0] ?? join(repo, '..', 'shared', 'corpus', 'graph-v1.0-sample'))
const copies = Number(values.copies)
if (
  !statSync(source, { throwIfNoEntry: false })?.isDirectory() ||
  !(Number.isInteger(copies) && copies >= 1)
) {
  process.stderr.write(`bench: usage: npm run bench [docs-dir] [--copies N≥1] (not a folder: ${source}?)\n`)
  process.exit(2)
}

const work = mkdtempSync(join(tmpdir(), 'doc2ts-bench-'))
const docs = join(work, 'docs')
buildScaleTree(source, docs, copies)
const cli = join(repo, 'bin', 'doc2ts.js')
const outputs = ['--out', join(work, 'out'), '--cache-dir', join(work, 'cache'), '--quiet']
const generate = ['generate', docs, ...outputs]

const markdown = readdirSync(docs, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.toLowerCase().endsWith('.md'))
  .sort()
const isInclude = (file: string) => /(^|[\\/])includes[\\/]/i.test(file)
const includes = markdown.filter(isInclude)
const pages = markdown.filter((file) => !isInclude(file))
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
process.stdout.write(
  `doc2ts bench: ${pages.length} pages and ${includes.length} permissions includes, ${copies} distinct cop${copies === 1 ? 'y' : 'ies'} of ${source}\n`,
)

const floor = measure(join(repo, 'dist', 'bench', 'floor.js'), [docs])
const rows: [string, Measurement][] = [['floor (remark-parse + remark-gfm)', floor]]
rows.push(['doc2ts generate, cold (empty cache)', measure(cli, generate)])
rows.push(['doc2ts generate, warm (nothing changed)', measure(cli, generate)])
const edit = editOneDescription(docs, pages)
const onePage = measure(cli, generate)
rows.push(['doc2ts generate, one page changed', onePage])
process.stdout.write(
  `one page changed: ${edit ? `a property description at ${edit.file}:${edit.line}` : 'no Properties table found'}\n`,
)
const typesOnly = ['--out', join(work, 'types-out'), '--cache-dir', join(work, 'types-cache'), '--quiet']
rows.push([
  'doc2ts generate --outputs types, cold',
  measure(cli, ['generate', docs, ...typesOnly, '--outputs', 'types']),
])
rows.push([
  'openapi-typescript on that openapi.json',
  measure(openapiTypescriptCli(), [join(work, 'out', 'openapi.json'), '-o', join(work, 'openapi-types.ts')]),
])

/** The CLI script of the openapi-typescript package this repository installs (for the peer row). */
function openapiTypescriptCli(): string {
  const manifest = createRequire(import.meta.url).resolve('openapi-typescript/package.json')
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }
  return join(manifest, '..', bin['openapi-typescript'] as string)
}

/** Add a few words to the description of a Properties-table row (not an inherited one) of a
 *  resource page near the middle of the tree; returns where. */
function editOneDescription(
  root: string,
  files: readonly string[],
): { file: string; line: number } | undefined {
  // `resources/` at any depth: a tree assembled from several docs folders nests them.
  const resources = files.filter((file) => isResourceTarget(file.split('\\').join('/')))
  const ordered = [...resources.slice(Math.floor(resources.length / 2)), ...resources]
  for (const file of ordered) {
    const path = join(root, file)
    const lines = readFileSync(path, 'utf8').split('\n')
    const heading = lines.findIndex((line) => /^##\s+Properties\s*$/i.test(line))
    if (heading < 0) continue
    const separator = lines.findIndex((line, index) => index > heading && /^\s*\|?\s*:?-{3,}/.test(line))
    if (separator < 0) continue
    let row = separator + 1
    while (lines[row]?.trimStart().startsWith('|') && /inherited/i.test(lines[row] ?? '')) row++
    const line = lines[row]
    if (!line?.trimStart().startsWith('|')) continue
    const end = line.trimEnd()
    lines[row] = end.endsWith('|')
      ? `${end.slice(0, -1)} Edited by the bench.|`
      : `${end} Edited by the bench.`
    writeFileSync(path, lines.join('\n'))
    return { file, line: row + 1 }
  }
  return undefined
}

for (const [label, run] of rows) {
  const ratio = (run.seconds / floor.seconds).toFixed(3)
  const failed =
    run.status === 0 || run.status === 1
      ? ''
      : `  (exit ${run.status}: ${run.stderr.trim().split('\n').at(-1)})`
  process.stdout.write(
    `${label.padEnd(42)} ${run.seconds.toFixed(2).padStart(7)} s  ${ratio.padStart(6)}× floor  peak RSS ${mb(run.peakRssBytes).padStart(7)}${failed}\n`,
  )
  const steps = stepTimes(run.stderr)
  if (steps) process.stdout.write(`${''.padEnd(42)} steps: ${steps}\n`)
}
const summary = onePage.stderr.split('\n').findLast((line) => line.startsWith('doc2ts: '))
if (summary) process.stdout.write(`summary of the one-page run: ${summary}\n`)
process.stdout.write(`model size: ${outputSize(join(work, 'out'))}\n`)
process.stdout.write('three-call browser app (esbuild, minified ESM):\n')
for (const [label, source, from] of [
  ['doc2ts client of this tree', DOC2TS_APP, join(work, 'out')],
  ['Kiota (@microsoft/msgraph-sdk + -users)', KIOTA_APP, repo],
] as const)
  process.stdout.write(`${formatBundleSize(label, await bundleApp(source, from))}\n`)

/** Types and operations of the generated model, and the bytes of the outputs. */
function outputSize(out: string): string {
  const model = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')) as {
    types: Record<string, unknown>
    operations: unknown[]
  }
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
  const bytes = files.reduce((sum, file) => {
    const info = statSync(join(out, file))
    return sum + (info.isFile() ? info.size : 0)
  }, 0)
  return `${Object.keys(model.types).length} types, ${model.operations.length} operations, outputs ${mb(bytes)} (model.json ${mb(statSync(join(out, 'model.json')).size)}, openapi.json ${mb(statSync(join(out, 'openapi.json')).size)})`
}

if (edit) {
  const described = (n: number) => (text: string) =>
    text.replace('Edited by the bench.', `Edited by the bench, save ${n}.`)
  const ATOMIC = 'atomic save (a temporary file renamed over the page)'
  const BROKEN = 'a broken page (a torn table row, invalid JSON)'
  const FIXED = 'the page fixed again'
  // Each kind of save several times (one save is one sample of a noisy figure), the structural
  // ones alternating, as a writer breaks a page mid-edit and mends it.
  const saves = await measureWatchSaves({
    cli,
    args: ['watch', docs, ...outputs],
    page: join(docs, edit.file),
    saves: [
      ...[1, 2, 3, 4, 5].map((n) => ({ label: 'description', text: described(n) })),
      ...[6, 7, 8].map((n) => ({ label: ATOMIC, text: described(n), atomic: true })),
      ...[9, 10, 11].flatMap((n) => [
        { label: BROKEN, text: (text: string) => brokenPage(described(n)(text), edit.line) },
        { label: FIXED, text: described(n) },
      ]),
    ],
  })
  const [first, ...others] = [...new Set(saves.map((save) => save.label))].map((label) =>
    medianSave(saves.filter((save) => save.label === label)),
  )
  if (first) {
    process.stdout.write(
      `${'doc2ts watch, save to updated output'.padEnd(42)} ${first.seconds.toFixed(2).padStart(7)} s  ${(first.seconds / floor.seconds).toFixed(3).padStart(6)}× floor  (median of ${first.all} s)\n`,
    )
    const steps = stepTimes(first.steps)
    if (steps) process.stdout.write(`${''.padEnd(42)} steps of that save: ${steps}\n`)
  }
  for (const save of others) {
    process.stdout.write(
      `${'  then'.padEnd(42)} ${save.seconds.toFixed(2).padStart(7)} s  ${save.label} (median of ${save.all} s)\n`,
    )
    const those = stepTimes(save.steps)
    if (those) process.stdout.write(`${''.padEnd(42)} steps of that save: ${those}\n`)
  }
}

/** The median save of a kind, with every time of that kind. */
function medianSave(of: readonly WatchSave[]): WatchSave & { all: string } {
  const sorted = [...of].sort((a, b) => a.seconds - b.seconds)
  const median = sorted[Math.floor(sorted.length / 2)] as WatchSave
  return { ...median, all: of.map((save) => save.seconds.toFixed(2)).join(', ') }
}

/** The page mid-edit: the edited Properties row torn after its first cell, and the first JSON
 *  block given a trailing comma. */
function brokenPage(text: string, line: number): string {
  const lines = text.split('\n')
  lines[line - 1] = (lines[line - 1] ?? '').split('|').slice(0, 2).join('|')
  const json = lines.findIndex((each) => each.trim() === '```json')
  if (json >= 0 && lines[json + 1] !== undefined) lines[json + 1] = `${lines[json + 1]},`
  return lines.join('\n')
}

const runMockLoad = await findRunMockLoad([join(repo, 'dist'), join(repo, 'bench')])
if (runMockLoad) {
  const result = await runMockLoad(docs)
  process.stdout.write(`mock server: ${typeof result === 'string' ? result : JSON.stringify(result)}\n`)
} else process.stdout.write('mock server: skipped (no runMockLoad in this build)\n')
rmSync(work, { recursive: true, force: true })
