/**
 * `doc2ts check [docs-dir] [--format text|json|github] [--strict] [--quiet] [--list]`: the doc
 * diagnostics only. Exit 0 when fine (warnings allowed), 1 on errors (or warnings with --strict),
 * 2 on bad usage or an unreadable docs folder or config. Suppressions: `doc2ts.config.json` in the
 * docs folder or the working directory, and `<!-- doc2ts-disable <code> -->` comments.
 */
import { runCheck } from '../api/check.js'
import { formatGithub } from '../check/formats/github.js'
import { formatText } from '../check/formats/text.js'
import { catalog } from '../diagnostics.js'
import { shownPath } from '../shown-paths.js'
import { parseCommandArgs, stepTimings } from './io.js'
import { CONFIG_OPTIONS, docsJob } from './jobs.js'
import { printable } from './report.js'
import type { Io } from './streams.js'
import { UsageError } from './usage-error.js'

const FORMATS = ['text', 'json', 'github'] as const

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const started = performance.now()
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'text' },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
    ...CONFIG_OPTIONS,
  })
  const format = String(values.format)
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`Unexpected --format ${format}, expected one of ${FORMATS.join(', ')}`)
  if (values.list) {
    for (const [code, entry] of Object.entries(catalog))
      io.out(
        `${code.padEnd(28)} ${entry.severity.padEnd(8)} ${entry.raisedBy}\n${' '.repeat(38)}${entry.summary}\n`,
      )
    return 0
  }
  // The config's jobs name the docs folder and the suppressions.
  const { docsDir, suppress } = await docsJob({ ...values, positionals })
  const { result, docs } = await runCheck(
    { docs: docsDir, strict: Boolean(values.strict), suppress },
    stepTimings(values.timings, io),
  )
  const { diagnostics, summary } = result
  const shown = format === 'json' ? diagnostics : printable(diagnostics)
  if (format === 'json') io.out(`${JSON.stringify(shown, null, 2)}\n`)
  else if (format === 'github') io.out(formatGithub(shown, docsDir))
  else {
    const texts = new Map(docs.pages.map((page) => [page.file, page.text.split('\n')]))
    io.out(formatText(shown, (file, line) => texts.get(file)?.[line - 1], shownPath(docsDir)))
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  if (!values.quiet || format === 'text')
    io.err(
      `doc2ts check: ${summary.pages} pages, ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} info in ${seconds}s\n`,
    )
  return summary.ok ? 0 : 1
}
