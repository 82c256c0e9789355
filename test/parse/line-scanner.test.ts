/** The line scanner against CommonMark's rules for fences, HTML blocks, ATX headings and table rows. */
import { describe, expect, it } from 'vitest'
import { type LineBlock, readAtxHeading, readFenceOpening, scanLines } from '../../src/parse/line-scanner.js'
import { parseMarkdown } from '../../src/parse/markdown.js'

/** `kind start-end` per block, with a fence's info and whether it or a comment was closed. */
function summary(text: string): string[] {
  return scanLines(text.split('\n')).map((block: LineBlock) => {
    const span = `${block.kind} ${block.start}-${block.end}`
    if (block.kind === 'fence') return `${span} ${block.closed ? 'closed' : 'open'} "${block.fence.info}"`
    if (block.kind === 'html')
      return `${span}${block.comment ? ' comment' : ''} ${block.closed ? 'closed' : 'open'}`
    if (block.kind === 'heading') return `${span} h${block.depth} "${block.text}"`
    return span
  })
}

/**
 * The fenced code, HTML and ATX headings of `text` as `kind start-end` (0-based lines), from the
 * scanner or from remark's top-level nodes: the scanner must find what remark finds.
 */
function spans(text: string, from: 'scanner' | 'remark'): string[] {
  const lines = text.split('\n')
  if (from === 'scanner')
    return scanLines(lines)
      .filter((block) => block.kind === 'fence' || block.kind === 'html' || block.kind === 'heading')
      .map((block) => `${block.kind} ${block.start}-${block.end}`)
  const found: string[] = []
  for (const node of parseMarkdown(text).children) {
    const start = (node.position?.start.line ?? 0) - 1
    const end = (node.position?.end.line ?? 0) - 1
    const first = lines[start] as string
    if (node.type === 'code' && readFenceOpening(first)) found.push(`fence ${start}-${end}`)
    else if (node.type === 'html') found.push(`html ${start}-${end}`)
    else if (node.type === 'heading' && first.trimStart().startsWith('#'))
      found.push(`heading ${start}-${end}`)
  }
  return found
}

function expectScanned(text: string, expected: string[]): void {
  expect(summary(text)).toEqual(expected)
  expect(spans(text, 'scanner')).toEqual(spans(text, 'remark'))
}

describe('scanLines: fences', () => {
  it.each([
    ['a closing fence as long', '```\naaa\n```', ['fence 0-2 closed ""']],
    ['a longer closing fence', '```\naaa\n`````', ['fence 0-2 closed ""']],
    ['a shorter fence inside', '````\naaa\n```\n``````', ['fence 0-3 closed ""']],
    ['a tilde fence inside a backtick fence', '```\naaa\n~~~\n```', ['fence 0-3 closed ""']],
    ['a backtick fence inside a tilde fence', '~~~\naaa\n```\n~~~', ['fence 0-3 closed ""']],
    ['an info string', '``` js  extra\nx\n```', ['fence 0-2 closed "js  extra"']],
    [
      'a line with an info string does not close',
      '```http\nGET /me\n```json\n{}\n```\nTODO',
      ['fence 0-4 closed "http"', 'text 5-5'],
    ],
    ['a closing fence with trailing spaces', '```\naaa\n```  \t', ['fence 0-2 closed ""']],
    ['a backtick in a backtick info string: no fence', '``` aa `\nfoo', ['text 0-0', 'text 1-1']],
    ['a backtick in a tilde info string', '~~~ aa ``` ~~~\nfoo\n~~~', ['fence 0-2 closed "aa ``` ~~~"']],
    ['two backticks: no fence', '``\nfoo\n``', ['text 0-0', 'text 1-1', 'text 2-2']],
    ['an opening indented by 3', '   ```\naaa\n   ```', ['fence 0-2 closed ""']],
    ['a tab before a fence: indented code', '\t```\naaa', ['text 0-0', 'text 1-1']],
    ['an opening indented by 4: indented code', '    ```\naaa', ['text 0-0', 'text 1-1']],
    ['a closing fence indented by 3', '```\naaa\n   ```', ['fence 0-2 closed ""']],
    ['a closing fence indented by 4 does not close', '```\naaa\n    ```', ['fence 0-2 open ""']],
    ['an unclosed fence runs to the end', '```\naaa\n\n# h', ['fence 0-3 open ""']],
    [
      'a fence interrupts a paragraph',
      'foo\n```\nbar\n```\nbaz',
      ['text 0-0', 'fence 1-3 closed ""', 'text 4-4'],
    ],
  ])('%s', (_, text, expected) => {
    expectScanned(text, expected)
  })
})

