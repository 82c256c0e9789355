/**
 * Read the JSON of an annotation comment, leniently: the docs' comments carry trailing commas,
 * unquoted keys and raw line breaks inside strings, which JSON5 (plus newline folding) accepts.
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.user" } -->
 */

import type { Html } from 'mdast'
import { getOrCreate } from '../get-or-create.js'
import type { Annotation, SourcePosition } from '../model.js'
import { parseJson5 } from './json5-text.js'

const COMMENT = /^\s*<!--+\s*([\s\S]*?)\s*-*-->\s*$/

export type AnnotationResult =
  | { kind: 'annotation'; value: Annotation }
  | { kind: 'invalid'; message: string; lineOffset: number; column: number }
  | { kind: 'not-json' }

/** `html` is the raw value of an mdast `html` node. */
export function parseAnnotation(html: string): AnnotationResult {
  const match = COMMENT.exec(html)
  const body = match?.[1]
  if (body === undefined || !body.startsWith('{')) return { kind: 'not-json' }
  try {
    const value = parseJson5(foldNewlinesInStrings(body))
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'not-json' }
    return { kind: 'annotation', value: value as Annotation }
  } catch (error) {
    const { lineNumber = 1, columnNumber = 1 } = error as { lineNumber?: number; columnNumber?: number }
    const offset = html.indexOf(body)
    const before = html.slice(0, offset)
    const headLines = before.split('\n').length - 1
    return {
      kind: 'invalid',
      message: (error as Error).message.replace(/^JSON5: /, ''),
      lineOffset: headLines + lineNumber - 1,
      column: lineNumber === 1 ? offset - before.lastIndexOf('\n') + columnNumber - 1 : columnNumber,
    }
  }
}

/**
 * Whether `text` may hold an annotation of `blockType`, a cheap test before parsing any; JSON5 lets
 * the key go bare and quote with `'`:  `"blockType": "resource"`, `blockType: 'resource'`.
 */
export function mayHoldAnnotation(text: string, blockType: string): boolean {
  return text.includes('blockType') && annotationPattern(blockType).test(text)
}

/** The pattern of each block type, made once: the test runs for every section of every page. */
const annotationPatterns = new Map<string, RegExp>()
function annotationPattern(blockType: string): RegExp {
  return getOrCreate(
    annotationPatterns,
    blockType,
    () => new RegExp(`\\bblockType['"]?\\s*:\\s*['"]${blockType}['"]`),
  )
}

/**
 * Where an annotation comment writes `key`, quoted or bare as JSON5 allows: the line and column of
 * `"baseType"` in plannerbucket.md's
 *   <!-- {
 *     "blockType": "resource",
 *     "baseType": "microsoft.graph.entity",
 */
export function annotationKeyPosition(comment: Html, key: string, file: string): SourcePosition | undefined {
  const start = comment.position?.start
  if (!start) return undefined
  const written = new RegExp(`(['"]?)\\b${key}\\1\\s*:`)
  for (const [index, line] of comment.value.split('\n').entries()) {
    const match = written.exec(line)
    if (match)
      return { file, line: start.line + index, column: match.index + (index === 0 ? start.column : 1) }
  }
  return undefined
}

/** Replace raw line breaks inside string literals by spaces (JSON5 rejects them). */
function foldNewlinesInStrings(text: string): string {
  let out = ''
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quote) {
      if (ch === '\\') {
        out += ch + (text[++i] ?? '')
        continue
      }
      if (ch === quote) quote = undefined
      out += ch === '\n' || ch === '\r' ? ' ' : ch
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    out += ch
  }
  return out
}
