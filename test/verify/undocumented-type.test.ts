/**
 * A docs example that sends a value whose `@odata.type` names a type no page of the tree defines:
 * the answer page's example sends a serviceHostedMediaConfig, which this tree does not document, as
 * the mediaConfig its Request body table declares an appHostedMediaConfig. The server judges the
 * nested value by the declared type and refuses its `preFetchMedia`; the judge of the docs must
 * judge it so too, or the refusal is called the service's fault
 * (test/fixtures/verify-undocumented-type/SOURCES.txt).
 */
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'
import { ROOT } from '../server/helpers.js'
import { mockOfDocs } from './servers.js'

const DOCS = `${ROOT}test/fixtures/verify-undocumented-type`

const mock = mockOfDocs(DOCS)

describe('an example value of a type no page defines', () => {
  it("is judged as the declared type, the server's refusal the docs' contradiction", async () => {
    const { summary, findings } = await verify({ docs: DOCS, baseUrl: mock().url, unsafe: true })
    expect(summary).toMatchObject({ examples: 1, contradicted: 1, mismatched: 0 })
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'verify-docs-contradiction',
        message: expect.stringContaining(
          'does not fit the documented request (Unexpected property preFetchMedia in a appHostedMediaConfig object',
        ),
      }),
    ])
  })
})
