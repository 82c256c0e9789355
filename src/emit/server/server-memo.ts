/**
 * What a lasting session keeps of the server between emits: each operation's route table entries,
 * mock examples and handler types and each type's definition, with what they read of the model
 * (`ReadMemo`), and the handler names of the last operation list.
 */
import { LastOperations } from '../../last-operations.js'
import { ReadMemo } from '../read-memo.js'
import type { HandlerView } from './index.js'
import type { OperationRoutes } from './route-table.js'

export class ServerMemo {
  readonly routes = new ReadMemo<readonly OperationRoutes[]>()
  readonly mocks = new ReadMemo<string>()
  /** Each type's definition as `server/schemas.ts` prints it. */
  readonly definitions = new ReadMemo<string>()
  /** Each operation's handler types and doc (they read no model part but their shapes). */
  readonly handlers = new ReadMemo<HandlerView>()
  /** The handler name of each operation id, for a list of operations. */
  readonly handlerNames = new LastOperations<Map<string, string>>()
}
