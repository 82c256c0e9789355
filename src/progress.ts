/**
 * Progress of a long run on a terminal: `doc2ts: extracting 812/1917 pages` rewritten in place on
 * stderr, shown only once the run has taken a second, only when stderr is a TTY and not `--quiet`.
 * The summary line is printed by the command, always.
 */
import type { Io } from './cli/io.js'

export interface Progress {
  stage(name: string): void
  pages(done: number, total: number): void
  /** Clear the progress line before the command prints its own output. */
  done(): void
}

const SHOW_AFTER_MS = 1000

const silent: Progress = { stage() {}, pages() {}, done() {} }

export function createProgress(io: Io, quiet: boolean): Progress {
  if (quiet || !io.isTTY) return silent
  const started = performance.now()
  let shown = false
  let stage = ''
  const show = (text: string) => {
    if (performance.now() - started < SHOW_AFTER_MS) return
    shown = true
    io.err(`\r\x1b[2Kdoc2ts: ${text}`)
  }
  return {
    stage(name) {
      stage = name
      show(`${name}…`)
    },
    pages(done, total) {
      if (done === total || done % 50 === 0) show(`${stage} ${done}/${total} pages`)
    },
    done() {
      if (shown) io.err('\r\x1b[2K')
      shown = false
    },
  }
}
