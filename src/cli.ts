/**
 * The `doc2ts` command line. Exit codes: 0 fine (warnings allowed), 1 errors in the docs (or
 * warnings with --strict) or a --check difference, 2 bad usage or unreadable input.
 */
import { stat } from 'node:fs/promises'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { formatDiagnostic } from './diagnostics.js'
import type { Diagnostic } from './model.js'
import { buildModel, emitAll } from './pipeline.js'
import { readDocs } from './read-docs.js'
import { writeOutput } from './write-output.js'

const USAGE = `usage: doc2ts <command> [options]

commands:
  generate [docs-dir] [--out dir] [--check] [--strict] [--quiet]
      read the docs (default input-docs) and write types, client, server, model.json (default generated)

options:
  --out dir     output folder (default: generated)
  --check       write nothing; exit 1 if any output file would change
  --strict      treat warnings as errors
  --quiet       print only diagnostics and the summary line
  -h, --help    show this help
`

export interface Io {
  out: (text: string) => void
  err: (text: string) => void
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '-h' || command === '--help') {
    io.out(USAGE)
    return command ? 0 : 2
  }
  try {
    if (command === 'generate') return await generateCommand(rest, io)
    io.err(`doc2ts: unknown command "${command}"\n${USAGE}`)
    return 2
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`doc2ts: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

export class UsageError extends Error {}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

async function requireDirectory(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isDirectory()) throw new UsageError(`cannot read docs folder "${path}": not a directory`)
}

async function generateCommand(args: string[], io: Io): Promise<number> {
  const started = performance.now()
  const { values, positionals } = parse(args, {
    out: { type: 'string', default: 'generated' },
    check: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  })
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`)
  const docsDir = positionals[0] ?? 'input-docs'
  const outDir = String(values.out)
  await requireDirectory(docsDir)
  const docs = await readDocs(docsDir)
  const model = buildModel(docs.pages)
  const diagnostics = [...docs.diagnostics, ...model.diagnostics]
  model.diagnostics = diagnostics
  const files = emitAll(model)
  const result = await writeOutput(outDir, files, { dryRun: Boolean(values.check) })
  printDiagnostics(diagnostics, io)
  for (const refused of result.refused)
    io.err(`doc2ts: refused to write ${refused.path}: ${refused.reason}\n`)
  const counts = countSeverities(diagnostics)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  const changes = values.check
    ? `${result.changed.length + result.removed.length} file(s) would change`
    : `${result.changed.length} file(s) written, ${result.removed.length} removed`
  io.err(
    `doc2ts: ${docs.pages.length} pages, ${Object.keys(model.types).length} types, ${model.operations.length} operations, ` +
      `${counts.error} errors, ${counts.warning} warnings; ${changes} in ${seconds}s\n`,
  )
  if (values.check && result.changed.length + result.removed.length > 0) {
    for (const path of [...result.changed, ...result.removed]) io.err(`doc2ts: out of date: ${path}\n`)
    return 1
  }
  if (result.refused.length > 0 || counts.error > 0) return 1
  return values.strict && counts.warning > 0 ? 1 : 0
}

function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics) if (d.severity !== 'info') io.err(`${formatDiagnostic(d)}\n`)
}

function countSeverities(diagnostics: readonly Diagnostic[]) {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) counts[d.severity]++
  return counts
}
