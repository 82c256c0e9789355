/**
 * doc2ts as a library: the commands `generate`, `check`, `diff` and `verify` as functions, with the options
 * of the command line and the config file, and `defineConfig` for a `doc2ts.config.mjs`/`.ts`.
 *   import { generate } from 'doc2ts'
 *   const { files, diagnostics, summary } = await generate({ docs: 'docs', out: 'src/graph' })
 * Each module loads what it needs only when called: importing doc2ts is cheap.
 */
export {
  type CheckOptions,
  type CheckResult,
  type CheckSummary,
  check,
} from './api/check.js'
export { type DiffOptions, type DiffResult, type DiffSummary, diff } from './api/diff.js'
export {
  type GenerateOptions,
  type GenerateResult,
  type GenerateSummary,
  generate,
  type OutputFile,
} from './api/generate.js'
export {
  ServiceUnreachableError,
  type VerifyCode,
  type VerifyFinding,
  VerifyOptionError,
  type VerifyOptions,
  type VerifyResult,
  type VerifySummary,
  verify,
} from './api/verify.js'
export type { SuppressEntry } from './check/suppressions.js'
export {
  type Doc2tsConfig,
  defineConfig,
  type JobOptions,
  OUTPUT_NAMES,
  type OutputName,
} from './config/define-config.js'
export type { ApiChange } from './diff/api-change.js'
export type { Diagnostic, Severity } from './model.js'
