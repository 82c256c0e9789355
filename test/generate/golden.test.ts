/**
 * The committed generated/ folder is exactly what the default input produces, compiles under
 * `tsc --strict`, and a second run, another folder or another file order give the same bytes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { main } from '../../src/cli.js'
import { readDocs } from '../../src/read-docs.js'
import { typeErrorsOf } from '../support/type-check.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const docsDir = join(root, 'input-docs')
const generatedDir = join(root, 'generated')
const temp = mkdtempSync(join(tmpdir(), 'doc2ts-golden-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const quietIo = { out: () => {}, err: () => {} }

async function generateInMemory(dir: string, reverse = false) {
  const docs = await readDocs(dir)
  const pages = reverse ? [...docs.pages].reverse() : docs.pages
  return emitAll(buildModel(pages))
}

describe('generated/ for input-docs', () => {
  it('is current: regenerating changes no committed file', async () => {
    for (const file of await generateInMemory(docsDir)) {
      expect(readFileSync(join(generatedDir, file.path), 'utf8'), file.path).toBe(file.text)
    }
    expect(await main(['generate', docsDir, '--out', generatedDir, '--check', '--quiet'], quietIo)).toBe(0)
  })

  it('is byte-identical from a copy in another folder and with pages in another order', async () => {
    const copy = join(temp, 'copy-of-docs')
    cpSync(docsDir, copy, { recursive: true })
    expect(await generateInMemory(copy, true)).toEqual(await generateInMemory(docsDir))
  })

  // The committed files (equal to fresh output, as tested above), so that the server's `fastify`
  // import resolves from this repository's node_modules.
  it('compiles under tsc --strict', async () => {
    const files = (await generateInMemory(docsDir))
      .filter((f) => f.path.endsWith('.ts'))
      .map((f) => join(generatedDir, f.path))
    const errors = typeErrorsOf(files)
    expect(errors).toEqual([])
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
