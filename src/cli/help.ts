/**
 * What `doc2ts --help` and `doc2ts <command> --help` print: one entry per command, its synopsis,
 * what it does and its options. The options' defaults here are the ones the commands apply.
 */

interface CommandHelp {
  synopsis: string
  summary: string
  options: readonly (readonly [flag: string, description: string])[]
}

const CACHE_OPTIONS = [
  [
    '--cache-dir DIR',
    "page cache (default: the config's cacheDir, else node_modules/.cache/doc2ts beside the config file or here)",
  ],
  ['--no-cache', 'neither read nor write the cache'],
] as const

const SUBSET_OPTIONS = [
  ['--include GLOB', 'only the routes GLOB matches (/users/**, /me/messages/*) and their types'],
  ['--exclude GLOB', 'not the routes GLOB matches'],
  ['--namespace NS', 'only the operations whose types live in namespace NS'],
  [
    '--workload NAME',
    'only the operations of pages whose ms.prod (or ms.subservice) is NAME (each repeatable)',
  ],
] as const

const CONFIG_OPTIONS = [
  ['--config FILE', 'the config file (default: doc2ts.config.json, .mjs or .ts here, if any)'],
  ['--no-config', 'read no config file: the command line alone'],
  ['--job NAME', "run only the config's job NAME (default: every job)"],
] as const

const EMIT_OPTIONS = [
  ['--outputs LIST', 'which outputs to write: types,client,server,openapi,model,reference (default: all)'],
  [
    '--property-unions',
    'type a property whose declared type has derived types as their union (default: that type)',
  ],
] as const

export const COMMANDS: Readonly<Record<string, CommandHelp>> = {
  generate: {
    synopsis: 'doc2ts generate [docs-dir=input-docs] [options]',
    summary: 'read the docs and write the generated files (each job of the config file, if any)',
    options: [
      ['--out DIR', 'output folder (default: generated)'],
      ...EMIT_OPTIONS,
      ['--check', 'write nothing; exit 1 if any output file would change'],
      ['--strict', 'write nothing and exit 1 when the docs have errors or warnings'],
      ['--diagnostics MODE', 'summary (counts by code, the first 20 errors; default), all or none'],
      ['--report FILE', 'write every diagnostic to FILE as JSON (with config jobs: {"jobs": {name: [...]}})'],
      ['--quiet', 'no progress; only diagnostics and the summary line'],
      ...SUBSET_OPTIONS,
      ...CONFIG_OPTIONS,
      ...CACHE_OPTIONS,
    ],
  },
  watch: {
    synopsis: 'doc2ts watch [docs-dir=input-docs] [options]',
    summary: 'generate, then regenerate incrementally on every change to the docs',
    options: [
      ['--out DIR', 'output folder (default: generated)'],
      ...EMIT_OPTIONS,
      [
        '--diagnostics MODE',
        'the first run: summary (counts by code, the first 20 errors; default), all or none; a save: its pages',
      ],
      ['--quiet', 'print only diagnostics and summaries'],
      ...SUBSET_OPTIONS,
      ...CONFIG_OPTIONS,
      ...CACHE_OPTIONS,
    ],
  },
  check: {
    synopsis: 'doc2ts check [docs-dir=input-docs] [options]',
    summary: 'report doc problems (exit 1 on errors, or on warnings with --strict)',
    options: [
      ['--format text|json|github', 'how diagnostics are printed (default: text)'],
      ['--strict', 'warnings fail too'],
      ['--quiet', 'print only diagnostics'],
      ['--list', 'list the diagnostic codes and exit'],
      ...CONFIG_OPTIONS,
    ],
  },
  diff: {
    synopsis: 'doc2ts diff OLD-DOCS NEW-DOCS [options]',
    summary: 'what a docs change does to the API; exit 1 when a change breaks clients',
    options: [
      ['--format text|json|markdown|github', 'how changes are printed (default: text)'],
      ['--quiet', 'no summary line'],
    ],
  },
  mock: {
    synopsis: 'doc2ts mock [docs-dir=input-docs] [options]',
    summary:
      'serve the documented API as a mock: documented examples, validated requests; its reference at /',
    options: [
      ['--port N', 'port to listen on (default: 4010)'],
      ['--host HOST', 'address to listen on (default: 127.0.0.1)'],
      ['--cors ORIGIN|none', 'browsers of other origins it answers, repeatable (default: any origin)'],
      ['--quiet', 'no log line per request'],
      ...CONFIG_OPTIONS,
    ],
  },
  verify: {
    synopsis: 'doc2ts verify [docs-dir=input-docs] --base-url URL [options]',
    summary:
      'replay the documented request examples against a running service; exit 1 where it disagrees with the docs',
    options: [
      ['--base-url URL', 'where the service runs (required): http://127.0.0.1:4010'],
      ['--format text|json', 'how findings are printed (default: text)'],
      ['--unsafe', 'replay POST, PATCH, PUT and DELETE examples too (default: GET only)'],
      [
        '--shown-members',
        'an answer must carry every member its response example shows, truncated or not (as ApiDoctor)',
      ],
      ['--include GLOB', 'only the operations with a route GLOB matches (/users/**; repeatable)'],
      [
        '--header "NAME: VALUE"',
        'send this header with every request ("Authorization: Bearer …"; repeatable)',
      ],
      ['--timeout MS', 'milliseconds to wait for each answer (default: 10000)'],
      ['--concurrency N', 'requests in flight at once (default: 8)'],
      ['--quiet', 'no summary line'],
    ],
  },
}

const GLOBAL_OPTIONS = [
  ['-h, --help', 'show help (also after a command)'],
  ['-v, --version', 'print the version'],
] as const

export function usage(): string {
  const commands = Object.entries(COMMANDS).map(([name, help]) => [name, help.summary] as const)
  return `usage: doc2ts <command> [options]\n\ncommands:\n${columns(commands)}\noptions:\n${columns(GLOBAL_OPTIONS)}\nRun \`doc2ts <command> --help\` for a command's options.\n`
}

export function commandUsage(name: string): string {
  const help = COMMANDS[name]
  if (!help) throw new Error(`no help for command ${name}`)
  return `usage: ${help.synopsis}\n\n${help.summary}\n\noptions:\n${columns([...help.options, ['-h, --help', 'show this help']])}`
}

function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}\n`).join('')
}
