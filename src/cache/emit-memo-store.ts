/**
 * Where the emitters' unit texts (`src/emit/memo.ts`) live between runs: in memory for the runs of
 * one process (watch mode), and in a file beside the run record so that the next `generate`
 * re-prints only the units whose inputs changed:
 *   <cache-dir>/runs/<run key>.memo.json   { "version": "0.1.0+…", "entries": { key: text } }
 * Keys hash a unit's inputs but not the emitter's code, so entries of another doc2ts version are
 * ignored.
 */
import { readFile } from 'node:fs/promises'
import { type DerivedTexts, EmitMemo } from '../emit/memo.js'
import { writeCacheFile } from './page-cache.js'

/** The memo file beside a run record. */
export const emitMemoPath = (recordPath: string) => recordPath.replace(/\.json$/, '.memo.json')

export class EmitMemoStore {
  #entries: ReadonlyMap<string, string> | undefined
  readonly #derived: DerivedTexts = new WeakMap()

  /** `path` unset: kept in memory only; `write: false`: read from `path`, then kept in memory. */
  constructor(
    private readonly path: string | undefined,
    private readonly version: string,
    private readonly options: { write: boolean } = { write: true },
  ) {}

  /** A memo holding the entries the last run kept. */
  async memo(): Promise<EmitMemo> {
    this.#entries ??= await this.read()
    return new EmitMemo(this.#entries, this.#derived)
  }

  /** Keep what `memo` used this run (and nothing else) for the next. The file is rewritten only
   *  once it lacks more than a twentieth of the units: printing a few units again (a writer's
   *  last edits) costs less than rewriting tens of megabytes of them on every run. */
  async keep(memo: EmitMemo): Promise<void> {
    const used = memo.used()
    const before = this.#entries ?? new Map()
    const fresh = [...used.keys()].filter((key) => !before.has(key)).length
    const dropped = before.size - (used.size - fresh)
    this.#entries = used
    if ((fresh + dropped) * 20 < used.size) return
    if (this.path && this.options.write)
      await writeCacheFile(
        this.path,
        JSON.stringify({ version: this.version, entries: Object.fromEntries(used) }),
      )
  }

  private async read(): Promise<ReadonlyMap<string, string>> {
    if (!this.path) return new Map()
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as { version?: unknown; entries?: unknown }
      if (parsed.version !== this.version || !parsed.entries || typeof parsed.entries !== 'object')
        return new Map()
      return new Map(
        Object.entries(parsed.entries).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
    } catch {
      return new Map() // no memo yet, or a damaged one: emit in full
    }
  }
}