describe('scanLines: HTML blocks', () => {
  it.each([
    [
      'a one-line comment',
      '<!-- { "blockType": "request" } -->\n```http',
      ['html 0-0 comment closed', 'fence 1-1 open "http"'],
    ],
    ['a comment over lines', '<!-- {\n  "a": 1\n}-->\ntext', ['html 0-2 comment closed', 'text 3-3']],
    ['`<!-->` ends at once', '<!-->\n# h', ['html 0-0 comment closed', 'heading 1-1 h1 "h"']],
    ['a fence inside a comment', '<!--\n```\n-->\n# h', ['html 0-2 comment closed', 'heading 3-3 h1 "h"']],
    ['a comment inside a fence', '```\n<!--\n```\n# h', ['fence 0-2 closed ""', 'heading 3-3 h1 "h"']],
    ['an unclosed comment runs to the end', '<!-- {\n# h\n```', ['html 0-2 comment open']],
    ['a comment indented by 4 is not one', '    <!-- x\n# h', ['text 0-0', 'heading 1-1 h1 "h"']],
    [
      'a div block ends at a blank line',
      '<div>\n```\n\n```',
      ['html 0-1 closed', 'blank 2-2', 'fence 3-3 open ""'],
    ],
    [
      'a pre block ends at its closing tag',
      '<pre>\n# x\n\n</pre>\n# y',
      ['html 0-3 closed', 'heading 4-4 h1 "y"'],
    ],
    [
      'a comment interrupts a paragraph',
      'text\n<!-- x -->\nmore',
      ['text 0-0', 'html 1-1 comment closed', 'text 2-2'],
    ],
    [
      'a closing div tag',
      '\n</div>\n# x\n\n# y',
      ['blank 0-0', 'html 1-2 closed', 'blank 3-3', 'heading 4-4 h1 "y"'],
    ],
    ['a custom tag after a blank line', '\n<custom-tag>\n# x', ['blank 0-0', 'html 1-2 closed']],
    [
      'a custom tag does not interrupt a paragraph',
      'text\n<custom-tag>\n# x',
      ['text 0-0', 'text 1-1', 'heading 2-2 h1 "x"'],
    ],
  ])('%s', (_, text, expected) => {
    expectScanned(text, expected)
  })
})

describe('scanLines: headings and table rows', () => {
  it.each([
    ['# foo', 'heading 0-0 h1 "foo"'],
    ['###### foo', 'heading 0-0 h6 "foo"'],
    ['####### foo', 'text 0-0'],
    ['#5 bolt', 'text 0-0'],
    ['#hashtag', 'text 0-0'],
    ['\\## foo', 'text 0-0'],
    ['   ### foo', 'heading 0-0 h3 "foo"'],
    ['    # foo', 'text 0-0'],
    ['#\tfoo', 'heading 0-0 h1 "foo"'],
    ['## foo ##  ', 'heading 0-0 h2 "foo"'],
    ['# foo#', 'heading 0-0 h1 "foo#"'],
    ['### foo \\###', 'heading 0-0 h3 "foo \\###"'],
    ['#', 'heading 0-0 h1 ""'],
    ['# [HTTP](#tab/http)', 'heading 0-0 h1 "[HTTP](#tab/http)"'],
    ['| id | String |', 'table-row 0-0'],
    ['  |:--|--|', 'table-row 0-0'],
    ['a | b', 'text 0-0'],
    ['', 'blank 0-0'],
    [' \t', 'blank 0-0'],
  ])('%j', (line, expected) => {
    expectScanned(line, [expected])
  })

  it('scans from a given line on', () => {
    expect(scanLines(['```', '# x', '```'], 1).map((block) => block.kind)).toEqual(['heading', 'fence'])
  })
})

describe('readFenceOpening and readAtxHeading', () => {
  it('read a line on its own', () => {
    expect(readFenceOpening('  ~~~~ json')).toEqual({ char: '~', size: 4, indent: 2, info: 'json' })
    expect(readFenceOpening('``')).toBeUndefined()
    expect(readAtxHeading('## HTTP request ##')).toEqual({ depth: 2, text: 'HTTP request', offset: 3 })
    expect(readAtxHeading(' #')).toEqual({ depth: 1, text: '', offset: 2 })
    expect(readAtxHeading('#tag')).toBeUndefined()
  })
})
