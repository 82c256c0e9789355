/**
 * The options of a doc2ts run as a config file states them (`doc2ts.config.json`, `.mjs` or `.ts`),
 * and `defineConfig`, which only gives a `.mjs`/`.ts` config its types:
 *   export default defineConfig({ docs: 'docs', jobs: { types: { outputs: ['types'] } } })
 * `doc2ts.config.schema.json` says the same for editors; a test keeps the two equal.
 */
import type { SuppressEntry } from '../check/suppressions.js'

export const OUTPUT_NAMES = ['types', 'client', 'server', 'openapi', 'model', 'reference'] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

export interface JobOptions {
  /** The docs folder, relative to the config file (default `input-docs`). */
  docs?: string
  /** The output folder, relative to the config file (default `generated`). */
  out?: string
  /** Which outputs to write (default: all). */
  outputs?: OutputName[]
  /** Type each property declared with a base type that has derived types as the union of them,
   *  so that a value narrows on `@odata.type` (default false: the base type, as Microsoft's own
   *  TypeScript types declare it). */
  propertyUnions?: boolean
  /** Route globs of the operations to keep (default: all): `/users/**`, or `users/**`. */
  include?: string[]
  /** Route globs of the operations to leave out. */
  exclude?: string[]
  /** Keep the operations and types of these namespaces. */
  namespace?: string[]
  /** Keep the operations of these workloads (the pages' `ms.prod`, else `ms.subservice`). */
  workload?: string[]
  /** Write nothing and fail when the docs have errors or warnings (default false). */
  strict?: boolean
  /** How diagnostics are printed (default `summary`). */
  diagnostics?: 'summary' | 'all' | 'none'
  /** Diagnostics to silence. */
  suppress?: SuppressEntry[]
}

export interface Doc2tsConfig extends JobOptions {
  $schema?: string
  /** Where the cache is kept between runs, relative to the config file (default
   *  `node_modules/.cache/doc2ts` beside it, whatever folder doc2ts runs in); `--cache-dir` wins. */
  cacheDir?: string
  /** Named jobs; each overrides the top-level options. */
  jobs?: Record<string, JobOptions>
}

export function defineConfig(config: Doc2tsConfig): Doc2tsConfig {
  return config
}
