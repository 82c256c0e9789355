/**
 * The `doc2ts` command line. Exit codes: 0 fine (warnings allowed), 1 errors in the docs (or
 * warnings with --strict) or a --check difference, 2 bad usage or unreadable input.
 * Each command lives in `src/cli/<command>.ts` and is loaded only when called.
 */
import { type Io, processIo, UsageError } from './cli/io.js'

const USAGE = `usage: doc2ts <command> [options]

commands:
  generate [docs-dir] [--out dir] [--check] [--strict] [--quiet]
      read the docs (default input-docs) and write the generated files (default generated/)
  watch [docs-dir] [--out dir] [--quiet]
      generate, then regenerate incrementally on every change to the docs
  mock [docs-dir] [--port 4010] [--host 127.0.0.1] [--quiet]
      serve the documented API as a mock: documented examples, validated requests
  check [docs-dir] [--format text|json|github] [--strict] [--quiet] [--list]
      report doc problems (exit 1 on errors, or on warnings with --strict); --list shows the codes
  diff OLD-DOCS NEW-DOCS [--format text|json]
      what a docs change does to the API; exit 1 when a change breaks clients

options:
  --out dir     output folder (default: generated)
  --check       write nothing; exit 1 if any output file would change
  --strict      treat warnings as errors
  --quiet       print only diagnostics and the summary line
  --cache-dir d page cache of generate and watch (default: node_modules/.cache/doc2ts)
  --no-cache    neither read nor write the cache
  -h, --help    show this help
`

type Command = (args: string[], io: Io) => Promise<number>

const commands: Record<string, () => Promise<Command>> = {
  generate: async () => (await import('./cli/generate.js')).generateCommand,
  mock: async () => (await import('./cli/mock.js')).mockCommand,
  check: async () => (await import('./cli/check.js')).checkCommand,
  diff: async () => (await import('./cli/diff.js')).diffCommand,
  watch: async () => (await import('./cli/watch.js')).watchCommand,
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '-h' || name === '--help') {
    io.out(USAGE)
    return name ? 0 : 2
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!load) {
    io.err(`doc2ts: unknown command "${name}"\n${USAGE}`)
    return 2
  }
  try {
    return await (await load())(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`doc2ts: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
