/**
 * What the last read of a docs folder found, so that a page whose file is unchanged is not read
 * again (on a large tree, reading and hashing every page was most of a run with nothing to do):
 *   <cache-dir>/pages/<docs folder key>.stamps.json
 *     { "format": 1, "pages": { "api/user-get.md": ["<stamp>", "<sha256 of the text>"], … } }
 * A stamp is the file's size, modification and change times and inode (`docsStampOf`). Like
 * git's index, a stamp is not kept for a file changed just before it was read (`isSettled`): on a
 * file system with coarse times, a second edit in the same tick would keep the stamp.
 */
import { readFile } from 'node:fs/promises'
import { writeCacheFile } from './cache-file.js'
import { stampOf } from './run-record.js'

export interface PageStamp {
  /** `docsStampOf` of the file as read; empty when it was not settled (read it again). */
  stamp: string
  /** sha256 of the page's text. */
  digest: string
}

export type PageStamps = ReadonlyMap<string, PageStamp>

/** What a stamp reads of a file's `Stats` (named here: a consumer of the library's declarations
 *  may have no Node types). */
interface FileTimes {
  size: number
  mtimeMs: number
  ctimeMs: number
  ino: number
}

const FORMAT = 1
/** Coarser than the coarsest file time kept (FAT's 2 s). */
const SETTLE_MS = 2_000

/** The outputs' stamp (`stampOf`), with the change time and inode. */
export function docsStampOf(info: FileTimes): string {
  return `${stampOf(info)}:${info.ctimeMs}:${info.ino}`
}

/** Whether a file last changed well before `readStart`: any later change gets another stamp. */
export function isSettled(info: FileTimes, readStart: number): boolean {
  return Math.max(info.mtimeMs, info.ctimeMs) < readStart - SETTLE_MS
}

/** Beside the page cache of the same docs folder (`pageCachePath`). */
export const docsStampsPath = (pageCachePath: string) => pageCachePath.replace(/\.json$/, '.stamps.json')

/** The stamps of the last read; none when there is no file or it is damaged. */
export async function loadDocsStamps(path: string): Promise<PageStamps> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { format?: unknown; pages?: unknown }
    if (parsed.format !== FORMAT || !parsed.pages || typeof parsed.pages !== 'object') return new Map()
    const stamps = new Map<string, PageStamp>()
    for (const [file, entry] of Object.entries(parsed.pages))
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string')
        stamps.set(file, { stamp: entry[0], digest: entry[1] })
    return stamps
  } catch {
    return new Map()
  }
}

/** Save `stamps` when they differ from `known` (a failure to write only costs speed). */
export async function saveDocsStamps(path: string, known: PageStamps, stamps: PageStamps): Promise<void> {
  const same =
    known.size === stamps.size &&
    [...stamps].every(([file, entry]) => {
      const was = known.get(file)
      return was?.stamp === entry.stamp && was.digest === entry.digest
    })
  if (same) return
  const pages = Object.fromEntries([...stamps].map(([file, { stamp, digest }]) => [file, [stamp, digest]]))
  await writeCacheFile(path, `${JSON.stringify({ format: FORMAT, pages })}\n`)
}
