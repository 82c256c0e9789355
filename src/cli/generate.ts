/**
 * `doc2ts generate [docs-dir] [--out dir] [--check] [--strict] [--quiet]`: docs → generated files.
 */
import { checkDocs } from '../check/check-docs.js'
import { ConfigError, loadCheckConfig } from '../check/load-config.js'
import { emitAll } from '../pipeline.js'
import { readDocs } from '../read-docs.js'
import { writeOutput } from '../write-output.js'
import {
  countSeverities,
  type Io,
  parseCommandArgs,
  printDiagnostics,
  requireDirectory,
  UsageError,
} from './io.js'

export async function generateCommand(args: string[], io: Io): Promise<number> {
  const started = performance.now()
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string', default: 'generated' },
    check: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  })
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`)
  const docsDir = positionals[0] ?? 'input-docs'
  const outDir = String(values.out)
  await requireDirectory(docsDir)
  const suppress = await loadCheckConfig(docsDir).then(
    (config) => config.suppress,
    (error: unknown) => {
      throw error instanceof ConfigError ? new UsageError(error.message) : error
    },
  )
  const docs = await readDocs(docsDir)
  // The doc checks' diagnostics are printed; model.json keeps those of extract and link.
  const checked = checkDocs(docs.pages, suppress)
  const model = checked.model
  model.diagnostics = [...docs.diagnostics, ...model.diagnostics]
  const diagnostics = [...docs.diagnostics, ...checked.diagnostics]
  const blocked = values.strict && diagnostics.some((d) => d.severity !== 'info')
  const files = emitAll(model)
  const result = await writeOutput(outDir, files, { dryRun: Boolean(values.check) || blocked })
  printDiagnostics(diagnostics, io)
  if (blocked && !values.check) io.err('doc2ts: --strict: diagnostics above; nothing written\n')
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
