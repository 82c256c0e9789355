/**
 * The catalog of diagnostic codes: one entry per code, with its severity and what raises it.
 * Codes are stable kebab-case ids; users suppress them by name.
 */
import type { Diagnostic, Severity, SourcePosition } from './model.js'

export const catalog = {
  'invalid-json': {
    severity: 'error',
    summary: 'A JSON block, example body or annotation is not valid JSON.',
  },
  'unreadable-file': { severity: 'error', summary: 'A page is binary, not UTF-8, or over the size cap.' },
  'unknown-page-kind': { severity: 'info', summary: 'A page is neither a resource, enum nor API page.' },
  'missing-type-name': {
    severity: 'warning',
    summary: 'A resource page names no type (no annotation, no usable H1).',
  },
  'unresolved-type': {
    severity: 'warning',
    summary: 'A type reference names no documented type; it becomes `unknown`.',
  },
  'duplicate-type': {
    severity: 'warning',
    summary: 'A type is defined on several pages with conflicting definitions.',
  },
  'inheritance-cycle': { severity: 'error', summary: 'Base types form a cycle; the cycle is cut.' },
  'malformed-table': { severity: 'warning', summary: 'A table row has more or fewer cells than its header.' },
  'unknown-type-notation': { severity: 'warning', summary: 'A Type cell could not be read as a type.' },
  'unparsable-route': {
    severity: 'warning',
    summary: 'A line of an HTTP request block is not a `VERB /path` route.',
  },
  'missing-route': { severity: 'warning', summary: 'An API page documents no `VERB /path` route.' },
  'response-type-conflict': {
    severity: 'info',
    summary: 'The Response sentence and the response annotation name different types; the annotation wins.',
  },
  'unsafe-name': {
    severity: 'warning',
    summary: 'A name could not be used as given (path traversal, reserved text).',
  },
} satisfies Record<string, { severity: Severity; summary: string }>

export type DiagnosticCode = keyof typeof catalog

export function diagnostic(code: DiagnosticCode, at: SourcePosition, message: string): Diagnostic {
  return { file: at.file, line: at.line, column: at.column, severity: catalog[code].severity, code, message }
}

/** Stable order for output: file, line, column, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`
}
