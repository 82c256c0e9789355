import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readDocs } from '../../src/read-docs.js'
import { checkDocs } from '../support/check-docs.js'

const FIXTURES = 'test/fixtures/check/docs'

/** Every planted defect: file, line and code. */
const PLANTED = [
  'api/gadget-get.md:27 response-sentence-mismatch',
  'api/gadget-get.md:27 response-type-conflict',
  'api/gadget-get.md:34 missing-annotation',
  'api/gadget-get.md:45 example-missing-property',
  'api/gadget-get.md:45 wrapped-single-entity',
  'api/gadget-list.md:43 example-collection-mismatch',
  'api/widget-create.md:17 todo-placeholder',
  'api/widget-create.md:44 example-null-not-nullable',
  'api/widget-create.md:45 example-type-mismatch',
  'api/widget-create.md:46 example-unknown-property',
  'api/widget-create.md:47 example-invalid-enum',
  'api/widget-create.md:48 example-type-mismatch',
  'api/widget-create.md:49 example-invalid-format',
  'api/widget-create.md:61 example-odata-type',
  'api/widget-delete.md:7 missing-section',
  'api/widget-delete.md:11 broken-link',
  'api/widget-delete.md:32 request-without-response',
  'api/widget-update.md:46 invalid-json',
  'api/widget-update.md:107 example-missing-property',
  'resources/gadget.md:11 broken-link',
  'resources/gadget.md:11 broken-link',
  'resources/gadget.md:18 todo-placeholder',
  'resources/gadget.md:19 representation-mismatch',
  'resources/gadget.md:20 duplicate-property',
  'resources/gadget.md:21 unresolved-type',
  'resources/gadget.md:21 broken-link',
  'resources/gadget.md:29 invalid-json',
  'resources/gadget.md:34 representation-mismatch',
  'resources/gadget.md:35 representation-mismatch',
  'resources/loopa.md:7 inheritance-cycle',
  'resources/widgets-legacy.md:17 duplicate-type',
]
const CORRECT = [
  'resources/entity.md',
  'resources/widget.md',
  'resources/widgetcolor.md',
  'api/widget-get.md',
  'api/widget-list.md',
]

describe('check on fixture docs with planted defects', async () => {
  const docs = await readDocs(FIXTURES)
  const { diagnostics } = await checkDocs(docs.pages)

  it('finds each planted defect at its file and line, and nothing else', () => {
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(PLANTED)
  })

  it('reports nothing on the correct pages', () => {
    expect(diagnostics.filter((d) => CORRECT.includes(d.file))).toEqual([])
  })

  it('points JSON faults at the column of the offending character', () => {
    const trailing = diagnostics.find((d) => d.file === 'api/widget-update.md' && d.code === 'invalid-json')
    expect(trailing).toMatchObject({ column: 1, severity: 'error' })
    const text = readFileSync(`${FIXTURES}/resources/gadget.md`, 'utf8').split('\n')
    const annotation = diagnostics.find((d) => d.file === 'resources/gadget.md' && d.code === 'invalid-json')
    expect(text[(annotation?.line ?? 0) - 1]?.[(annotation?.column ?? 0) - 1]).toBe('}')
  })

  it('names the members an untruncated response leaves out, but optional and unselected ones', () => {
    const incomplete = diagnostics.filter(
      (d) => d.file === 'api/widget-update.md' && d.code === 'example-missing-property',
    )
    // createdDateTime is in "optionalProperties"; the `$select=id,name` example is complete.
    expect(incomplete.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Unexpected widget without tags, color, expected every member/),
    ])
  })
})

describe('check on the seed docs', async () => {
  const docs = await readDocs('input-docs')
  const { diagnostics } = await checkDocs(docs.pages)

  it("reports seed 004's wrapped response once", () => {
    const wrapped = diagnostics.filter(
      (d) =>
        d.code === 'wrapped-single-entity' &&
        d.file === 'api/intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md',
    )
    expect(wrapped).toHaveLength(1)
  })

  it("reports seed 003's draft placeholders", () => {
    const todos = diagnostics.filter(
      (d) =>
        d.code === 'todo-placeholder' &&
        d.file === 'api/intune-enrollment-importedwindowsautopilotdeviceidentity-import.md',
    )
    expect(todos.length).toBeGreaterThanOrEqual(8)
  })

  it('raises no error on the seeds, so `npm run generate` exits 0', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})
