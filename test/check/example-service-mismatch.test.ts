/**
 * A request example calling another version of the service: today's v1.0
 * api-reference/v1.0/api/educationrubric-update.md and channel-get-members.md call
 * `https://graph.microsoft.com/beta/…` where every other example of the tree calls v1.0. Docs of
 * two versions side by side call both, and are left alone; so is another host (an upload URL).
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

const page = (name: string, root: string) => ({
  file: `api/${name}-get.md`,
  text: [
    `# Get ${name}`,
    '',
    '## HTTP request',
    '',
    `\`\`\`http\nGET /${name}s/{id}\n\`\`\``,
    '',
    '## Example',
    '',
    `<!-- { "blockType": "request", "name": "get_${name}" } -->`,
    `\`\`\`http\nGET ${root}/${name}s/1\n\`\`\``,
    '',
    '<!-- { "blockType": "response", "truncated": true } -->',
    '```http\nHTTP/1.1 200 OK\n```',
  ].join('\n'),
})

const V1 = 'https://graph.microsoft.com/v1.0'
const BETA = 'https://graph.microsoft.com/beta'
const names = Array.from({ length: 12 }, (_, index) => `thing${index}`)

const findings = async (roots: (index: number) => string) =>
  (await checkDocs(names.map((name, index) => page(name, roots(index))))).diagnostics
    .filter((finding) => finding.code === 'example-service-mismatch')
    .map((finding) => `${finding.file}:${finding.line} ${finding.message}`)

describe('example-service-mismatch', () => {
  it("reports an example calling another version than the docs' other examples, at the example", async () => {
    expect(await findings((index) => (index === 3 ? BETA : V1))).toEqual([
      `api/thing3-get.md:13 Unexpected request example calling ${BETA}, expected the service root the docs' other examples call, ${V1}`,
    ])
  })
  it('leaves docs of two versions alone, and examples calling another host', async () => {
    expect(await findings((index) => (index % 2 === 0 ? BETA : V1))).toEqual([])
    expect(
      await findings((index) => (index === 3 ? 'https://contoso.sharepoint.com/_api/v2.0' : V1)),
    ).toEqual([])
  })
})
