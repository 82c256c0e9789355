/**
 * A page's example that calls a path another page serves, with member names in another letter case:
 * the open-extension page's fifth example creates a conversation (`POST /groups/{id}/conversations`,
 * documented by the create-conversation page) and sends `Topic` and `Threads`, the relationship
 * the create binds. The server reads the names as Graph does, in any letter case, and judges the
 * body by the page that serves the path; the judge of the docs must read it the same way, or what
 * the docs' own model makes of it is called the service's fault (test/fixtures/verify-name-case/SOURCES.txt).
 * (A read-only member in another letter case: test/server/read-only-relationship-bind.test.ts.)
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
    // Both bodies are taken; what the docs contradict is the status: the create page declares
    // 201 and its response example answers 200.
    expect(summary).toMatchObject({ examples: 2, agreed: 0, contradicted: 2, mismatched: 0 })
    expect(
      findings.find((finding) => finding.file === 'api/opentypeextension-post-opentypeextension.md'),
    ).toMatchObject({
      code: 'verify-docs-contradiction',
      severity: 'warning',
      message: expect.stringContaining("Unexpected status 200, expected 201, as the docs' response example"),
    })
    expect(findings.map((finding) => finding.message).join('\n')).not.toContain('does not fit')
  })
})
