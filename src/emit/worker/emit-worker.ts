/**
 * The emit worker: a worker thread that prints statements (ts-morph) and probes routes (Fastify)
 * for the emitters, once a run that will emit has started it (`startEmitWorker`); where there is
 * none, the same work is done in this thread. Importing ts-morph with TypeScript takes ≈ 0.4 s of
 * one core: started before extract and link, the worker imports it on the other core meanwhile.
 * The worker lives as long as the process (watch mode prints each save's statements with ts-morph
 * already loaded) and never keeps it alive (`unref`).
 * A job is posted when an emitter starts (`later`) and its answer taken when the emitter finishes,
 * so the other output groups are emitted on this thread meanwhile (`src/emit/outputs.ts`). Taking
 * blocks (`Atomics.wait`) until the worker has answered, so the emitters stay plain functions; it
 * blocks only on a worker known to be listening (`emitWorkerReady`). One that failed to start (as
 * under `node --input-type=module -e`, whose flags a worker inherits and rejects), or that stops
 * answering, leaves the work to this thread.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { type PrintRequest, printStatement } from '../print/statement.js'
import { findUnroutable, type ProbedRoute } from '../server/route-probe.js'
import type { EmitWorkerData, JobAnswer } from './thread.js'

/** What the worker is asked to do. */
export type EmitJob =
  | { kind: 'print'; requests: readonly PrintRequest[] }
  | { kind: 'probe'; routes: readonly ProbedRoute[] }

const DEFAULT_WORKER = new URL('./thread.js', import.meta.url)

let shared: EmitWorker | undefined

/** Start this process's emit worker, if not yet started and compiled (from the TypeScript
 *  sources, as in tests, the work is done in this thread). */
export function startEmitWorker(): void {
  if (!shared && existsSync(fileURLToPath(DEFAULT_WORKER))) shared = new EmitWorker(DEFAULT_WORKER)
}

/** Settles once the started worker listens, or has failed to start. */
export async function emitWorkerReady(): Promise<void> {
  await shared?.ready
}

/** Each statement's text, in order (on the worker when it listens): posted now, taken when called. */
export function printStatementsLater(requests: readonly PrintRequest[]): () => string[] {
  if (requests.length === 0) return () => []
  return later({ kind: 'print', requests }, () => requests.map(printStatement)) as () => string[]
}

/** `findUnroutable`, posted now and taken when called. */
export function findUnroutableLater(routes: readonly ProbedRoute[]): () => Map<number, string> {
  const answer = later({ kind: 'probe', routes }, () => [...findUnroutable(routes)])
  return () => new Map(answer() as [number, string][])
}

/** The job's result, made once: the worker's when it listens and answers, else `here()`'s. */
function later(job: EmitJob, here: () => unknown): () => unknown {
  const worker = shared?.listening ? shared : undefined
  const ticket = worker?.post(job)
  let result: { value: unknown } | undefined
  return () => {
    if (!result) {
      // A worker that stalled on an earlier job is not waited for again.
      const answer = ticket !== undefined && worker?.listening ? worker.take(ticket) : undefined
      result = { value: answer ? answer.result : here() }
    }
    return result.value
  }
}

/** A worker that makes no progress for this long has stopped (each step of a job, one statement
 *  or one route, takes well under a millisecond). */
const STALL_MS = 10_000

export class EmitWorker {
  readonly #worker: Worker
  readonly #port: MessagePort
  /** [answers posted so far, steps done so far (the worker's heartbeat)] */
  readonly #answers = new Int32Array(new SharedArrayBuffer(8))
  #posted = 0
  /** Answers received from the port and not yet taken, by ticket. */
  readonly #received = new Map<number, JobAnswer>()
  #receivedCount = 0
  #listening = false
  #stopped: Error | undefined
  /** True once the worker listens (its libraries loaded, or failed to load: then each job that
   *  needs one fails with that error); false if it stopped first. */
  readonly ready: Promise<boolean>

  constructor(
    workerUrl: URL,
    private readonly stallMs = STALL_MS,
  ) {
    const { port1, port2 } = new MessageChannel()
    const data: EmitWorkerData = { port: port2, answers: this.#answers }
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

  /** Whether jobs can be posted: the worker listens and has not stopped. */
  get listening(): boolean {
    return this.#listening && !this.#stopped
  }

  /** Post `job`; returns its ticket, for `take`. */
  post(job: EmitJob): number {
    if (this.#stopped) throw new Error(`the emit worker stopped: ${this.#stopped.message}`)
    if (!this.#listening) throw new Error('the emit worker is not listening yet')
    this.#port.postMessage(job)
    return ++this.#posted
  }

  /** The answer to the job of `ticket`; blocks until the worker has given it. Undefined when the
   *  worker stalls (a worker that dies, as of memory, can no longer say so while this thread
   *  blocks): it is then taken as stopped. Throws what the job threw on the worker. */
  take(ticket: number): { result: unknown } | undefined {
    if (this.#stopped) throw new Error(`the emit worker stopped: ${this.#stopped.message}`)
    let beat = Atomics.load(this.#answers, 1)
    for (let answered = Atomics.load(this.#answers, 0); answered < ticket; ) {
      const waited = Atomics.wait(this.#answers, 0, answered, this.stallMs)
      answered = Atomics.load(this.#answers, 0)
      const now = Atomics.load(this.#answers, 1)
      if (waited === 'timed-out' && answered < ticket && now === beat) {
        this.#stopped = new Error(`it made no progress for ${this.stallMs} ms`)
        return undefined
      }
      beat = now
    }
    // Answers come in the order of their jobs: the ones before this ticket wait for their takers.
    while (this.#receivedCount < ticket) {
      const message = receiveMessageOnPort(this.#port)?.message as JobAnswer | undefined
      if (!message) throw new Error('the emit worker answered nothing')
      this.#received.set(++this.#receivedCount, message)
    }
    const answer = this.#received.get(ticket)
    this.#received.delete(ticket)
    if (!answer) throw new Error(`the emit worker's answer ${ticket} was already taken`)
    if ('error' in answer) throw new Error(`a job on the emit worker failed: ${answer.error}`)
    return answer
  }

  /** Stop the worker (the shared one stops with the process). */
  async close(): Promise<void> {
    this.#stopped = new Error('it was closed')
    await this.#worker.terminate()
  }
}
