/**
 * The errors two OpenAPI linters people use report on a document, run as their users run them
 * (the CLIs, with the repository's `redocly.yaml` and `.spectral.yaml`): Redocly CLI's recommended
 * rules and Spectral's `spectral:oas`. Warnings are not errors; each error is `rule pointer: message`.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { REPO_ROOT } from '../support/type-check.js'

const run = promisify(execFile)
const BIN = `${REPO_ROOT}node_modules/.bin/`
// No update check, no telemetry: the linters run offline.
const ENV = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
const LARGE = 256 * 1024 * 1024

/** The output of a linter that exits 1 when it finds errors. */
async function output(command: string, args: string[]): Promise<string> {
  try {
    return (await run(`${BIN}${command}`, args, { cwd: REPO_ROOT, env: ENV, maxBuffer: LARGE })).stdout
  } catch (error) {
    const { stdout, code } = error as { stdout?: string; code?: number }
    if (code === 1 && stdout) return stdout
    throw error
  }
}

export async function redoclyErrors(file: string): Promise<string[]> {
  const text = await output('redocly', ['lint', file, '--format', 'json', '--max-problems', '100000'])
  const report = JSON.parse(text) as {
    problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[]
  }
  return report.problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer ?? ''}: ${problem.message}`)
}

export async function spectralErrors(file: string): Promise<string[]> {
  const text = await output('spectral', ['lint', file, '--format', 'json', '--quiet'])
  const results = JSON.parse(text) as { code: string; severity: number; message: string; path: string[] }[]
  // Severity 0 is an error (1 warn, 2 info, 3 hint).
  return results
    .filter((result) => result.severity === 0)
    .map((result) => `${result.code} ${result.path.join('/')}: ${result.message}`)
}
