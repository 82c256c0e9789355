/*
 * Handler of Chart: setPosition
 *   POST /me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/setPosition
 *   POST /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/charts/{name}/setPosition
 * This file is yours: doc2ts created it once and never overwrites it. Return the reply, or throw
 * `new GraphError(status, code, message)`; `request.params`, `.query` and `.body` are validated and typed.
 */
import type { Handlers } from '../handlers.js'
import { notImplemented } from '../runtime.js'

export const chartSetposition: Handlers["chartSetposition"] = async (_request) => {
  throw notImplemented("chartSetposition")
}
