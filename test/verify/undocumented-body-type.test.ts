/**
 * A docs request example whose body names, in `@odata.type`, a type of the docs' namespace that no
 * page of the tree defines (test/fixtures/verify-undocumented-body-type/SOURCES.txt): the server
 * cannot judge it and refuses it, and verify calls the refusal the docs' contradiction, not the
 * service's fault.
 */
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'
import { ROOT } from '../server/helpers.js'
import { mockOfDocs } from './servers.js'

const DOCS = `${ROOT}test/fixtures/verify-undocumented-body-type`

const mock = mockOfDocs(DOCS)

describe('a request example body of a type no page defines', () => {
  it("is refused by the server, and the refusal is the docs' contradiction", async () => {
    const { summary, findings } = await verify({ docs: DOCS, baseUrl: mock().url, unsafe: true })
    expect(summary).toMatchObject({ contradicted: 1, mismatched: 0 })
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'verify-docs-contradiction',
        message: expect.stringContaining(
          'its @odata.type #microsoft.graph.fileAssessmentRequest names a type no page of the docs defines',
        ),
      }),
    ])
  })
})
