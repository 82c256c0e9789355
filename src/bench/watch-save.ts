/**
 * Watch mode's latency as a writer sees it: start `doc2ts watch` as a child process, wait for its
 * first run, then save a page once per planned save (one at a time: each a new text, written in
 * place or as an editor's atomic save) and time each from the write to the summary line of the
 * run it caused (printed once the outputs are written). Returns the seconds of each save.
 */
import { spawn } from 'node:child_process'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'

export interface WatchSaveOptions {
  cli: string
  /** `watch` and its arguments. */
  args: readonly string[]
  /** The page to edit. */
  page: string
  saves: readonly PlannedSave[]
}

export interface PlannedSave {
  label: string
  /** The page's new text, from its text before the first save. */
  text(original: string): string
  /** Written to a temporary file beside the page, then renamed over it (as most editors save). */
  atomic?: boolean
}

export interface WatchSave {
  label: string
  seconds: number
  /** The run's `step … took … ms` lines up to its summary. */
  steps: string
}

export async function measureWatchSaves(options: WatchSaveOptions): Promise<WatchSave[]> {
  const child = spawn(process.execPath, [options.cli, ...options.args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DOC2TS_TIMINGS: '1' },
  })
  const summaries: ((line: string) => void)[] = []
  let steps: string[] = []
  let pending = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines)
      if (/ in \d+\.\d+s$/.test(line)) summaries.shift()?.(line)
      else if (line.startsWith('step ')) steps.push(line)
  })
  const nextSummary = () => new Promise<string>((resolve) => summaries.push(resolve))
  let gone = false
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      gone = true
      resolve()
    }),
  )
  const summaryOrExit = async (summary: Promise<string>) => {
    await Promise.race([summary, exited])
    if (gone) throw new Error('doc2ts watch exited before its run finished')
  }
  try {
    await summaryOrExit(nextSummary())
    const original = readFileSync(options.page, 'utf8')
    const saves: WatchSave[] = []
    for (const save of options.saves) {
      // Let the watcher's debounce settle between saves, as between a writer's saves.
      await new Promise((resolve) => setTimeout(resolve, 500))
      const text = save.text(original)
      const summary = nextSummary()
      steps = [] // the last run's record step ends after its summary
      const started = performance.now()
      if (save.atomic) {
        const temp = `${options.page}.bench-save.tmp`
        writeFileSync(temp, text)
        renameSync(temp, options.page)
      } else writeFileSync(options.page, text)
      await summaryOrExit(summary)
      saves.push({
        label: save.label,
        seconds: (performance.now() - started) / 1000,
        steps: steps.join('\n'),
      })
    }
    writeFileSync(options.page, original)
    return saves
  } finally {
    child.kill('SIGINT')
    await exited
  }
}
