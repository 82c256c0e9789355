/**
 * The emit worker: a worker thread prints exactly what this thread prints, in order, batch
 * after batch, and probes routes as this thread does; its failures are thrown as clear errors; a process that started it still exits on
 * its own; and where the worker cannot start, this thread prints. The worker runs the current
 * sources, built for it (`buildSource`).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { type PrintRequest, printStatement, type Statement } from '../../src/emit/print/statement.js'
import { findUnroutable, type ProbedRoute } from '../../src/emit/server/route-probe.js'
import { EmitWorker } from '../../src/emit/worker/emit-worker.js'
import { buildSource } from '../support/source-build.js'

const build = await buildSource()
afterAll(build.remove)
const compiledWorker = build.url('emit/worker/thread.js')
const compiledPrinter = build.url('emit/worker/emit-worker.js')

const STATEMENTS: Statement[] = [
  { kind: 'typeAlias', structure: { name: 'Status', isExported: true, type: "'a' | 'b'" } },
  {
    kind: 'interface',
    structure: {
      name: 'User',
      isExported: true,
      extends: ['Entity'],
      docs: [{ description: 'A user.\nSecond line with `code`.' }],
      properties: [
        { name: 'id', hasQuestionToken: true, type: 'string', docs: [{ description: 'The id.' }] },
        { name: "'@odata.type'", hasQuestionToken: true, type: 'Status[] | null' },
      ],
    },
  },
  { kind: 'interface', structure: { name: 'Entity', isExported: true } },
]
const REQUESTS: PrintRequest[] = [false, true].flatMap((inNamespace) =>
  STATEMENTS.map((statement) => ({ statement, inNamespace })),
)

const workers: EmitWorker[] = []
const started = async () => {
  const worker = new EmitWorker(compiledWorker)
  workers.push(worker)
  expect(await worker.ready).toBe(true)
  return worker
}
/** Each statement's text, printed on `worker` (undefined when it stalls). */
const printOn = (worker: EmitWorker, requests: readonly PrintRequest[]) =>
  worker.take(worker.post({ kind: 'print', requests }))?.result

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.close()))
})

describe('EmitWorker', () => {
  it('prints what this thread prints, in order, batch after batch', async () => {
    const worker = await started()
    const expected = REQUESTS.map(printStatement)
    expect(printOn(worker, REQUESTS)).toEqual(expected)
    expect(printOn(worker, REQUESTS.slice(1, 2))).toEqual(expected.slice(1, 2))
    expect(printOn(worker, REQUESTS.toReversed())).toEqual(expected.toReversed())
  })

  it('probes routes as this thread does, and answers jobs taken in any order', async () => {
    const worker = await started()
    const routes: ProbedRoute[] = [
      { method: 'GET', url: '/shelves' },
      { method: 'GET', url: '/shelves/:shelfId' },
      // The same route again: Fastify refuses it.
      { method: 'GET', url: '/shelves' },
    ]
    const expected = [...findUnroutable(routes)]
    expect(expected.map(([index]) => index)).toEqual([2])
    const printing = worker.post({ kind: 'print', requests: REQUESTS })
    const probing = worker.post({ kind: 'probe', routes })
    expect(worker.take(probing)?.result).toEqual(expected)
    expect(worker.take(printing)?.result).toEqual(REQUESTS.map(printStatement))
    expect(() => worker.take(probing)).toThrow(/already taken/)
  })

  it('throws what failed on the worker, then prints the next batch', async () => {
    const worker = await started()
    const broken = { kind: 'interface', structure: { name: 'A', docs: [null] } } as unknown as Statement
    expect(() => printOn(worker, [{ statement: broken, inNamespace: false }])).toThrow(
      /a job on the emit worker failed: .*reading 'description'/,
    )
    expect(printOn(worker, REQUESTS.slice(0, 1))).toEqual(REQUESTS.slice(0, 1).map(printStatement))
  })

  it('gives up on a worker that stops answering, and takes it as stopped', async () => {
    // A worker that says it listens, then never prints: as one that died while this thread blocked.
    const dir = mkdtempSync(join(tmpdir(), 'doc2ts-printer-'))
    const script = join(dir, 'silent-worker.mjs')
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads'\nparentPort.postMessage('listening')\n",
    )
    const worker = new EmitWorker(pathToFileURL(script), 200)
    workers.push(worker)
    expect(await worker.ready).toBe(true)
    expect(printOn(worker, REQUESTS)).toBeUndefined()
    expect(worker.listening).toBe(false)
    rmSync(dir, { recursive: true, force: true })
  })

  it('throws once closed', async () => {
    const worker = await started()
    await worker.close()
    expect(() => printOn(worker, REQUESTS)).toThrow(/the emit worker stopped: it was closed/)
  })
})

/** Runs `node <flags> -e` with a script that prints `REQUESTS` through the built printer;
 *  returns the texts, and whether this thread loaded TypeScript. */
function printInChild(flags: string[], script: (printerUrl: string) => string) {
  const printerUrl = JSON.stringify(compiledPrinter.href)
  const output = execFileSync(process.execPath, [...flags, '-e', script(printerUrl)], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
  })
  return JSON.parse(output) as { texts: string[]; loadedHere: boolean }
}

const printAndReport = `
  printer.startEmitWorker()
  await printer.emitWorkerReady()
  const texts = printer.printStatementsLater(${JSON.stringify(REQUESTS)})()
  const { createRequire } = await import('node:module')
  const loaded = Object.keys(createRequire(process.cwd() + '/').cache)
  const loadedHere = loaded.some((path) => path.endsWith('typescript.js'))
  process.stdout.write(JSON.stringify({ texts, loadedHere }))`

describe('the shared printer', () => {
  it('prints on the worker, and lets the process exit on its own', () => {
    const result = printInChild(
      [],
      (printerUrl) => `import(${printerUrl}).then(async (printer) => {${printAndReport}})`,
    )
    expect(result).toEqual({ texts: REQUESTS.map(printStatement), loadedHere: false })
  })

  it('prints in this thread when the worker cannot start (it rejects --input-type)', () => {
    const result = printInChild(
      ['--input-type=module'],
      (printerUrl) => `const printer = await import(${printerUrl})\n${printAndReport}`,
    )
    expect(result).toEqual({ texts: REQUESTS.map(printStatement), loadedHere: true })
  })
})
