/**
 * Progress of a long run on a terminal: `doc2ts: extracting 812/1917 pages` rewritten in place on
 * stderr, only when stderr is a TTY and not `--quiet`. The first line comes half a second after
 * the start, whatever the run is doing then (a run that ends sooner shows none), so that it appears
 * within a second; after it, each stage and every 50 pages. The summary line is printed by the
 * command, always.
 */
import type { Io } from './cli/streams.js'

export interface Progress {
  stage(name: string): void
  pages(done: number, total: number): void
  /** Clear the progress line before the command prints its own output. */
  done(): void
}

const SHOW_AFTER_MS = 500
const PAGES_PER_LINE = 50

const silent: Progress = { stage() {}, pages() {}, done() {} }

export function createProgress(io: Io, quiet: boolean): Progress {
  if (quiet || !io.isTTY) return silent
  let shown = false
  let stage = ''
  let text = 'starting…'
  let lastStep = 0
  const show = () => {
    shown = true
    io.err(`\r\x1b[2Kdoc2ts: ${text}`)
  }
  // A timer rather than the next event: pages finish in batches, and a stage may run for seconds.
  const timer = setTimeout(show, SHOW_AFTER_MS)
  timer.unref()
  return {
    stage(name) {
      stage = name
      text = `${name}…`
      if (shown) show()
    },
    pages(done, total) {
      text = `${stage} ${done}/${total} pages`
      // Batches end on any count: a line each time the count passes a multiple of 50.
      const step = Math.floor(done / PAGES_PER_LINE)
      if (shown && (step !== lastStep || done === total)) show()
      lastStep = step
    },
    done() {
      clearTimeout(timer)
      if (shown) io.err('\r\x1b[2K')
      shown = false
    },
  }
}
