/**
 * A request example cut short before its body: the channel update page says "supply a JSON
 * representation of channel" and shows `PATCH …/channels/{id}` alone. A service that refuses the
 * request for want of a body agrees with the page; the example is the docs' contradiction, not
 * the service's fault (test/fixtures/verify-missing-body/SOURCES.txt).
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
