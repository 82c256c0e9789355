/*
 * Handler of getAuditActivityTypes function
 *   GET /deviceManagement/auditEvents/getAuditActivityTypes
 *   GET /deviceManagement/auditEvents/getAuditActivityTypes(category={category})
 * This file is yours: doc2ts created it once and never overwrites it. Return the reply, or throw
 * `new GraphError(status, code, message)`; `request.params`, `.query` and `.body` are validated and typed.
 */
import type { Handlers } from '../handlers.js'
import { notImplemented } from '../runtime.js'

export const intuneAuditingAuditeventGetauditactivitytypes: Handlers["intuneAuditingAuditeventGetauditactivitytypes"] = async (_request) => {
  throw notImplemented("intuneAuditingAuditeventGetauditactivitytypes")
}
