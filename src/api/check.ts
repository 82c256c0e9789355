/**
 * `check(options)`: the docs' diagnostics only, as `doc2ts check` reports them (the command is
 * this function plus formatting):
 *   const { diagnostics, summary } = await check({ docs: 'docs' })
 */
import { runBuild } from '../build/index.js'
import type { SuppressEntry } from '../check/suppressions.js'
import { countSeverities, readDocsFolder, requireDirectory } from '../cli/io.js'
import { checkedSuppressions } from '../cli/jobs.js'
import type { Diagnostic } from '../model.js'
import type { DocsInput } from '../read-docs.js'

export interface CheckOptions {
  /** The docs folder (default `input-docs`); a folder without `*.md` pages is an error. */
  docs?: string
  /** Warnings fail too (default false; `--strict`). */
  strict?: boolean
  /** Diagnostics to silence (default none). */
  suppress?: SuppressEntry[]
}

export interface CheckSummary {
  pages: number
  /** Diagnostics by severity. */
  errors: number
  warnings: number
  infos: number
  /** What `doc2ts check` exits 0 for: no errors (and no warnings with `strict`). */
  ok: boolean
}

export interface CheckResult {
  /** Every diagnostic (`info` included), sorted by file and position. */
  diagnostics: Diagnostic[]
  summary: CheckSummary
}

/** Read and check the docs, writing nothing. Rejects, with a one-line message, when `docs` is
 *  not a folder of pages. */
export async function check(options: CheckOptions = {}): Promise<CheckResult> {
  return (await runCheck(options)).result
}

/** `check`, and the pages it read (the command prints the offending lines). */
export async function runCheck(
  options: CheckOptions,
  timings?: (line: string) => void,
): Promise<{ result: CheckResult; docs: DocsInput }> {
  const docsDir = options.docs ?? 'input-docs'
  const suppress = checkedSuppressions(options.suppress ?? [])
  await requireDirectory(docsDir)
  // The build without emit and write.
  const { docs, diagnostics, pages } = await runBuild({
    docs: () => readDocsFolder(docsDir),
    checks: { suppress },
    timings,
  })
  const counts = countSeverities(diagnostics)
  const ok = counts.error === 0 && !(options.strict && counts.warning > 0)
  const summary = {
    // The pages the build counted: include files are material pages pull in, not pages.
    pages,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    ok,
  }
  return { result: { diagnostics, summary }, docs }
}
