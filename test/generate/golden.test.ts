/**
 * The committed generated/ folder is exactly what the default input produces, and a second run,
 * another folder or another file order give the same bytes (it compiles: test/golden).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli.js'
import { GOLDEN, generateInMemory } from '../support/golden.js'

const { docs: docsDir, out: generatedDir } = GOLDEN.seed
const temp = mkdtempSync(join(tmpdir(), 'doc2ts-golden-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const quietIo = { out: () => {}, err: () => {} }

describe('generated/ for input-docs', () => {
  it('is current: regenerating changes no committed file', async () => {
    for (const file of await generateInMemory(docsDir)) {
      const committed = readFileSync(join(generatedDir, file.path), 'utf8')
      expect(committed, `generated/${file.path} is stale: run \`npm run update-fixtures\``).toBe(file.text)
    }
    expect(await main(['generate', docsDir, '--out', generatedDir, '--check', '--quiet'], quietIo)).toBe(0)
  })

  it('is byte-identical from a copy in another folder and with pages in another order', async () => {
    const copy = join(temp, 'copy-of-docs')
    cpSync(docsDir, copy, { recursive: true })
    expect(await generateInMemory(copy, true)).toEqual(await generateInMemory(docsDir))
  })

  it('--check fails after a doc edit and writes nothing', async () => {
    const docs = join(temp, 'edited-docs')
    const out = join(temp, 'check-out')
    cpSync(docsDir, docs, { recursive: true })
    expect(await main(['generate', docs, '--out', out, '--quiet'], quietIo)).toBe(0)
    const page = join(docs, 'resources/intune-enrollment-importedwindowsautopilotdeviceidentitystate.md')
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('|deviceErrorName|String|', '|deviceErrorText|String|'),
    )
    const before = readFileSync(join(out, 'types/index.ts'), 'utf8')
    expect(await main(['generate', docs, '--out', out, '--check', '--quiet'], quietIo)).toBe(1)
    expect(readFileSync(join(out, 'types/index.ts'), 'utf8')).toBe(before)
  })
})
