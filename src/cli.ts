/**
 * The `doc2ts` command line. Exit codes: 0 fine (warnings allowed), 1 errors in the docs (or
 * warnings with --strict), a --check difference or findings of diff/verify, 2 bad usage, unreadable
 * input or (verify) a service that does not answer.
 * Each command lives in `src/cli/<command>.ts` and is loaded only when called.
 */

import { commandUsage, usage } from './cli/help.js'
import { processIo } from './cli/io.js'
import type { Io } from './cli/streams.js'
import { UsageError } from './cli/usage-error.js'
import { packageVersion } from './store/version.js'
import { OutputWriteError } from './write/write-output.js'

type Command = (args: string[], io: Io) => Promise<number>

const commands: Record<string, () => Promise<Command>> = {
  generate: async () => (await import('./cli/generate.js')).generateCommand,
  mock: async () => (await import('./cli/mock.js')).mockCommand,
  check: async () => (await import('./cli/check.js')).checkCommand,
  diff: async () => (await import('./cli/diff.js')).diffCommand,
  watch: async () => (await import('./cli/watch.js')).watchCommand,
  verify: async () => (await import('./cli/verify.js')).verifyCommand,
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === '-h' || name === '--help') {
    io.out(usage())
    return 0
  }
  // No command is bad usage, one line on stderr as every other.
  if (!name) {
    io.err(`doc2ts: no command (commands: ${Object.keys(commands).join(', ')}; see doc2ts --help)\n`)
    return 2
  }
  if (name === '-v' || name === '--version') {
    io.out(`${packageVersion()}\n`)
    return 0
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!load) {
    io.err(
      `doc2ts: unknown command "${name}" (commands: ${Object.keys(commands).join(', ')}; see doc2ts --help)\n`,
    )
    return 2
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(commandUsage(name))
    return 0
  }
  try {
    return await (await load())(rest, io)
  } catch (error) {
    // An output that could not be written after all is one line, like an --out found unwritable.
    if (error instanceof OutputWriteError) {
      io.err(`doc2ts ${name}: ${error.message}\n`)
      return 2
    }
    if (error instanceof UsageError) {
      io.err(`doc2ts ${name}: ${error.message} (see ${error.see ?? `doc2ts ${name} --help`})\n`)
      return 2
    }
    throw error
  }
}
