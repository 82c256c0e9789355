/**
 * A page's example that calls a path another page serves, with member names in another letter case:
 * the open-extension page's fifth example creates a conversation (`POST /groups/{id}/conversations`,
 * documented by the create-conversation page) and sends `Threads`, which the conversation page
 * calls read-only. The server reads the name as Graph does, in any letter case, and judges the body
 * by the page that serves the path; the judge of the docs must read it the same way, or a refusal
 * the docs' own model makes is called the service's fault (test/fixtures/verify-name-case/SOURCES.txt).
 */
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'
import { ROOT } from '../server/helpers.js'
import { mockOfDocs } from './servers.js'

const DOCS = `${ROOT}test/fixtures/verify-name-case`

const mock = mockOfDocs(DOCS)

describe('an example on a path another page serves, in another letter case', () => {
  it("is the docs' contradiction, judged by the serving page's body", async () => {
    const { summary, findings } = await verify({ docs: DOCS, baseUrl: mock().url, unsafe: true })
    expect(summary).toMatchObject({ examples: 2, agreed: 0, contradicted: 2, mismatched: 0 })
    expect(
      findings.find((finding) => finding.file === 'api/opentypeextension-post-opentypeextension.md'),
    ).toMatchObject({
      code: 'verify-docs-contradiction',
      severity: 'warning',
      message: expect.stringContaining('does not fit the documented request (Threads is read-only)'),
    })
  })
})
