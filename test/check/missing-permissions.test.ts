/**
 * `## Permissions` is required of an API page where the tree's API pages write it: another team's
 * reference that documents permissions apart from its API pages (Business Central's, whose 29 API
 * pages have none) is not warned on every page; one page alone shows no convention.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

/** An API page with a route, a Response and an example, with or without `## Permissions`. */
const apiPage = (name: string, permissions: boolean) => ({
  file: `api/${name}-get.md`,
  text: [
    `# Get ${name}`,
    ...(permissions
      ? ['## Permissions', '|Permission type|Permissions|\n|:--|:--|\n|Application|X.Read.All|']
      : []),
    '## HTTP request',
    `\`\`\`http\nGET /${name}s/{id}\n\`\`\``,
    '## Response',
    'If successful, this method returns a `200 OK` response code.',
    '## Example',
    `<!-- { "blockType": "request", "name": "get_${name}" } -->\n\`\`\`http\nGET https://api.example.com/v2.0/${name}s/1\n\`\`\``,
  ].join('\n\n'),
})

const missing = async (pages: { file: string; text: string }[]) =>
  (await checkDocs(pages)).diagnostics
    .filter((d) => d.code === 'missing-section')
    .map((d) => `${d.file}:${d.line}`)

describe('a missing `## Permissions` section', () => {
  it('is reported in a tree some of whose API pages write one', async () => {
    expect(await missing([apiPage('widget', true), apiPage('gadget', false)])).toEqual([
      'api/gadget-get.md:1',
    ])
  })

  it('is the convention of a tree none of whose API pages writes one', async () => {
    expect(await missing([apiPage('widget', false), apiPage('gadget', false)])).toEqual([])
  })

  it('is reported on a tree of one API page, as the format has it (not as the tree does)', async () => {
    expect(await missing([apiPage('widget', false)])).toEqual(['api/widget-get.md:1'])
    const [found] = (await checkDocs([apiPage('widget', false)])).diagnostics.filter(
      (d) => d.code === 'missing-section',
    )
    expect(found?.message).toBe(
      'Unexpected API page without a `## Permissions` section, expected one on every API page, as the format has it',
    )
  })
})
