#!/usr/bin/env node
// Entry point: runs the compiled CLI (built by `npm install` through the `prepare` script).
import { existsSync } from 'node:fs'

const cli = new URL('../dist/cli.js', import.meta.url)
if (!existsSync(cli)) {
  process.stderr.write('doc2ts: the compiled CLI is missing; run `npm run build` first\n')
  process.exit(2)
}
// A reader that stops reading (`doc2ts check | head`, `doc2ts check 2>&1 | head`) has what it
// wanted: the rest of the output is dropped, and the command ends with its own exit code, not a
// stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })
const { main } = await import(cli.href)
process.exitCode = await main(process.argv.slice(2))
