/**
 * How a run shows the docs' diagnostics: by default a short summary (counts by code, the errors
 * first, then at most 20 error lines) that a build log can carry; every diagnostic on request
 * (`--diagnostics all`, or `--report file.json` for tools).
 *   doc2ts: errors by code: invalid-json 28, unresolved-type 4
 *   doc2ts: warnings by code: broken-link 912, unresolved-type 310
 *   api/x.md:12:3 error invalid-json Unexpected `}`, expected a value
 *   doc2ts: 12 more errors not shown; see all with `doc2ts check`, --diagnostics all or --report file.json
 */
import { writeFile } from 'node:fs/promises'
import { formatDiagnostic } from '../diagnostics.js'
import type { Diagnostic, Severity } from '../model.js'
import { printDiagnostics } from './io.js'
import type { Io } from './streams.js'
import { UsageError } from './usage-error.js'

export const DIAGNOSTICS_MODES = ['summary', 'all', 'none'] as const
export type DiagnosticsMode = (typeof DIAGNOSTICS_MODES)[number]

/** Error lines a summary shows at most. */
export const SUMMARY_ERROR_LINES = 20

export function diagnosticsMode(value: string): DiagnosticsMode {
  const mode = DIAGNOSTICS_MODES.find((known) => known === value)
  if (!mode)
    throw new UsageError(`Unexpected --diagnostics ${value}, expected ${DIAGNOSTICS_MODES.join(', ')}`)
  return mode
}

/** The diagnostics a run prints: info ones are not (some depend on the outputs a job writes). */
export function printable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity !== 'info')
}

/** Print `diagnostics` (info excluded) on stderr as `mode` says. */
export function printReport(diagnostics: readonly Diagnostic[], mode: DiagnosticsMode, io: Io): void {
  const shown = printable(diagnostics)
  if (mode === 'none' || shown.length === 0) return
  if (mode === 'all') {
    printDiagnostics(shown, io)
    return
  }
  for (const severity of ['error', 'warning'] as const) {
    const counts = countByCode(shown, severity)
    if (counts) io.err(`doc2ts: ${severity}s by code: ${counts}\n`)
  }
  const errors = shown.filter((d) => d.severity === 'error')
  for (const d of errors.slice(0, SUMMARY_ERROR_LINES)) io.err(`${formatDiagnostic(d)}\n`)
  const hidden = shown.length - Math.min(errors.length, SUMMARY_ERROR_LINES)
  if (hidden > 0)
    io.err(
      `doc2ts: ${hidden} more diagnostic(s) not shown; see all with \`doc2ts check\`, --diagnostics all or --report file.json\n`,
    )
}

/** `code N, code N` for one severity, most frequent first; empty when there are none. */
function countByCode(diagnostics: readonly Diagnostic[], severity: Severity): string {
  const counts = new Map<string, number>()
  for (const d of diagnostics) if (d.severity === severity) counts.set(d.code, (counts.get(d.code) ?? 0) + 1)
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([code, count]) => `${code} ${count}`)
    .join(', ')
}

/** A run's diagnostics for `--report`: every one, info included. */
export type ReportedDiagnostics =
  | readonly Diagnostic[]
  | { readonly jobs: Record<string, readonly Diagnostic[]> }

/**
 * `--report file.json`: the JSON array `check --format json` prints; for a config with jobs,
 * `{ "jobs": { "<name>": [ … ] } }`, each job's array (written after each job, so that it holds
 * every job that ran).
 */
export async function writeReport(path: string, report: ReportedDiagnostics): Promise<void> {
  try {
    await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)
  } catch (error) {
    throw new UsageError(`cannot write --report ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`)
  }
}
