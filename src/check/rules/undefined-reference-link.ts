/**
 * A reference-style link whose label no definition on the page names: it renders as bracketed text.
 *   | createdBy | [identitySet][] |          ← needs a line `[identitySet]: identityset.md`
 *   See [Error responses][error-response].  ← needs `[error-response]: …`
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import { pageDefinitions } from '../../parse/link-definitions.js'
import { proseLines } from '../prose-lines.js'
import type { PageRule } from '../rule.js'

const REFERENCE = /(?<![!\]\\])\[([^\]\n]+)\]\[([^\]\n]*)\]/g
const DEFINED_LABEL = /^\[([^\]\n]+)\]:/

export const undefinedReferenceLink: PageRule = {
  name: 'undefined-reference-link',
  codes: ['undefined-reference-link'],
  page({ model, text }) {
    if (!text.includes('][')) return []
    const defined = new Set(
      pageDefinitions(text)
        .split('\n')
        .flatMap((line) => DEFINED_LABEL.exec(line)?.[1] ?? [])
        .map(normalisedLabel),
    )
    const found: Diagnostic[] = []
    for (const [line, content] of proseLines(text)) {
      // Code spans are literal text.
      const prose = content.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length))
      for (const match of prose.matchAll(REFERENCE)) {
        const label = match[2] || match[1] || ''
        if (defined.has(normalisedLabel(label))) continue
        found.push(
          diagnostic(
            'undefined-reference-link',
            { file: model.file, line, column: match.index + 1 },
            `Unexpected reference link [${match[1]}][${match[2]}] without a definition, expected a line \`[${label}]: <url>\` on the page`,
          ),
        )
      }
    }
    return found
  },
}

/** Labels match case-insensitively, with runs of white space as one space (CommonMark). */
function normalisedLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}
