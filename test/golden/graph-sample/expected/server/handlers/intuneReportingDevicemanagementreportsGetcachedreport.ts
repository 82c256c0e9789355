/*
 * Handler of getCachedReport action
 *   POST /deviceManagement/reports/getCachedReport
 * This file is yours: doc2ts created it once and never overwrites it. Return the reply, or throw
 * `new GraphError(status, code, message)`; `request.params`, `.query` and `.body` are validated and typed.
 */
import type { Handlers } from '../handlers.js'
import { notImplemented } from '../runtime.js'

export const intuneReportingDevicemanagementreportsGetcachedreport: Handlers["intuneReportingDevicemanagementreportsGetcachedreport"] = async (_request) => {
  throw notImplemented("intuneReportingDevicemanagementreportsGetcachedreport")
}
