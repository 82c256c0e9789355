/**
 * Draft text left on a page, anywhere outside code blocks (front matter, prose, cells, comments):
 *   |Application|**TODO: Determine scopes **|          |id|String|Not yet documented|
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import { proseLines } from '../prose-lines.js'
import type { PageRule } from '../rule.js'

/** Upper-case `TODO` only: `todoTask` is a Graph type. */
const PLACEHOLDER = /\bTODO|\b[Nn]ot yet documented\b/g

export const todoPlaceholder: PageRule = {
  name: 'todo-placeholder',
  codes: ['todo-placeholder'],
  page({ model: page, text }) {
    const found: Diagnostic[] = []
    for (const [line, content] of proseLines(text))
      for (const match of content.matchAll(PLACEHOLDER)) {
        const written = match[0].startsWith('TODO')
          ? (/^TODO[^|<>\n*"]*/.exec(content.slice(match.index))?.[0] ?? 'TODO').replace(
              /(\s*-{2,}.*|[*\s]+)$/,
              '',
            )
          : match[0]
        found.push(
          diagnostic(
            'todo-placeholder',
            { file: page.file, line, column: match.index + 1 },
            `Unexpected draft placeholder "${written}", expected finished documentation`,
          ),
        )
      }
    return found
  },
}
