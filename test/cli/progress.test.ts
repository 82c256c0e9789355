/** Progress on a terminal: a line within a second of the start, whatever the run is doing then. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Io } from '../../src/cli/streams.js'
import { createProgress } from '../../src/progress.js'

/** Each progress line starts by going back and clearing the terminal's line. */
const CLEAR_LINE = '\r\x1b[2K'

function terminal(isTTY = true) {
  const lines: string[] = []
  const io: Io = { out: () => {}, err: (text) => lines.push(text.replace(CLEAR_LINE, '')), isTTY }
  return { io, lines }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('createProgress', () => {
  it('shows the current stage half a second in, though no event came since', () => {
    const { io, lines } = terminal()
    const progress = createProgress(io, false)
    progress.stage('reading')
    vi.advanceTimersByTime(499)
    expect(lines).toEqual([])
    vi.advanceTimersByTime(1)
    expect(lines).toEqual(['doc2ts: reading…'])
  })

  it('shows pages finished in batches of any size each time they pass fifty', () => {
    const { io, lines } = terminal()
    const progress = createProgress(io, false)
    progress.stage('extracting')
    progress.pages(8, 130)
    vi.advanceTimersByTime(500)
    for (let done = 16; done < 130; done += 8) progress.pages(done, 130)
    progress.pages(130, 130)
    expect(lines).toEqual([
      'doc2ts: extracting 8/130 pages',
      'doc2ts: extracting 56/130 pages',
      'doc2ts: extracting 104/130 pages',
      'doc2ts: extracting 130/130 pages',
    ])
  })

  it('shows nothing for a run that ends within half a second', () => {
    const { io, lines } = terminal()
    const progress = createProgress(io, false)
    progress.stage('extracting')
    progress.done()
    vi.advanceTimersByTime(5000)
    expect(lines).toEqual([])
  })

  it('shows nothing with --quiet or off a terminal', () => {
    for (const { io, lines } of [terminal(false), terminal(true)]) {
      const progress = createProgress(io, io.isTTY === true)
      progress.stage('extracting')
      vi.advanceTimersByTime(5000)
      expect(lines).toEqual([])
    }
  })
})
