#!/usr/bin/env node
// `npm run bench [docs-dir]`: runs the compiled bench (src/bench/index.ts).
import { existsSync } from 'node:fs'

const bench = new URL('../dist/bench/index.js', import.meta.url)
if (!existsSync(bench)) {
  process.stderr.write('bench: the compiled bench is missing; run `npm run build` first\n')
  process.exit(2)
}
await import(bench.href)
