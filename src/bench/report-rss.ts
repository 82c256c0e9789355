/**
 * Loaded with `node --import` into each process the bench times: at exit, writes the process's
 * peak resident set size in bytes to the file named by `DOC2TS_BENCH_RSS_FILE`.
 */
import { writeFileSync } from 'node:fs'

const target = process.env.DOC2TS_BENCH_RSS_FILE
if (target)
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024))
  })
