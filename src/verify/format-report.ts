/**
 * `doc2ts verify`'s findings as text, one line each, at the request example that showed them:
 *   api/x-get.md:57:1 error verify-type x-get GET /x/{id} /status: Unexpected number 5 for status, expected …
 * Text from the docs and the service (paths, messages quoting values) is shown as one line of
 * printable characters: a control character or line separator is written as its `\u` escape, so a
 * hostile page or answer cannot forge report lines or drive the terminal.
 * `--format json` is `{ summary, findings }` as `verify` returns them.
 */
import type { VerifyFinding, VerifyResult } from '../api/verify.js'

export function formatFindings(findings: readonly VerifyFinding[]): string {
  return findings
    .map((f) => {
      const at = f.pointer === undefined || f.pointer === '' ? '' : ` ${f.pointer}`
      return `${printable(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.operation} ${f.method} ${f.target}${at}: ${f.message}`)}\n`
    })
    .join('')
}

export function formatJson(result: VerifyResult): string {
  return `${JSON.stringify({ summary: result.summary, findings: result.findings }, null, 2)}\n`
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
