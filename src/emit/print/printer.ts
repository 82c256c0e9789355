/**
 * Printing statements (structures in, text out), in a worker thread once a run that will emit has
 * started one (`startStatementPrinter`), else in this thread. Importing ts-morph with TypeScript
 * takes ≈ 0.4 s of one core: started before extract and link, the worker imports it on the other
 * core meanwhile, and a one-page generate no longer waits for it after link. The worker lives as
 * long as the process (watch mode prints each save's statements with ts-morph already loaded) and
 * never keeps it alive (`unref`).
 * Printing stays synchronous: the caller posts one batch and blocks (`Atomics.wait`) until the
 * worker has answered it, so the emitters around it stay plain functions. It blocks only on a
 * worker known to be listening (`statementPrinterReady`); one that failed to start (as under
 * `node --input-type=module -e`, whose flags a worker inherits and rejects) leaves the printing to
 * this thread.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { type PrintRequest, printStatement } from './statement.js'
import type { PrintAnswer, PrinterWorkerData } from './worker.js'

const DEFAULT_WORKER = new URL('./worker.js', import.meta.url)

let shared: PrinterWorker | undefined

/** Start this process's printer worker, if not yet started and compiled (from the TypeScript
 *  sources, as in tests, statements are printed in this thread). */
export function startStatementPrinter(): void {
  if (!shared && existsSync(fileURLToPath(DEFAULT_WORKER))) shared = new PrinterWorker(DEFAULT_WORKER)
}

/** Settles once the started worker listens, or has failed to start. */
export async function statementPrinterReady(): Promise<void> {
  await shared?.ready
}

/** Each statement's text, in order: on the worker when it listens (and in this thread when it
 *  stops answering). */
export function printStatements(requests: readonly PrintRequest[]): string[] {
  if (requests.length === 0) return []
  return (shared?.listening && shared.print(requests)) || requests.map(printStatement)
}

/** A worker that makes no progress for this long has stopped (it prints one statement in well
 *  under a millisecond). */
const STALL_MS = 10_000

export class PrinterWorker {
  readonly #worker: Worker
  readonly #port: MessagePort
  /** [answers posted so far, statements printed so far (the worker's heartbeat)] */
  readonly #answers = new Int32Array(new SharedArrayBuffer(8))
  #asked = 0
  #listening = false
  #stopped: Error | undefined
  /** True once the worker listens (ts-morph loaded, or failed to load: then each batch fails
   *  with that error); false if it stopped first. */
  readonly ready: Promise<boolean>

  constructor(
    workerUrl: URL,
    private readonly stallMs = STALL_MS,
  ) {
    const { port1, port2 } = new MessageChannel()
    const data: PrinterWorkerData = { port: port2, answers: this.#answers }
    this.#worker = new Worker(workerUrl, { workerData: data, transferList: [port2] })
    this.#worker.unref()
    this.ready = new Promise((resolve) => {
      this.#worker.once('message', () => {
        this.#listening = !this.#stopped
        resolve(this.#listening)
      })
      this.#worker.on('error', (error) => {
        this.#stopped ??= error
        resolve(false)
      })
      this.#worker.on('exit', (code) => {
        this.#stopped ??= new Error(`it exited with code ${code}`)
        resolve(false)
      })
    })
    this.#port = port1
  }

  /** Whether `print` can be called: the worker listens and has not stopped. */
  get listening(): boolean {
    return this.#listening && !this.#stopped
  }

  /** Each statement's text, in order; blocks until the worker has printed them all. Undefined
   *  when the worker stalls (a worker that dies, as of memory, can no longer say so while this
   *  thread blocks): it is then taken as stopped. */
  print(requests: readonly PrintRequest[]): string[] | undefined {
    if (this.#stopped) throw new Error(`the statement printer worker stopped: ${this.#stopped.message}`)
    if (!this.#listening) throw new Error('the statement printer worker is not listening yet')
    this.#port.postMessage(requests)
    this.#asked++
    let beat = Atomics.load(this.#answers, 1)
    for (let answered = Atomics.load(this.#answers, 0); answered < this.#asked; ) {
      const waited = Atomics.wait(this.#answers, 0, answered, this.stallMs)
      answered = Atomics.load(this.#answers, 0)
      const now = Atomics.load(this.#answers, 1)
      if (waited === 'timed-out' && answered < this.#asked && now === beat) {
        this.#stopped = new Error(`it made no progress for ${this.stallMs} ms`)
        return undefined
      }
      beat = now
    }
    const answer = receiveMessageOnPort(this.#port)?.message as PrintAnswer | undefined
    if (!answer) throw new Error('the statement printer worker answered nothing')
    if ('error' in answer) throw new Error(`printing statements on the worker failed: ${answer.error}`)
    return answer.texts
  }

  /** Stop the worker (the shared one stops with the process). */
  async close(): Promise<void> {
    this.#stopped = new Error('it was closed')
    await this.#worker.terminate()
  }
}
