/** Prose lines leave out fenced code by CommonMark's rules: a fence line with an info string never closes. */
import { describe, expect, it } from 'vitest'
import { proseLines } from '../../src/check/prose-lines.js'
import { checkDocs } from '../support/check-docs.js'

const BODY = [
  '# X', // 1
  '```http', // 2
  'POST /me/items', // 3
  '```json', // 4  ← code, not a close
  '{ "note": "TODO in code" }', // 5
  '```', // 6  ← the close
  'TODO: prose after the block', // 7
  '~~~', // 8
  '```', // 9
  'TODO in tilde code', // 10
  '~~~~', // 11
  'Not yet documented', // 12
].join('\n')

describe('proseLines', () => {
  it('skips a fence up to its real closing line', () => {
    expect([...proseLines(BODY)].map(([line]) => line)).toEqual([1, 7, 12])
  })

  it('lets todo-placeholder flag the prose after a block, not the code in it', async () => {
    const found = (await checkDocs([{ file: 'api/x.md', text: BODY }])).diagnostics
      .filter((d) => d.code === 'todo-placeholder')
      .map((d) => d.line)
    expect(found).toEqual([7, 12])
  })
})
