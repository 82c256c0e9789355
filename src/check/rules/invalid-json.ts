/**
 * Strict JSON where the docs promise JSON, reported at the line and column of the fault:
 * - annotation comments  `<!-- { "blockType": "response", "truncated": true, } -->`
 * - JSON representation blocks of resource pages (```json after a `resource` annotation), whose
 *   `/* … *\/` and `// …` comments are allowed
 * - example request and response bodies whose Content-Type is JSON (or, without one, that start
 *   with `{` or `[`); raw MIME, bytes or text bodies with another Content-Type are not JSON.
 * Placeholder values (`"String (identifier)"`, `1024`) are valid JSON and pass.
 */

import { diagnostic } from '../../diagnostics.js'
import { isRepresentationBlock, representationSections } from '../../extract/resource-block.js'
import type { Diagnostic, ExampleDef } from '../../model.js'
import { annotatedCodeBlocks } from '../../parse/code-blocks.js'
import { htmlComments } from '../../parse/html-comments.js'
import { blankJsonComments } from '../../parse/json-comments.js'
import type { Page } from '../../parse/page.js'
import type { ExampleReads } from '../../shape/examples.js'
import { lineAndColumn, parseJsonWithOffsets } from '../json-locations.js'
import { proseLines } from '../prose-lines.js'
import type { PageRule } from '../rule.js'

export const invalidJson: PageRule = {
  name: 'invalid-json',
  codes: ['invalid-json'],
  page({ model, text, page, examples }) {
    const found = checkAnnotations(model.file, text)
    if (model.pageKind === 'resource') found.push(...checkRepresentations(model.file, page))
    for (const operation of model.operations)
      for (const example of operation.examples) found.push(...checkExampleBody(example, examples))
    return found
  },
}

function checkAnnotations(file: string, text: string): Diagnostic[] {
  const prose = new Set<number>()
  for (const [line] of proseLines(text)) prose.add(line)
  const found: Diagnostic[] = []
  for (const comment of htmlComments(text)) {
    const { inner } = comment
    const lead = inner.search(/\S/)
    if (lead < 0 || inner[lead] !== '{') continue
    const start = comment.start + lead
    const { line } = lineAndColumn(text, start)
    if (!prose.has(line + 1)) continue // a comment shown inside a code block
    const result = parseJsonWithOffsets(withoutTrailingNote(inner.slice(lead).trimEnd()))
    if (result.ok) continue
    const at = lineAndColumn(text, start + result.offset)
    found.push(
      diagnostic(
        'invalid-json',
        { file, line: at.line + 1, column: at.column + 1 },
        `${result.message} in annotation comment`,
      ),
    )
  }
  return found
}

/**
 * An annotation without the writer's note after its closing brace, which the docs tooling ignores:
 *   <!-- { "blockType": "ignored" } // Note: Removing this line will result in … overwriting the table. -->
 */
function withoutTrailingNote(body: string): string {
  return body.replace(/\}[ \t]*\/\/[^\n]*$/, '}')
}

function checkRepresentations(file: string, page: Page): Diagnostic[] {
  const found: Diagnostic[] = []
  for (const { tree, isJsonSection } of representationSections(page)) {
    for (const block of annotatedCodeBlocks(tree, file, [])) {
      if (!isRepresentationBlock(block, isJsonSection)) continue
      const { code } = block
      // A representation is a schema sketch: `/* relationships */` comments are not faults.
      const result = parseJsonWithOffsets(blankJsonComments(code.value))
      if (result.ok) continue
      const at = lineAndColumn(code.value, result.offset)
      const first = (code.position?.start.line ?? 0) + 1
      const indent = (code.position?.start.column ?? 1) - 1
      found.push(
        diagnostic(
          'invalid-json',
          { file, line: first + at.line, column: indent + at.column + 1 },
          `${result.message} in JSON representation`,
        ),
      )
    }
  }
  return found
}

function checkExampleBody(example: ExampleDef, examples: ExampleReads): Diagnostic[] {
  const body = example.bodyText
  if (example.annotation?.blockType === 'ignored') return [] // the writer says it is not to be checked
  if (body === undefined || example.bodyLine === undefined || !isJsonBody(example)) return []
  // Read once for extract too; only a body that is not JSON is read again, to place the fault.
  const read = examples.of(example).body
  if (read.kind === 'json' && !read.slip) return []
  const result = parseJsonWithOffsets(body)
  if (result.ok) return []
  const at = lineAndColumn(body, result.offset)
  return [
    diagnostic(
      'invalid-json',
      {
        file: example.position.file,
        line: example.bodyLine + at.line,
        column: example.position.column - 1 + at.column + 1,
      },
      `${result.message} in ${example.kind} body`,
    ),
  ]
}

/** A JSON Content-Type, or none and a body that opens like JSON. */
export function isJsonBody(example: ExampleDef): boolean {
  const contentType = Object.entries(example.headers).find(([name]) => /^content-type$/i.test(name))?.[1]
  if (contentType !== undefined && contentType.trim() !== '') return /json/i.test(contentType)
  return /^\s*[{[]/.test(example.bodyText ?? '')
}
