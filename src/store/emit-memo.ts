/**
 * The emitters' unit texts (`src/emit/memo.ts`) on disk, beside the run record, so that the next
 * `generate` re-prints only the units whose inputs changed:
 *   <cache-dir>/runs/<run key>.memo.json   { "version": "0.1.0+…", "entries": { key: text } }
 * Keys hash a unit's inputs but not the emitter's code, so entries of another doc2ts version are
 * ignored.
 */
import { readFile } from 'node:fs/promises'
import { writeCacheFile } from './cache-file.js'

/** The memo file beside a run record. */
export const emitMemoPath = (recordPath: string) => recordPath.replace(/\.json$/, '.memo.json')

/** The entries of the memo file when it was written by `version`; else none (emit in full). */
export async function loadEmitMemo(path: string, version: string): Promise<ReadonlyMap<string, string>> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { version?: unknown; entries?: unknown }
    if (parsed.version !== version || !parsed.entries || typeof parsed.entries !== 'object') return new Map()
    return new Map(
      Object.entries(parsed.entries).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
  } catch {
    return new Map() // no memo yet, or a damaged one: emit in full
  }
}

/** Save the units a run keeps (`EmitMemo.kept`: those its emitters used, and those of the
 *  emitters that did not run) when they differ enough from those it started from: once the file
 *  lacks more than a twentieth of them. Printing a few units again (a writer's last edits) costs
 *  less than rewriting tens of megabytes of them on every run. */
export async function keepEmitMemo(
  path: string,
  version: string,
  before: ReadonlyMap<string, string>,
  kept: ReadonlyMap<string, string>,
): Promise<void> {
  const fresh = [...kept.keys()].filter((key) => !before.has(key)).length
  const dropped = before.size - (kept.size - fresh)
  if ((fresh + dropped) * 20 < kept.size) return
  await writeCacheFile(path, memoChunks(version, kept))
}

/** `JSON.stringify({ version, entries })`, entry by entry. */
function* memoChunks(version: string, entries: ReadonlyMap<string, string>): Generator<string> {
  yield `{"version":${JSON.stringify(version)},"entries":{`
  let first = true
  for (const [key, text] of entries) {
    yield `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(text)}`
    first = false
  }
  yield '}}'
}
