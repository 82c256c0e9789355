/*
 * Handler of Get resource
 *   GET /me/onenote/resources/{id}/content
 *   GET /users/{id | userPrincipalName}/onenote/resources/{id}/content
 *   GET /groups/{id}/onenote/resources/{id}/content
 *   GET /sites/{id}/onenote/resources/{id}/content
 * This file is yours: doc2ts created it once and never overwrites it. Return the reply, or throw
 * `new GraphError(status, code, message)`; `request.params`, `.query` and `.body` are validated and typed.
 */
import type { Handlers } from '../handlers.js'
import { notImplemented } from '../runtime.js'

export const resourceGet: Handlers["resourceGet"] = async (_request) => {
  throw notImplemented("resourceGet")
}
