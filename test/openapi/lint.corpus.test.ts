/**
 * The OpenAPI document of the corpus sample (`corpusDir`) passes the linters
 * people use, with no error: Redocly CLI's recommended rules and Spectral's `spectral:oas`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { emitOpenApi } from '../../src/emit/openapi/index.js'
import { readDocs } from '../../src/read-docs.js'
import { corpusDir } from '../support/corpus.js'
import { redoclyErrors, spectralErrors } from './lint-document.js'

let folder: string
let document: string

describe('openapi.json of the corpus sample', () => {
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'doc2ts-lint-'))
    document = join(folder, 'openapi.json')
    await writeFile(document, emitOpenApi(buildModel((await readDocs(corpusDir)).pages)).text)
  })

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it("has no error under Redocly CLI's recommended rules", async () => {
    expect(await redoclyErrors(document)).toEqual([])
  })

  // Spectral takes about a minute on this document, alone on two cores.
  it("has no error under Spectral's spectral:oas", { timeout: 600_000 }, async () => {
    expect(await spectralErrors(document)).toEqual([])
  })
})
