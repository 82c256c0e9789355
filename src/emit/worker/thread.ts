/**
 * The emit worker's thread (`emit-worker.ts`): imports ts-morph and Fastify as soon as it starts,
 * says it listens, then does each job it is sent, in order: print statements, or probe routes.
 * Every answer (the result, or the error) is posted on `port`, then counted in `answers`, which
 * the thread that asked waits on.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads'
import { loadPrinter, printStatement } from '../print/statement.js'
import { findUnroutable, loadRouter } from '../server/route-probe.js'
import type { EmitJob } from './emit-worker.js'

export interface EmitWorkerData {
  port: MessagePort
  /** Two counters: the answers posted so far, and the steps of work done so far (a heartbeat the
   *  asking thread watches while it blocks). */
  answers: Int32Array
}

export type JobAnswer = { result: unknown } | { error: string }

const { port, answers } = workerData as EmitWorkerData
const beat = () => Atomics.add(answers, 1, 1)

for (const load of [loadPrinter, loadRouter])
  try {
    load()
  } catch {
    // Reported as the answer to the first job that needs it, which tries again.
  }

function run(job: EmitJob): unknown {
  if (job.kind === 'print')
    return job.requests.map((request) => {
      const text = printStatement(request)
      beat()
      return text
    })
  return [...findUnroutable(job.routes, beat)]
}

port.on('message', (job: EmitJob) => {
  let answer: JobAnswer
  try {
    answer = { result: run(job) }
  } catch (error) {
    answer = { error: (error as Error).stack ?? String(error) }
  }
  port.postMessage(answer)
  Atomics.add(answers, 0, 1)
  Atomics.notify(answers, 0)
})
parentPort?.postMessage('listening')
