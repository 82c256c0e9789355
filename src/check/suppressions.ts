/**
 * Suppressions: what a docs team has decided not to be told about.
 * - config entries `{ "code": "todo-placeholder", "files": "api/intune-*.md" }`: a code or a check
 *   name (`example-bodies` names all its codes), with an optional glob or list of globs;
 * - inline comments on a page:
 *     <!-- doc2ts-disable todo-placeholder -->            from this line to the end of the page
 *     <!-- doc2ts-enable todo-placeholder -->             …or until this line
 *     <!-- doc2ts-disable-next-line broken-link -->       the next line only
 *     <!-- doc2ts-disable -->                             every code
 */
import { catalog, diagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../model.js'
import { isKnownCode } from './check-names.js'
import { globToRegExp } from './glob.js'
import { proseLines } from './prose-lines.js'
import type { CheckRule } from './rule.js'

export interface SuppressEntry {
  code: string
  files?: string | string[]
}

interface InlineRange {
  codes: Set<string> | 'all'
  from: number
  to: number
}

const INLINE = /<!--\s*doc2ts-(disable-next-line|disable|enable)\b([^>]*?)-->/g

/** The codes a config entry or comment names: a code, or every code of a check. */
export function expandCode(name: string, rules: readonly CheckRule[]): string[] {
  const rule = rules.find((candidate) => candidate.name === name)
  return rule ? [...rule.codes, ...(Object.hasOwn(catalog, name) ? [name] : [])] : [name]
}

/** A quick look for inline comments: false when `text` has none. */
export function mayHoldSuppressions(text: string): boolean {
  return text.includes('doc2ts-')
}

/** Drop the diagnostics that config entries or inline comments suppress; report bad comments. */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  entries: readonly SuppressEntry[],
  texts: ReadonlyMap<string, string>,
  rules: readonly CheckRule[],
): Diagnostic[] {
  const matchers = entries.map((entry) => ({
    codes: new Set(expandCode(entry.code, rules)),
    files: (entry.files === undefined ? [] : [entry.files].flat()).map(globToRegExp),
  }))
  const inline = new Map<string, InlineRange[]>()
  const problems: Diagnostic[] = []
  for (const [file, text] of texts)
    if (mayHoldSuppressions(text)) inline.set(file, readInline(file, text, rules, problems))
  return [...diagnostics, ...problems].filter((d) => {
    if (
      matchers.some(
        (m) => m.codes.has(d.code) && (m.files.length === 0 || m.files.some((re) => re.test(d.file))),
      )
    )
      return false
    const ranges = inline.get(d.file)
    return !ranges?.some(
      (range) =>
        d.line >= range.from && d.line <= range.to && (range.codes === 'all' || range.codes.has(d.code)),
    )
  })
}

function readInline(
  file: string,
  text: string,
  rules: readonly CheckRule[],
  problems: Diagnostic[],
): InlineRange[] {
  const ranges: InlineRange[] = []
  const open = new Map<string, InlineRange>()
  for (const [line, content] of proseLines(text))
    for (const match of content.matchAll(INLINE)) {
      const names = (match[2] ?? '').split(/[\s,]+/).filter(Boolean)
      for (const name of names)
        if (!isKnownCode(name))
          problems.push(
            diagnostic(
              'invalid-suppression',
              { file, line, column: match.index + 1 },
              `Unexpected code "${name}" in doc2ts-${match[1]}, expected a diagnostic code or check name (see \`doc2ts check --list\`)`,
            ),
          )
      const codes =
        names.length === 0 ? ('all' as const) : new Set(names.flatMap((n) => expandCode(n, rules)))
      const key = names.join(' ')
      if (match[1] === 'disable-next-line') ranges.push({ codes, from: line + 1, to: line + 1 })
      else if (match[1] === 'disable') {
        const range = { codes, from: line, to: Number.POSITIVE_INFINITY }
        ranges.push(range)
        open.set(key, range)
      } else {
        const range = open.get(key)
        if (range) {
          range.to = line
          open.delete(key)
        }
      }
    }
  return ranges
}
