import { describe, expect, it } from 'vitest'
import { htmlComments } from '../../src/parse/html-comments.js'

/** What the lazy pattern it replaces read: each comment's text, between its dashes. */
const byPattern = (text: string) => [...text.matchAll(/<!--+([\s\S]*?)-*-->/g)].map((match) => match[1])

describe('htmlComments', () => {
  it.each([
    '<!-- { "blockType": "request" } -->',
    'a <!--- x ---> b <!--y--> c',
    '<!---->',
    '<!-- one -->\n```\n<!-- two\n-->',
    '<!-- unclosed <!-- also',
    '<!-- a --> <!-- never closed',
    'no comment at all',
  ])('reads %j as the pattern did', (text) => {
    expect([...htmlComments(text)].map((comment) => comment.inner)).toEqual(byPattern(text))
  })

  it('gives where each comment text starts', () => {
    const text = 'x <!-- {"a": 1} -->'
    const [comment] = [...htmlComments(text)]
    expect(comment?.start).toBe(text.indexOf(' {'))
  })

  it('stops at the first comment that never closes, however many open after it', () => {
    // A line of `<!-- ` a megabyte long: each was retried to the end of the page.
    const text = `<!-- a -->${'<!-- '.repeat(200_000)}`
    expect([...htmlComments(text)].map((comment) => comment.inner)).toEqual([' a '])
  })
})
