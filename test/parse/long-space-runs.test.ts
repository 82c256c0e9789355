/**
 * Hostile lines for the line readers: a run of 50,000 spaces where a pattern had a suffix set off
 * by spaces (a heading's closing sequence, a line's trailing spaces). Each pattern tried every
 * split of the run (seconds per line, quadratic); now each run is tried once. The cases hold the
 * results, which are those of the short lines.
 */
import { describe, expect, it } from 'vitest'
import { lightTree } from '../../src/parse/light-tree.js'
import { readAtxHeading } from '../../src/parse/line-scanner.js'
import { parseSectionBody } from '../../src/parse/section-tree.js'

const RUN = ' '.repeat(50_000)

describe('line readers on long space runs', () => {
  it.each([
    [`## a${RUN}x`, { depth: 2, text: `a${RUN}x`, offset: 3 }],
    [`## a${RUN}#${RUN}`, { depth: 2, text: 'a', offset: 3 }],
    [`## a${RUN}#${RUN}x`, { depth: 2, text: `a${RUN}#${RUN}x`, offset: 3 }],
    [`##${RUN}`, { depth: 2, text: '', offset: 50_002 }],
  ])('reads heading %#', (line, expected) => {
    expect(readAtxHeading(line)).toEqual(expected)
  })

  it('reads a paragraph whose line ends in a long run as remark does', () => {
    const text = `One${RUN}\ntwo${RUN}x`
    expect(lightTree(text, 7, true)).toBeDefined()
    const tree = (mode: 'fast' | 'remark') => parseSectionBody(text, '', 7, mode).tree
    expect(tree('fast')).toEqual(tree('remark'))
  })
})
