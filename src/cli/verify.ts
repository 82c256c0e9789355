/**
 * `doc2ts verify [docs-dir] --base-url URL [--format text|json] [--unsafe] [--shown-members] [--include glob]…
 * [--header "Name: value"]… [--timeout ms] [--concurrency n] [--quiet]`: replay the documented request examples against a
 * running service and report where its answers disagree with the docs. Exit 0 when every answer
 * agrees (the docs' own contradictions are reported, not fatal), 1 on a disagreement, 2 on bad
 * usage, an unreadable docs folder or a service that does not answer at all.
 */

import { ServiceUnreachableError, VerifyOptionError, verify } from '../api/verify.js'
import { withShownPaths } from '../shown-paths.js'
import { formatFindings, formatJson, printable } from '../verify/format-report.js'
import { docsDirArgument, parseCommandArgs } from './io.js'
import type { Io } from './streams.js'
import { UsageError } from './usage-error.js'

const FORMATS = ['text', 'json'] as const

/** The flag that sets each option `verify` may refuse. */
const FLAGS: Record<VerifyOptionError['option'], string> = {
  baseUrl: '--base-url',
  timeoutMs: '--timeout',
  concurrency: '--concurrency',
  headers: '--header',
}

export async function verifyCommand(args: string[], io: Io): Promise<number> {
  const started = performance.now()
  const { values, positionals } = parseCommandArgs(args, {
    'base-url': { type: 'string' },
    format: { type: 'string', default: 'text' },
    unsafe: { type: 'boolean', default: false },
    'shown-members': { type: 'boolean', default: false },
    include: { type: 'string', multiple: true },
    header: { type: 'string', multiple: true },
    timeout: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '8' },
    quiet: { type: 'boolean', default: false },
  })
  const format = String(values.format)
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`Unexpected --format ${format}, expected one of ${FORMATS.join(', ')}`)
  const baseUrl = values['base-url']
  if (baseUrl === undefined) throw new UsageError('--base-url URL is required: where the service runs')
  const docs = await docsDirArgument(positionals)
  // The options are checked by `verify`; a problem is said as the flag that set it.
  const given = { baseUrl, timeoutMs: values.timeout, concurrency: values.concurrency }
  let result: Awaited<ReturnType<typeof verify>>
  try {
    result = await verify({
      docs,
      baseUrl,
      unsafe: values.unsafe,
      shownMembers: values['shown-members'],
      include: values.include ?? [],
      headers: headersOf(values.header ?? []),
      timeoutMs: Number(values.timeout),
      concurrency: Number(values.concurrency),
    })
  } catch (error) {
    if (error instanceof VerifyOptionError) {
      const text = error.option === 'headers' ? undefined : given[error.option]
      throw new UsageError(
        `${FLAGS[error.option]}: ${error.problem}${text === undefined ? '' : `, got "${text}"`}`,
      )
    }
    if (!(error instanceof ServiceUnreachableError)) throw error
    io.err(`doc2ts verify: ${printable(error.message)}\n`)
    return 2
  }
  io.out(format === 'json' ? formatJson(result) : formatFindings(withShownPaths(result.findings, docs)))
  const { summary } = result
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  if (!values.quiet)
    io.err(
      `doc2ts verify: ${summary.examples} examples replayed against ${printable(baseUrl)}: ${summary.agreed} agree, ${summary.contradicted} only where the docs contradict themselves, ${summary.mismatched} disagree${summary.unsafeSkipped > 0 ? `; ${summary.unsafeSkipped} not replayed without --unsafe` : ''} in ${seconds}s\n`,
    )
  return summary.ok ? 0 : 1
}

/** `--header "Authorization: Bearer x"` (repeatable) → `{ Authorization: 'Bearer x' }`; a name given twice keeps its last value. */
function headersOf(options: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const option of options) {
    const at = option.indexOf(':')
    if (at <= 0) throw new UsageError(`--header: expected "Name: value", got "${printable(option)}"`)
    const name = option.slice(0, at).trim()
    for (const given of Object.keys(headers))
      if (given.toLowerCase() === name.toLowerCase()) delete headers[given]
    headers[name] = option.slice(at + 1).trim()
  }
  return headers
}
