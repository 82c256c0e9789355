/**
 * emit server: the model → `server/*.ts` through the Handlebars templates of `templates/server/`.
 *   server/index.ts            buildServer({ handlers?, mock? })              regenerated
 *   server/runtime.ts          Fastify setup, errors, validation, mock mode  regenerated
 *   server/routes.ts           route table + 405 table                       regenerated
 *   server/schemas.ts          JSON Schema definitions of the types          regenerated
 *   server/mock-data.ts        documented examples per operation             regenerated
 *   server/handlers.ts         the typed `Handlers` interface                regenerated
 *   server/handlers/index.ts   collects the handler files                    regenerated
 *   server/handlers/<op>.ts    one stub per operation                        created once, then the user's
 *
 * Reads: the linked `ApiModel` and the TS names of its types.
 */

import { KEY_IN_PARENTHESES_IN_URL } from '../../extract/route-template.js'
import { DEFINITIONS_ID, definitionForType, eachDefinition } from '../../json-schema/type-schema.js'
import { mockExamplesFor } from '../../mock/examples.js'
import type { ApiModel, Diagnostic, OperationDef } from '../../model.js'
import { type ApiShape, shapeApi } from '../../shape/api-shape.js'
import { collectDerivedTypes, type DerivedTypes } from '../../shape/derived-types.js'
import { selectableNamesOf } from '../../shape/selectable.js'
import { jsDocText, stringLiteral, uniqueIdentifier } from '../escape.js'
import { fileOfParts, GENERATED_HEADER, type GeneratedFile } from '../generated-file.js'
import type { EmitMemo } from '../memo.js'
import { keptValue } from '../read-memo.js'
import { renderTemplate, renderTemplateParts } from '../render-template.js'
import type { TsNames } from '../type-names.js'
import { type HandlerTypes, handlerTypesFor } from './handler-types.js'
import { type RouteTable, type ServerRoute, startRouteTable } from './route-table.js'
import { selectableTable } from './selectable.js'
import type { ServerMemo } from './server-memo.js'
import { HANDLERS_DIR, HANDLERS_INDEX } from './user-owned.js'

export { isUserOwnedOutput } from './user-owned.js'

/** Operation id → handler name (`intune-…-create` → `intuneEnrollment…Create`), unique, never `index`. */
export function assignHandlerNames(model: ApiModel): Map<string, string> {
  const taken = new Set<string>(['index', 'handlers'])
  const names = new Map<string, string>()
  const ids = model.operations.map((op) => op.id).sort()
  for (const id of ids) {
    if (names.has(id)) continue
    const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean)
    const camel = words
      .map((w, i) =>
        i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
      )
      .join('')
    names.set(id, uniqueIdentifier(camel || 'operation', taken))
  }
  return names
}

/** JSON text as a TS string literal (parsed by the generated module). */
function jsonLine(value: unknown): string {
  return stringLiteral(JSON.stringify(value))
}

