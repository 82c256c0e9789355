/** The committed OpenAPI document of the seed API passes the linters people use, with no error. */
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/type-check.js'
import { redoclyErrors, spectralErrors } from './lint-document.js'

const DOCUMENT = `${REPO_ROOT}generated/openapi.json`

describe('generated/openapi.json', () => {
  it("has no error under Redocly CLI's recommended rules", async () => {
    expect(await redoclyErrors(DOCUMENT)).toEqual([])
  })

  it("has no error under Spectral's spectral:oas", async () => {
    expect(await spectralErrors(DOCUMENT)).toEqual([])
  })
})
