/**
 * Every route of every operation with the OpenAPI path it is exported under, shared by the
 * emitter (`pathItemInputs`) and the `openapi-inexact-path` check, and kept between the runs of
 * one session (`OpenApiMemo`):
 * - a route's template is derived once per route object;
 * - the entries are derived again only when the list of operations holds other objects (the
 *   check and the emitter of one run share them; a save that changes only types reuses them).
 */
import { diagnostic } from '../../diagnostics.js'
import { getOrCreate } from '../../get-or-create.js'
import type { ApiModel, Diagnostic, OperationDef, RouteTemplate } from '../../model.js'
import { literalSpellings, type Respell } from '../../shape/literal-spellings.js'
import { OpenApiMemo } from './openapi-memo.js'
import { type PathTemplate, pathTemplateFromRoute } from './path-template.js'
import { placeholderNames, renamedPath } from './placeholder-names.js'

export interface RouteEntry {
  readonly operation: OperationDef
  readonly route: RouteTemplate
  /** The route as its path spells it: each literal as `literalSpellings` keeps it (the route
   *  itself where it writes them so). */
  readonly spelled: RouteTemplate
  /** The template of `spelled`. */
  readonly template: PathTemplate
  /** The `paths` key after sharing spellings and placeholder names. */
  readonly path: string
  readonly names: readonly string[]
}

/** `openapi-inexact-path` for every route the path grammar cannot express exactly. */
export function inexactPathDiagnostics(model: ApiModel, memo: OpenApiMemo = new OpenApiMemo()): Diagnostic[] {
  return [...memo.inexact.get(model.operations, (operations) => inexactDiagnostics(operations, memo))]
}

const inexactDiagnostics = (operations: readonly OperationDef[], memo: OpenApiMemo): readonly Diagnostic[] =>
  routeEntries(operations, memo)
    .filter((entry) => entry.template.inexact.length > 0)
    .map((entry) =>
      diagnostic(
        'openapi-inexact-path',
        entry.route.position,
        `Unexpected \`${entry.route.raw}\` for an OpenAPI path template, exported as \`${entry.path}\`: ` +
          entry.template.inexact.join('; '),
      ),
    )

/**
 * The entries of `operations`, in order. Routes that differ only in the letter case of a literal
 * (`/security/secureScoreControlProfiles/{id}`, `/security/securescorecontrolprofiles/{id}`) take
 * the spelling the client's path tree keeps (`literalSpellings`); each placeholder then takes the
 * name most routes give its place (`placeholderNames`), so templates that differ only in placeholder
 * names (`/users/{id}`, `/users/{usersId}`) are one path, and sibling paths (`/planner/plans/{id}`,
 * `/planner/plans/{planId}/buckets`) name a key alike.
 */
export function routeEntries(operations: readonly OperationDef[], memo: OpenApiMemo): readonly RouteEntry[] {
  return memo.routeEntries.get(operations, (listed) => routeEntriesOf(listed, memo))
}

function routeEntriesOf(operations: readonly OperationDef[], memo: OpenApiMemo): readonly RouteEntry[] {
  const respell = literalSpellings(operations)
  const routes = operations.flatMap((operation) =>
    operation.routes.map((route) => {
      const spelled = spelledRoute(route, respell)
      return { operation, route, spelled, template: templateOf(spelled, memo) }
    }),
  )
  const namesOf = placeholderNames(routes.map(({ template }) => template))
  return routes.map(({ operation, route, spelled, template }): RouteEntry => {
    const names = namesOf(template)
    return { operation, route, spelled, template, path: renamedPath(template.path, names), names }
  })
}

/** `route` with its segments respelled, or `route` itself where `respell` keeps its spelling. */
function spelledRoute(route: RouteTemplate, respell: Respell): RouteTemplate {
  const segments = respell(route.segments)
  return segments === route.segments ? route : { ...route, segments }
}

function templateOf(route: RouteTemplate, memo: OpenApiMemo): PathTemplate {
  return getOrCreate(memo.templates, route, () => pathTemplateFromRoute(route))
}
