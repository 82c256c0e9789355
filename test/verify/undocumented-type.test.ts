/**
 * A docs example that sends a value whose `@odata.type` names a type no page of the tree defines,
 * one the Request body table offers: the answer page's example sends a serviceHostedMediaConfig,
 * which this tree does not document, as the mediaConfig its table offers as an appHostedMediaConfig
 * or a serviceHostedMediaConfig. The server takes either, so the example is answered as documented,
 * and neither the docs nor the service is blamed (test/fixtures/verify-undocumented-type/SOURCES.txt).
 * Where the table declares the first type only, the server judges the value as that type and refuses
 * its `preFetchMedia`; the judge of the docs judges it so too, or the refusal would be called the
 * service's fault (test/fixtures/verify-undeclared-type/SOURCES.txt).
 */
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'
import { ROOT } from '../server/helpers.js'
import { mockOfDocs } from './servers.js'

const DOCS = `${ROOT}test/fixtures/verify-undocumented-type`

const mock = mockOfDocs(DOCS)
const UNDECLARED = `${ROOT}test/fixtures/verify-undeclared-type`
const undeclaredMock = mockOfDocs(UNDECLARED)

describe('an example value of a type no page defines, which the table offers', () => {
  it('is taken by the server as the docs send it', async () => {
    const { summary, findings } = await verify({ docs: DOCS, baseUrl: mock().url, unsafe: true })
    expect(summary).toMatchObject({ examples: 1, agreed: 1, contradicted: 0, mismatched: 0 })
    expect(findings).toEqual([])
  })
})

describe('an example value of a type no page defines, which the table does not offer', () => {
  it("is judged as the declared type, the server's refusal the docs' contradiction", async () => {
    const { summary, findings } = await verify({
      docs: UNDECLARED,
      baseUrl: undeclaredMock().url,
      unsafe: true,
    })
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
