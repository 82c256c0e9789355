/** What every command shares: output streams, argument parsing, usage errors, diagnostics printing. */
import { stat } from 'node:fs/promises'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { ConfigError, loadCheckConfig } from '../check/load-config.js'
import type { SuppressEntry } from '../check/suppressions.js'
import { formatDiagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../model.js'

export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  /** True when stderr is a terminal (progress output is shown only then). */
  isTTY?: boolean
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
}

/** Bad usage: reported as `doc2ts: <message>`, exit code 2. */
export class UsageError extends Error {}

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message))
  }
}

/** Node's parse errors go on to advise about `--`; the first sentence is the one-line reason. */
function firstSentence(message: string): string {
  const end = message.indexOf('. ')
  return end === -1 ? message : message.slice(0, end)
}

/** The `[docs-dir]` argument (default `input-docs`, at most one), checked to be a folder. */
export async function docsDirArgument(positionals: readonly string[]): Promise<string> {
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`)
  const docsDir = positionals[0] ?? 'input-docs'
  await requireDirectory(docsDir)
  return docsDir
}

/** The suppressions of the docs folder's `doc2ts.config.json`; a broken config is bad usage. */
export async function loadSuppressions(docsDir: string): Promise<SuppressEntry[]> {
  try {
    return (await loadCheckConfig(docsDir)).suppress
  } catch (error) {
    throw error instanceof ConfigError ? new UsageError(error.message) : error
  }
}

export async function requireDirectory(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isDirectory()) throw new UsageError(`cannot read docs folder "${path}": not a directory`)
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics) if (d.severity !== 'info') io.err(`${formatDiagnostic(d)}\n`)
}

export function countSeverities(diagnostics: readonly Diagnostic[]) {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) counts[d.severity]++
  return counts
}
