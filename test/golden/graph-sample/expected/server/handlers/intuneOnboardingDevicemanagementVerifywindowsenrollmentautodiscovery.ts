/*
 * Handler of verifyWindowsEnrollmentAutoDiscovery function
 *   GET /deviceManagement/verifyWindowsEnrollmentAutoDiscovery
 *   GET /deviceManagement/verifyWindowsEnrollmentAutoDiscovery(domainName={domainName})
 * This file is yours: doc2ts created it once and never overwrites it. Return the reply, or throw
 * `new GraphError(status, code, message)`; `request.params`, `.query` and `.body` are validated and typed.
 */
import type { Handlers } from '../handlers.js'
import { notImplemented } from '../runtime.js'

export const intuneOnboardingDevicemanagementVerifywindowsenrollmentautodiscovery: Handlers["intuneOnboardingDevicemanagementVerifywindowsenrollmentautodiscovery"] = async (_request) => {
  throw notImplemented("intuneOnboardingDevicemanagementVerifywindowsenrollmentautodiscovery")
}
