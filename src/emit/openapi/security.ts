/**
 * OAuth2 from the permissions tables. Two schemes: delegated permissions (authorization-code flow,
 * a signed-in user) and application permissions (client-credentials flow). A table lists
 * alternatives, least privileged first: each scope is one Security Requirement (any one suffices),
 * and so is each set of scopes the table pairs (`Policy.Read.All and Application.Read.All`: both).
 *   |Delegated (work or school account)|User.Read, User.ReadWrite|
 */
import type { OperationDef, Permission } from '../../model.js'
import type { SecurityRequirement, SecuritySchemeObject } from './spec.js'

export const DELEGATED = 'delegated'
export const APPLICATION = 'application'

const LOGIN = 'https://login.microsoftonline.com/common/oauth2/v2.0'

function schemeOf(permission: Permission): typeof DELEGATED | typeof APPLICATION {
  return /^application/i.test(permission.type.trim()) ? APPLICATION : DELEGATED
}

/** `components.securitySchemes`: every scope named by any page, sorted, described by the permission types naming it. */
export function securitySchemes(operations: readonly OperationDef[]): Record<string, SecuritySchemeObject> {
  const scopes = {
    [DELEGATED]: new Map<string, Set<string>>(),
    [APPLICATION]: new Map<string, Set<string>>(),
  }
  for (const operation of operations)
    for (const permission of operation.permissions)
      for (const scope of [...permission.scopes, ...(permission.together ?? []).flat()]) {
        const types = scopes[schemeOf(permission)].get(scope) ?? new Set<string>()
        types.add(permission.type)
        scopes[schemeOf(permission)].set(scope, types)
      }
  const described = (map: Map<string, Set<string>>) =>
    Object.fromEntries(
      [...map.keys()].sort().map((scope) => [scope, [...(map.get(scope) ?? [])].sort().join('; ')]),
    )
  return {
    [APPLICATION]: {
      type: 'oauth2',
      description: 'Application permissions (app-only access, no signed-in user).',
      flows: { clientCredentials: { tokenUrl: `${LOGIN}/token`, scopes: described(scopes[APPLICATION]) } },
    },
    [DELEGATED]: {
      type: 'oauth2',
      description: 'Delegated permissions (on behalf of a signed-in user).',
      flows: {
        authorizationCode: {
          authorizationUrl: `${LOGIN}/authorize`,
          tokenUrl: `${LOGIN}/token`,
          scopes: described(scopes[DELEGATED]),
        },
      },
    },
  }
}

/** The document's default, for operations whose page names no permission (a TODO table): Graph
 *  answers no request without a token, of either kind; which scopes it needs is not documented. */
export function defaultSecurity(): SecurityRequirement[] {
  return [{ [DELEGATED]: [] }, { [APPLICATION]: [] }]
}

/** The operation's requirements: one per (scheme, scope or set of scopes), delegated first, in
 *  table order (the sets after the scopes alone). */
export function securityOf(permissions: readonly Permission[]): SecurityRequirement[] | undefined {
  const seen = new Set<string>()
  const result: SecurityRequirement[] = []
  for (const scheme of [DELEGATED, APPLICATION])
    for (const permission of permissions)
      if (schemeOf(permission) === scheme)
        for (const scopes of [...permission.scopes.map((scope) => [scope]), ...(permission.together ?? [])]) {
          const key = `${scheme} ${scopes.join(' ')}`
          if (seen.has(key)) continue
          seen.add(key)
          result.push({ [scheme]: [...scopes] })
        }
  return result.length === 0 ? undefined : result
}
