/**
 * `verify` against the mock of the 1,917-page sample, over loopback: the mock answers each
 * documented example as the docs show it, so every answer agrees with the docs except where the
 * docs contradict themselves (an example's body against the page's declared type, an example's
 * path against every documented route, a request the docs' own model refuses). At least 95% of
 * the examples must agree; the figures are printed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { verify } from '../../src/api/verify.js'
import { type RunningMock, startMockServer } from '../../src/mock/serve.js'
import { readDocs } from '../../src/read-docs.js'
import { corpusDir } from '../support/corpus.js'

let mock: RunningMock
beforeAll(async () => {
  mock = await startMockServer((await readDocs(corpusDir)).pages, { port: 0, host: '127.0.0.1', log: false })
})
afterAll(() => mock.close())

it('agrees with the mock of the same docs on at least 95% of the examples, GET alone and all of them', async () => {
  for (const unsafe of [false, true]) {
    const { summary, findings } = await verify({ docs: corpusDir, baseUrl: mock.url, unsafe })
    const agreement = (summary.agreed + summary.contradicted) / summary.examples
    console.log(
      `verify ${unsafe ? '--unsafe' : 'GET'} on the sample's mock: ${summary.examples} examples, ${summary.agreed} agree, ${summary.contradicted} only where the docs contradict themselves, ${summary.mismatched} disagree: ${(agreement * 100).toFixed(1)}% agreement`,
    )
    expect(summary.examples).toBeGreaterThan(unsafe ? 1300 : 600)
    expect(agreement).toBeGreaterThanOrEqual(0.95)
    // The docs' own contradictions are warnings and are named as such.
    for (const finding of findings)
      expect(finding.severity).toBe(finding.code === 'verify-docs-contradiction' ? 'warning' : 'error')
    expect(summary.contradicted).toBeGreaterThan(0)
  }
})
