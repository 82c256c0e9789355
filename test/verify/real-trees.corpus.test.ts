/**
 * Real docs trees doc2ts was not built on (test/fixtures/real-trees/README.md): a 2020 tree of
 * workloads the sample lacks, today's pages in today's layout (an a-slice, the core workloads and beta),
 * and another team's pages in the same format (the OneDrive API reference). On each, the generated mock
 * agrees with every example of the docs that the docs do not contradict themselves (`verify
 * --unsafe` over loopback), the OpenAPI document is valid, and the generated code compiles under
 * strict settings. Each disagreement these trees showed was a fault of doc2ts's (the mock required
 * a function argument the URL binds, a page about another type owned `POST /me/events`, an itemBody
 * no page defined became an enum).
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { verify } from '../../src/index.js'
import { readDocs } from '../../src/read-docs.js'
import { typeCheck, VIRTUAL_OUT } from '../client/compile.js'
import { validationErrors } from '../openapi/check-document.js'
import { REAL_TREES } from '../support/real-trees.js'
import { mockOfDocs } from './servers.js'

describe.each(REAL_TREES)('the real tree $name', ({ docs }) => {
  const mock = mockOfDocs(docs)

  it('has a mock that agrees with every example the docs do not contradict', async () => {
    const { summary, findings } = await verify({ docs, baseUrl: mock().url, unsafe: true })
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([])
    expect(summary.mismatched).toBe(0)
    // Business Central's pages call `If-Match` required on every write, and their examples send
    // none: the docs' slip, which the mock refuses as the pages say.
    const withoutHeader = findings.filter((finding) =>
      /sends no \S+ header, which the page requires/.test(finding.message),
    ).length
    expect(summary.agreed + withoutHeader).toBeGreaterThan(summary.contradicted - withoutHeader)
  }, 60_000)

  it('gives a valid OpenAPI document and code that compiles under strict settings', async () => {
    const files = emitAll(buildModel((await readDocs(docs)).pages))
    const openapi = files.find((file) => file.path === 'openapi.json')?.text ?? ''
    expect(await validationErrors(openapi)).toEqual([])
    const sources = new Map(
      files
        .filter((file) => file.path.endsWith('.ts'))
        .map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]),
    )
    const roots = ['types/index.ts', 'client/index.ts', 'server/index.ts'].map(
      (path) => `${VIRTUAL_OUT}${path}`,
    )
    expect(typeCheck(sources, roots).slice(0, 10)).toEqual([])
  }, 120_000)
})
