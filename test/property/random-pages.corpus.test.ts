/**
 * Property tests: random docs trees from the format's grammar with hostile text never crash the
 * pipeline, always emit syntactically valid TypeScript, compile under `tsc --strict` and import
 * without running anything from the docs. Bounded for CI; `npm run fuzz` runs longer
 * (FUZZ_RUNS cases for the per-case property, FUZZ_BATCH trees compiled and imported in one batch).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { writeOutput } from '../../src/write/write-output.js'
import { compileErrors, importInChild, OUT_ROOT, transpileTree } from '../hostile/generated-code.js'
import { docsTree } from './pages.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 40)
const BATCH = Number(process.env.FUZZ_BATCH ?? 12)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)

function syntaxErrors(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS)
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics
  return diagnostics.map((d) => `${path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}

describe('random hostile docs trees', () => {
  it(`never crash the pipeline and always emit valid syntax (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(docsTree, (pages) => {
        const files = emitAll(buildModel(pages))
        const errors = files
          .filter((f) => f.path.endsWith('.ts'))
          .flatMap((f) => syntaxErrors(f.path, f.text))
        expect(errors).toEqual([])
        for (const f of files.filter((f) => f.path.endsWith('.json')))
          expect(() => JSON.parse(f.text)).not.toThrow()
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    )
  }, 120_000)

  it(`compile under tsc --strict and import without running docs text (${BATCH} trees, one batch)`, async () => {
    const root = join(OUT_ROOT, 'property')
    rmSync(root, { recursive: true, force: true })
    const trees = fc.sample(docsTree, { numRuns: BATCH, ...(SEED === undefined ? {} : { seed: SEED }) })
    const dirs: string[] = []
    for (const [index, pages] of trees.entries()) {
      const dir = join(root, String(index))
      // The pages are kept beside the output, to reproduce a failure.
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'pages.json'), JSON.stringify(pages, null, 2))
      const result = await writeOutput(join(dir, 'out'), emitAll(buildModel(pages)))
      expect(result.refused).toEqual([])
      dirs.push(join(dir, 'out'))
    }
    expect(compileErrors(dirs)).toEqual([])
    const modules = dirs.flatMap((dir) => transpileTree(dir, `${dir}-js`))
    const run = importInChild(modules)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.report).toMatchObject({ pwned: false, polluted: false, imported: modules.length })
  }, 180_000)
})
