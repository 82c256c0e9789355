/**
 * What the OpenAPI emitter keeps from one run to the next (route templates, route entries, path
 * item inputs and keys, security schemes) never goes stale: after each edit of the seed docs, the
 * next model is interned against the last one as in watch mode (unchanged parts are the same
 * objects), and openapi.json and the `openapi-inexact-path` diagnostics equal those of a fresh
 * copy of the model, which shares no object with any earlier run.
 */
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { EmitMemo } from '../../src/emit/memo.js'
import {
  emitOpenApi,
  inexactPathDiagnostics,
  OpenApiMemo,
  openApiDocument,
} from '../../src/emit/openapi/index.js'
import type { ApiModel, Diagnostic } from '../../src/model.js'
import type { PageInput } from '../../src/read-docs.js'
import { readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import { editable } from '../support/editable.js'
import { SHAPE_API, withComplexShelfColor } from '../support/shape-api.js'

const SEEDS = fileURLToPath(new URL('../../input-docs', import.meta.url))
const UPLOAD_GET = 'api/intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md'
const UPLOAD = 'resources/intune-enrollment-importedwindowsautopilotdeviceidentityupload.md'
const UPLOAD_ROUTE =
  'GET /deviceManagement/importedWindowsAutopilotDeviceIdentityUploads/{importedWindowsAutopilotDeviceIdentityUploadId}'

let seeds: PageInput[]

beforeAll(async () => {
  seeds = (await readDocs(SEEDS)).pages
})

/** `pages` with `from` replaced by `to` in `file` (which must contain it). */
function edited(pages: readonly PageInput[], file: string, from: string, to: string): PageInput[] {
  return pages.map((page) => {
    if (page.file !== file) return page
    expect(page.text).toContain(from)
    return { ...page, text: page.text.replace(from, to) }
  })
}

/** Runs of one watch session: each model interned against the last, emitted through one memo. */
class WatchRuns {
  readonly #session = new Session(true)
  #memo = new EmitMemo(new Map(), this.#session.derived)
  readonly #runs: { model: ApiModel; text: string; diagnostics: Diagnostic[] }[] = []

  /** Link `pages`, check and emit as a build does. */
  run(pages: readonly PageInput[]): { text: string; model: ApiModel } {
    const session = this.#session
    const model = session.interner.intern(buildModel(pages))
    const diagnostics = inexactPathDiagnostics(model, session.checks.openapi)
    this.#memo = new EmitMemo(this.#memo.used(), session.derived)
    const text = emitOpenApi({ ...model }, {}, this.#memo, undefined, session.openapi).text
    this.#runs.push({ model, text, diagnostics })
    return { text, model }
  }

  /** Every run's results are a fresh run's (checked once the session is over: emitting a copy
   *  in between would replace what the session keeps from one run to the next). */
  expectFresh(): void {
    for (const { model, text, diagnostics } of this.#runs) {
      const fresh = structuredClone(model)
      expect(text).toBe(emitOpenApi(fresh).text)
      expect(diagnostics).toEqual(inexactPathDiagnostics(fresh))
    }
  }
}

const sameOperations = (a: ApiModel, b: ApiModel) =>
  a.operations.length === b.operations.length && a.operations.every((op, i) => op === b.operations[i])

describe('openapi.json across the runs of one process', () => {
  it('a response whose named type stops being an enum loses its { value } wrapper', async () => {
    const pages = (await readDocs(SHAPE_API)).pages
    const complex = withComplexShelfColor(pages)
    const session = new WatchRuns()
    const before = session.run(pages)
    const after = session.run(complex)
    const colorSchema = (text: string) =>
      JSON.stringify(JSON.parse(text).paths['/kiosk/shelves/{shelfId}/getColor'].get.responses['200'])
    expect(colorSchema(before.text)).toContain('"value"')
    expect(colorSchema(after.text)).not.toContain('"value":{"$ref"')
    session.expectFresh()
  })

  it('an operation whose route changes gets the new path item, and the old path is gone', () => {
    const session = new WatchRuns()
    const before = session.run(seeds)
    const moved = session.run(
      edited(seeds, UPLOAD_GET, UPLOAD_ROUTE, UPLOAD_ROUTE.replace('Uploads/', 'Uploads/moved/')),
    )
    expect(moved.text).not.toBe(before.text)
    const { paths } = openApiDocument(moved.model)
    const id = '{importedWindowsAutopilotDeviceIdentityUploadId}'
    expect(
      paths[`/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads/moved/${id}`]?.get,
    ).toBeDefined()
    expect(
      paths[`/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads/${id}`]?.get,
    ).toBeUndefined()
    // Back as it was: the same bytes as the first run.
    expect(session.run(seeds).text).toBe(before.text)
    session.expectFresh()
  })

  it('a route that becomes inexact is reported, and no longer once it is exact again', () => {
    const session = new WatchRuns()
    const exact = session.run(seeds).model
    const count = inexactPathDiagnostics(exact).length
    const repeated = UPLOAD_ROUTE.replace('{importedWindowsAutopilotDeviceIdentityUploadId}', '{id}/x/{id}')
    const inexact = session.run(edited(seeds, UPLOAD_GET, UPLOAD_ROUTE, repeated)).model
    expect(inexactPathDiagnostics(inexact).map((d) => d.file)).toContain(UPLOAD_GET)
    expect(inexactPathDiagnostics(inexact)).toHaveLength(count + 1)
    expect(inexactPathDiagnostics(session.run(seeds).model)).toHaveLength(count)
    session.expectFresh()
  })

  it('a change to types only reuses the operations, and the result is still a fresh run’s', () => {
    const session = new WatchRuns()
    const before = session.run(seeds).model
    const after = session.run(edited(seeds, UPLOAD, '|String|', '|String|Changed. ')).model
    expect(sameOperations(before, after)).toBe(true)
    session.expectFresh()
  })

  it('a resource description changes its tag while the operations stay the same objects', () => {
    const session = new WatchRuns()
    const before = session.run(seeds).model
    const description = 'Import windows autopilot devices using upload.'
    const after = session.run(edited(seeds, UPLOAD, `\n${description}\n`, '\nUploads, described anew.\n'))
    expect(sameOperations(before, after.model)).toBe(true)
    expect(after.text).toContain('Uploads, described anew.')
    session.expectFresh()
  })

  it('a list of operations changed in place after a run is not taken for the last one', () => {
    const model = editable(buildModel(seeds))
    const memo = new OpenApiMemo()
    const text = emitOpenApi(model, {}, undefined, undefined, memo).text
    const removed = model.operations.pop()
    expect(removed).toBeDefined()
    expect(emitOpenApi(model, {}, undefined, undefined, memo).text).toBe(
      emitOpenApi(structuredClone(model)).text,
    )
    expect(emitOpenApi(model, {}, undefined, undefined, memo).text).not.toBe(text)
  })

  it('the document object shares nothing with what is kept for the next run', () => {
    const model = buildModel(seeds)
    const memo = new OpenApiMemo()
    const text = emitOpenApi(model, {}, undefined, undefined, memo).text
    const document = openApiDocument(model, {}, undefined, memo)
    document.tags.length = 0
    for (const scheme of Object.values(document.components.securitySchemes)) scheme.description = 'Changed'
    for (const item of Object.values(document.paths)) item.get?.['x-doc2ts-pages'].push('changed.md')
    expect(emitOpenApi(model, {}, undefined, undefined, memo).text).toBe(text)
  })
})
