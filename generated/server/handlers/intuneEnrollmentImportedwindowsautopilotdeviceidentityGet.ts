/*
 * Handler of Get importedWindowsAutopilotDeviceIdentity
 *   GET /deviceManagement/importedWindowsAutopilotDeviceIdentities/{importedWindowsAutopilotDeviceIdentityId}
 *   GET /deviceManagement/importedWindowsAutopilotDeviceIdentityUploads/{importedWindowsAutopilotDeviceIdentityUploadId}/deviceIdentities/{importedWindowsAutopilotDeviceIdentityId}
 * This file is yours: doc2ts created it once and never overwrites it. Return the reply, or throw
 * `new GraphError(status, code, message)`; `request.params`, `.query` and `.body` are validated and typed.
 */
import type { Handlers } from '../handlers.js'
import { notImplemented } from '../runtime.js'

export const intuneEnrollmentImportedwindowsautopilotdeviceidentityGet: Handlers["intuneEnrollmentImportedwindowsautopilotdeviceidentityGet"] = async (_request) => {
  throw notImplemented("intuneEnrollmentImportedwindowsautopilotdeviceidentityGet")
}
