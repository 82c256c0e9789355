/**
 * A request example without what its page requires: the channel update page says "supply a JSON
 * representation of channel" and shows `PATCH …/channels/{id}` alone; today's access review create
 * page marks `descriptionForReviewers` required, and its third example sends none. A service that
 * refuses such a request agrees with the page; the example is the docs' contradiction, not the
 * service's fault (test/fixtures/verify-missing-body/SOURCES.txt, verify-required-member/SOURCES.txt).
 */
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'
import { ROOT } from '../server/helpers.js'
import { mockOfDocs } from './servers.js'

const DOCS = `${ROOT}test/fixtures/verify-missing-body`

const mock = mockOfDocs(DOCS)

describe('a request example without the body its page documents', () => {
  it("is the docs' contradiction where the service refuses it", async () => {
    const { summary, findings } = await verify({ docs: DOCS, baseUrl: mock().url, unsafe: true })
    expect(summary).toMatchObject({ mismatched: 0 })
    expect(findings.find((finding) => finding.file === 'api/channel-patch.md')).toMatchObject({
      code: 'verify-docs-contradiction',
      severity: 'warning',
      message: expect.stringContaining(
        'does not fit the documented request (it sends no body, where the page documents one)',
      ),
    })
  })
})

describe('a request example without a member its page marks required', () => {
  const docs = `${ROOT}test/fixtures/verify-required-member`
  const required = mockOfDocs(docs)

  it("is the docs' contradiction where the service refuses it", async () => {
    const { summary, findings } = await verify({ docs, baseUrl: required().url, unsafe: true })
    expect(summary).toMatchObject({ examples: 1, contradicted: 1, mismatched: 0 })
    expect(findings[0]).toMatchObject({
      code: 'verify-docs-contradiction',
      message: expect.stringContaining(
        'does not fit the documented request (descriptionForReviewers is required)',
      ),
    })
  })
})
