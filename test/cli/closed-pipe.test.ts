import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// A page with a broken link per line: thousands of diagnostics, far more than a pipe buffers.
const docs = mkdtempSync(join(tmpdir(), 'doc2ts-pipe-'))
afterAll(() => rmSync(docs, { recursive: true, force: true }))
const links = Array.from({ length: 3000 }, (_, index) => `See [page ${index}](missing-${index}.md).`)
writeFileSync(
  join(docs, 'thing.md'),
  `# thing resource type\n\nNamespace: microsoft.graph\n\n${links.join('\n\n')}\n`,
)

/** `doc2ts check <docs> | head -c 1`: the reader closes the pipe after the first bytes. */
function checkIntoClosedPipe(): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, ['bin/doc2ts.js', 'check', docs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let err = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk
  })
  child.stdout.once('data', () => child.stdout.destroy())
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, err })))
}

describe('doc2ts writing into a pipe its reader closed (`doc2ts check docs | head`)', () => {
  it('drops the rest of the output and exits with the command’s own code, without a stack trace', async () => {
    const { code, err } = await checkIntoClosedPipe()
    expect(err).not.toMatch(/EPIPE|Error:| {4}at /)
    // The page's broken links are warnings: the check's own exit code.
    expect(code).toBe(0)
  })
})
