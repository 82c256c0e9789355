/**
 * The worker thread of `printer.ts`: imports ts-morph as soon as it starts, says it listens, then
 * prints each batch of statements it is sent. Every answer (texts, or the error) is posted on
 * `port`, then counted in `answers`, which the thread that asked waits on.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads'
import { loadPrinter, type PrintRequest, printStatement } from './statement.js'

export interface PrinterWorkerData {
  port: MessagePort
  /** Two counters: the answers posted so far, and the statements printed so far (a heartbeat the
   *  asking thread watches while it blocks). */
  answers: Int32Array
}

export type PrintAnswer = { texts: string[] } | { error: string }

const { port, answers } = workerData as PrinterWorkerData

try {
  loadPrinter()
} catch {
  // Reported as the answer to the first batch, which tries again.
}

port.on('message', (requests: PrintRequest[]) => {
  let answer: PrintAnswer
  try {
    answer = {
      texts: requests.map((request) => {
        const text = printStatement(request)
        Atomics.add(answers, 1, 1)
        return text
      }),
    }
  } catch (error) {
    answer = { error: (error as Error).stack ?? String(error) }
  }
  port.postMessage(answer)
  Atomics.add(answers, 0, 1)
  Atomics.notify(answers, 0)
})
parentPort?.postMessage('listening')
