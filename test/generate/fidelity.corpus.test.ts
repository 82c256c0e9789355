/**
 * Correctness on real docs, judged by ../shared/tools/fidelity.mjs against
 * @microsoft/microsoft-graph-types@2.3.0 (types generated from Graph's metadata).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { readDocs } from '../../src/read-docs.js'
import { corpusDir, toolsDir } from '../support/corpus.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const tool = join(toolsDir, 'fidelity.mjs')
const reference = join(root, 'node_modules/@microsoft/microsoft-graph-types/microsoft-graph.d.ts')
const temp = mkdtempSync(join(tmpdir(), 'doc2ts-fidelity-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

interface Figures {
  recall: number
  type: number
  extends: number
  enums: number
}

async function fidelityOf(docsDir: string, name: string): Promise<Figures> {
  const out = join(temp, name)
  for (const file of emitAll(buildModel((await readDocs(docsDir)).pages))) {
    mkdirSync(dirname(join(out, file.path)), { recursive: true })
    writeFileSync(join(out, file.path), file.text)
  }
  const output = execFileSync(
    process.execPath,
    [tool, '--ours', join(out, 'types'), '--ref', reference, '--json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  return (JSON.parse(output.split('\n')[0] ?? '{}') as { figures: Figures }).figures
}

describe('fidelity against microsoft-graph-types 2.3.0', () => {
  it('seed family: every reference property present, with the reference type', async () => {
    const figures = await fidelityOf(join(root, 'input-docs'), 'seeds')
    expect(figures).toMatchObject({ recall: 100, type: 100, extends: 100, enums: 100 })
  })

  it('corpus sample: recall, type, extends and enum agreement', async () => {
    const figures = await fidelityOf(corpusDir, 'corpus')
    expect(figures.recall).toBeGreaterThanOrEqual(97.5)
    expect(figures.type).toBeGreaterThanOrEqual(99.3)
    expect(figures.extends).toBeGreaterThanOrEqual(98)
    expect(figures.enums).toBeGreaterThanOrEqual(98.5)
  })
})
