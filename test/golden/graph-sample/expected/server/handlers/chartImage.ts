/*
 * Handler of Chart: Image
 *   GET /me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/image
 *   GET /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/charts/{name}/image
 *   GET /me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/image(width=640)
 *   GET /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/charts/{name}/image(width=640)
 *   GET /me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/image(width=640,height=480)
 *   GET /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/charts/{name}/image(width=640,height=480)
 *   GET /me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/image(width=640,height=480,fittingMode='fit')
 *   GET /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/charts/{name}/image(width=640,height=480,fittingMode='fit')
 * This file is yours: doc2ts created it once and never overwrites it. Return the reply, or throw
 * `new GraphError(status, code, message)`; `request.params`, `.query` and `.body` are validated and typed.
 */
import type { Handlers } from '../handlers.js'
import { notImplemented } from '../runtime.js'

export const chartImage: Handlers["chartImage"] = async (_request) => {
  throw notImplemented("chartImage")
}