/** The operations whose handler name `keep` takes, by handler name. */
function namedOperations(
  model: ApiModel,
  handlerNames: ReadonlyMap<string, string>,
  keep: (name: string) => boolean,
): { op: OperationDef; name: string }[] {
  return model.operations
    .filter((op) => keep(handlerNames.get(op.id) ?? ''))
    .map((op) => ({ op, name: handlerNames.get(op.id) ?? '' }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** A route table entry as `server/routes.ts` lists it. */
function routeLine(route: ServerRoute): string {
  return jsonLine({
    operation: route.operation,
    method: route.method,
    url: route.url,
    path: route.path,
    status: route.status,
    ...(route.emptyStatus === undefined ? {} : { emptyStatus: route.emptyStatus }),
    ...(route.objectWhenAsked === undefined ? {} : { objectWhenAsked: route.objectWhenAsked }),
    callParams: route.callParams,
    schema: route.schema,
    ...(route.bodyOptional === undefined ? {} : { bodyOptional: route.bodyOptional }),
    ...(route.mediaType === undefined ? {} : { mediaType: route.mediaType }),
    ...(route.property === undefined ? {} : { property: route.property }),
    ...(route.selects === undefined ? {} : { selects: route.selects }),
    ...(route.examplesFrom === undefined ? {} : { examplesFrom: route.examplesFrom }),
    ...(route.bodyTypes === undefined ? {} : { bodyTypes: route.bodyTypes }),
  })
}

export interface ServerEmit {
  files: GeneratedFile[]
  diagnostics: Diagnostic[]
}

/** What the session keeps of the server (`ServerMemo`), and the key of the type names. */
export interface KeptServer {
  memo: ServerMemo
  namesKey: string
}

/** The server's files, in two steps: the route table started now (its probe posted to the emit
 *  worker), the files once the table is complete (see `outputs.ts`). */
export function startServer(
  model: ApiModel,
  names: TsNames,
  memo?: EmitMemo,
  shapes: ApiShape = shapeApi(model),
  derived: DerivedTypes = collectDerivedTypes(model),
  kept?: KeptServer,
): () => ServerEmit {
  const handlerNames = kept
    ? kept.memo.handlerNames.get(model.operations, () => assignHandlerNames(model))
    : assignHandlerNames(model)
  const finishTable = startRouteTable(model, handlerNames, shapes, memo, kept?.memo)
  return () => serverFiles(model, names, shapes, derived, handlerNames, finishTable(), memo, kept)
}

/** A handler of `Handlers` (`server/handlers.ts`): its types and doc lines. */
export interface HandlerView extends HandlerTypes {
  name: string
  doc: string[]
}

function handlerView(
  op: OperationDef,
  name: string,
  served: readonly ServerRoute[],
  shapes: ApiShape,
  names: TsNames,
  model: ApiModel,
): HandlerView {
  const types = handlerTypesFor(
    shapes.of(op),
    served.map((r) => r.params),
    served.map((r) => r.routeShape),
    served.flatMap((r) => (r.bodyTypes ?? []).map((known) => known.type)),
    names,
    model,
  )
  const doc = [
    jsDocText(op.title || op.id),
    ...served.map((r) => jsDocText(`${r.method} ${r.path}`)),
    jsDocText(`Docs: ${op.file}`),
  ]
  return { name, doc, ...types }
}

function serverFiles(
  model: ApiModel,
  names: TsNames,
  shapes: ApiShape,
  derived: DerivedTypes,
  handlerNames: ReadonlyMap<string, string>,
  table: RouteTable,
  memo: EmitMemo | undefined,
  kept: KeptServer | undefined,
): ServerEmit {
  const header = GENERATED_HEADER
  const routesByOperation = new Map<string, ServerRoute[]>()
  for (const route of table.routes) {
    const list = routesByOperation.get(route.operation) ?? []
    list.push(route)
    routesByOperation.set(route.operation, list)
  }
  // The mock's examples: of the pages that serve routes, and of those whose examples another
  // page's route answers with too (`examplesFrom`), listed once and named by the route.
  const shown = new Set(table.routes.flatMap((route) => route.examplesFrom ?? []))
  const mocked = namedOperations(
    model,
    handlerNames,
    (name) => routesByOperation.has(name) || shown.has(name),
  )
  const operations = mocked.filter(({ name }) => routesByOperation.has(name))

  // Each handler's types and doc, through the kept ones where there are (they print type names).
  const handlerViews = operations.map(({ op, name }) => {
    const served = routesByOperation.get(name) ?? []
    const inputs = [name, kept?.namesKey, shapes.of(op), ...served]
    return keptValue(kept?.memo.handlers, op, inputs, model, (read) =>
      handlerView(op, name, served, shapes, names, read),
    )
  })
  const typeText = handlerViews.map((v) => `${v.params} ${v.body} ${v.reply}`).join('\n')
  // Each type's definition, through the kept ones where there are (a type unchanged since is the
  // same object; the names of the base types decide whether one is open to unlisted keys).
  let basesKey: string | undefined
  const definitions = eachDefinition(model, (type, bases) => {
    basesKey ??= [...bases].sort().join('\n')
    return keptValue(kept?.memo.definitions, type, [basesKey], model, (view) =>
      jsonLine(definitionForType(type, view, bases)),
    )
  })

  // An operation's examples as its routes answer (those it serves, else all of its own), read
  // through the kept ones where there are.
  const mockLine = (op: OperationDef, served: readonly ServerRoute[]): string =>
    keptValue(kept?.memo.mocks, op, [shapes.of(op), ...served], model, (view) => {
      const through = shapes.through(view)
      const routeShapes =
        served.length > 0
          ? served.map((route) => route.routeShape)
          : op.routes.map((route) => through.ofRoute(op, route))
      return jsonLine(mockExamplesFor(through.of(op), view, routeShapes))
    })

  const files: GeneratedFile[] = [
    {
      path: 'server/index.ts',
      text: renderTemplate('server/index', {
        header,
        routeCount: String(table.routes.length),
        operationCount: String(operations.length),
      }),
    },
    {
      path: 'server/runtime.ts',
      // The rule doc2ts reads the docs' routes by, as the runtime reads request URLs.
      text: renderTemplate('server/runtime', {
        header,
        keyInParentheses: `${KEY_IN_PARENTHESES_IN_URL}g`,
        // The root's path (`/api/v2.0`), as the service parsed it ('' for a host alone).
        servicePath: stringLiteral(new URL(shapes.service().root).pathname.replace(/\/+$/, '')),
      }),
    },
    fileOfParts(
      'server/routes.ts',
      renderTemplateParts('server/routes', (part) => ({
        header,
        routes: table.routes.map((route) =>
          part(memo ? memo.derived(route, 'server.route', () => routeLine(route)) : routeLine(route)),
        ),
        namespaces: jsonLine(shapes.namespaces()),
        selectable: part(jsonLine(selectableTable(table.routes, selectableNamesOf(model, derived)))),
        baseTypes: part(
          jsonLine(
            Object.fromEntries([...shapes.baseTypes()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
          ),
        ),
        rootAliases: jsonLine(shapes.rootAliases()),
      })),
    ),
    fileOfParts(
      'server/schemas.ts',
      renderTemplateParts('server/schemas', (part) => ({
        header,
        definitionsId: stringLiteral(DEFINITIONS_ID),
        definitions: Object.entries(definitions).map(([name, schema]) => ({
          name: stringLiteral(name),
          schema: part(schema),
        })),
      })),
    ),
    fileOfParts(
      'server/mock-data.ts',
      renderTemplateParts('server/mock-data', (part) => ({
        header,
        operations: mocked.map(({ op, name }) => ({
          name: stringLiteral(name),
          examples: part(mockLine(op, routesByOperation.get(name) ?? [])),
        })),
      })),
    ),
    {
      path: 'server/handlers.ts',
      text: renderTemplate('server/handlers', {
        header,
        importsTypes: /\bT\./.test(typeText),
        importsUndocumented: /\bU\./.test(typeText),
        operations: handlerViews,
      }),
    },
    {
      path: HANDLERS_INDEX,
      text: renderTemplate('server/handlers-index', {
        header,
        operations: operations.map(({ name }) => ({ name, file: name })),
      }),
    },
    ...operations.map(({ op, name }) => {
      const routes = (routesByOperation.get(name) ?? []).map((r) => jsDocText(`${r.method} ${r.path}`))
      const stub = () =>
        renderTemplate('server/handler-stub', {
          name,
          key: stringLiteral(name),
          title: jsDocText(op.title || op.id),
          routes,
        })
      // Made of the operation, its handler name and its routes: kept with the operation object.
      const tag = `server.stub ${JSON.stringify([name, routes])}`
      return { path: `${HANDLERS_DIR}${name}.ts`, text: memo ? memo.derived(op, tag, stub) : stub() }
    }),
  ]
  return { files, diagnostics: table.diagnostics }
}
