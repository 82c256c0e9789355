/** Run one command as a child process and measure its wall time and peak RSS. */
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
    env: { ...process.env, DOC2TS_BENCH_RSS_FILE: rssFile },
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
