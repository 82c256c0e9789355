/** Plain sections read without remark give the same annotated code blocks and links as remark. */
import { describe, expect, it } from 'vitest'
import { annotatedCodeBlocks } from '../../src/parse/code-blocks.js'
import { lightBlocks } from '../../src/parse/light-blocks.js'
import { readPage } from '../../src/parse/page.js'

const PLAIN = [
  'The following example shows a request.',
  '',
  '# [HTTP](#tab/http)',
  '<!-- {',
  '  "blockType": "request",',
  '  "name": "get_user"',
  '}-->',
  '```http',
  'GET https://graph.microsoft.com/v1.0/me',
  '```',
  '# [C#](#tab/csharp)',
  '[!INCLUDE [sample-code](../includes/x.md)]',
  '',
  '---',
  '',
  'See [user](../resources/user.md).',
  '<!-- { "blockType": "response" } -->',
  '~~~json extra',
  '{ "id": "1" }',
  '~~~',
  '',
].join('\n')

/** A page with `body` under `### Request` (page line 3 onwards). */
function pageOf(body: string) {
  const page = readPage('api/x.md', `# X\n\n### Request\n${body}`)
  const section = page.sections.find((s) => s.title === 'Request')
  if (!section) throw new Error('no section')
  return { page, section }
}

describe('lightBlocks', () => {
  it('reads the annotated code blocks and links of a plain section as remark does', () => {
    const { page, section } = pageOf(PLAIN)
    expect(lightBlocks(section.text, section.bodyLine)).toBeDefined()
    const strip = (blocks: ReturnType<typeof annotatedCodeBlocks>) =>
      blocks.map(({ code, annotation }) => ({
        annotation,
        lang: code.lang,
        meta: code.meta,
        value: code.value,
        line: code.position?.start.line,
      }))
    const light = strip(annotatedCodeBlocks(page.blocks(section), page.file, []))
    expect(light).toHaveLength(2)
    const links = page.links(section)
    expect(light).toEqual(strip(annotatedCodeBlocks(page.tree(section), page.file, [])))
    expect(JSON.stringify(links)).toContain('../resources/user.md')
  })

  it.each([
    ['a list', '- item\n'],
    ['a quote', '> **Note:** x\n'],
    ['a table', 'a | b\n--|--\n'],
    ['an unclosed fence', '```http\nGET /me\n'],
    ['an unclosed comment', '<!-- {\n'],
    ['a link reference definition', '[a]: https://example.com\n'],
    ['indented code', '    code\n'],
  ])('leaves %s to remark', (_, body) => {
    expect(lightBlocks(body, 1)).toBeUndefined()
  })
})
