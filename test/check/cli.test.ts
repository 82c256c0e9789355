import { describe, expect, it } from 'vitest'
import { formatGithub } from '../../src/check/formats/github.js'
import { formatText } from '../../src/check/formats/text.js'
import { main } from '../../src/cli.js'
import type { Diagnostic } from '../../src/model.js'

function capture() {
  let out = ''
  let err = ''
  return {
    io: {
      out: (t: string) => {
        out += t
      },
      err: (t: string) => {
        err += t
      },
    },
    out: () => out,
    err: () => err,
  }
}

const sample: Diagnostic = {
  file: 'api/x.md',
  line: 2,
  column: 5,
  severity: 'error',
  code: 'invalid-json',
  message: 'Unexpected `}`, expected 100%: a,b',
}

describe('doc2ts check', () => {
  it('exits 1 on errors and prints JSON diagnostics', async () => {
    const c = capture()
    expect(await main(['check', 'test/fixtures/check/docs', '--format', 'json'], c.io)).toBe(1)
    const printed = JSON.parse(c.out()) as Diagnostic[]
    expect(printed.some((d) => d.code === 'inheritance-cycle')).toBe(true)
    expect(Object.keys(printed[0] ?? {}).sort()).toEqual([
      'code',
      'column',
      'file',
      'line',
      'message',
      'severity',
    ])
  })

  it('exits 0 on the seeds (warnings only), 1 with --strict', async () => {
    expect(await main(['check', 'input-docs', '--quiet', '--format', 'json'], capture().io)).toBe(0)
    expect(await main(['check', 'input-docs', '--strict', '--format', 'json'], capture().io)).toBe(1)
  })

  it('exits 2 on bad usage', async () => {
    expect(await main(['check', 'input-docs', '--format', 'xml'], capture().io)).toBe(2)
    expect(await main(['check', 'no/such/folder'], capture().io)).toBe(2)
  })

  it('prints github workflow commands with escaped data', () => {
    expect(formatGithub([sample], 'docs')).toBe(
      '::error file=docs/api/x.md,line=2,col=5,title=invalid-json::Unexpected `}`, expected 100%25: a,b\n',
    )
  })

  it('shows the offending line with a caret under the column', () => {
    const text = formatText([sample], () => '{ "a": 1,}')
    expect(text.split('\n').slice(1, 3)).toEqual(['    2 | { "a": 1,}', '      |     ^'])
  })

  it('shows a long line around the column, its cut ends marked', () => {
    // A hostile page's line a megabyte long was printed whole.
    const line = `${'a'.repeat(1000)}X${'b'.repeat(1_000_000)}`
    const [, shown = '', caret = ''] = formatText([{ ...sample, column: 1001 }], () => line).split('\n')
    expect(shown.length).toBeLessThan(200)
    expect(shown).toMatch(/^ {4}2 \| …a+Xb+…$/)
    expect(caret.indexOf('^')).toBe(shown.indexOf('X'))
    const start = formatText([{ ...sample, column: 1 }], () => line).split('\n')[2] ?? ''
    expect(start).toBe('      | ^')
  })
})
