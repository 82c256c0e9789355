/** Run one command as a child process and measure its wall time and peak RSS; doc2ts prints the
 *  time of each step of its build (`DOC2TS_TIMINGS`), read back by `stepTimes`. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Measurement {
  seconds: number
  peakRssBytes: number
  status: number | null
  stdout: string
  stderr: string
}

const reportRss = new URL('./report-rss.js', import.meta.url).href

export function measure(script: string, args: readonly string[]): Measurement {
  const dir = mkdtempSync(join(tmpdir(), 'doc2ts-bench-rss-'))
  const rssFile = join(dir, 'rss')
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--import', reportRss, script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DOC2TS_BENCH_RSS_FILE: rssFile, DOC2TS_TIMINGS: '1' },
    maxBuffer: 256 * 1024 * 1024,
  })
  const seconds = (performance.now() - started) / 1000
  let peakRssBytes = 0
  try {
    peakRssBytes = Number(readFileSync(rssFile, 'utf8'))
  } catch {
    // The child died before its exit hook ran.
  }
  rmSync(dir, { recursive: true, force: true })
  return { seconds, peakRssBytes, status: child.status, stdout: child.stdout, stderr: child.stderr }
}

/** The build's step times a run printed (`step extract took 812 ms`), as `extract 812 ms, …`. */
export function stepTimes(stderr: string): string {
  return [...stderr.matchAll(/^step (\S+) took (\d+) ms$/gm)]
    .map(([, step, ms]) => `${step} ${ms} ms`)
    .join(', ')
}
