/**
 * What the runs of one process (watch mode) keep from one run to the next, so that a save costs
 * in proportion to what changed: page keys by text, parsed page models, the last linked model (to
 * share its unchanged parts), the encoded parts of large outputs, and the last run record (not
 * re-read from disk on every save).
 */
import { OutputEncoder } from '../output-bytes.js'
import { ModelInterner } from './model-interner.js'
import { pageHash } from './page-hash.js'
import { ParsedPages } from './parsed-pages.js'
import type { RunRecord } from './run-record.js'

export class BuildSession {
  readonly parsed = new ParsedPages()
  readonly interner = new ModelInterner()
  readonly encoder = new OutputEncoder()
  /** The record the last run saved; unset until one did. */
  lastRecord: RunRecord | undefined
  readonly #keys = new Map<string, { text: string; key: string }>()

  /** `pageHash`, computed again only for a page whose text changed. */
  keyOf(version: string, file: string, text: string): string {
    const known = this.#keys.get(file)
    if (known?.text === text) return known.key
    const key = pageHash(version, file, text)
    this.#keys.set(file, { text, key })
    return key
  }
}
