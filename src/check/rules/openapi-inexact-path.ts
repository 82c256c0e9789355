/**
 * Routes the OpenAPI path grammar cannot express exactly; openapi.json exports them as closely as
 * possible (see src/emit/openapi/path-template.ts):
 *   GET /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/range(address='<address>')
 */
import { inexactPathDiagnostics } from '../../emit/openapi/index.js'
import type { CheckRule } from '../rule.js'

export const openApiInexactPath: CheckRule = {
  name: 'openapi-inexact-path',
  codes: ['openapi-inexact-path'],
  run: (context) => inexactPathDiagnostics(context.model, context.memo.openapi),
}
