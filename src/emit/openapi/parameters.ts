/**
 * Parameter Objects of one operation on one path: path parameters from the template (described by
 * the page's parameter tables when they name them), query parameters from the route's query string
 * and the page's query tables, OData query options as `$ref`s, request headers from the headers
 * table. The headers the transport sets are left out (`isTransportHeader`): OpenAPI ignores
 * `Authorization`, `Accept` and `Content-Type` as parameters (security schemes and media types say
 * them), and a client of the document cannot send `Content-Length` (message-send.md: "0. Required.").
 */
import type { ParameterDef, RouteTemplate } from '../../model.js'
import type { OperationShape } from '../../shape/operation-shape.js'
import { documentedRouteParameter, isTransportHeader } from '../../shape/parameters.js'
import type { PathTemplate } from './path-template.js'
import { schemaFromTypeRef, schemaFromValue } from './schema.js'
import type { ParameterObject, ParameterOrRef } from './spec.js'

/** OData system query options: `components.parameters` key → the option. */
export const ODATA_OPTIONS: Record<string, string> = {
  count: '$count',
  expand: '$expand',
  filter: '$filter',
  levels: '$levels',
  orderby: '$orderby',
  search: '$search',
  select: '$select',
  skip: '$skip',
  top: '$top',
}

/** Identity of a parameter within an operation: `in` and name, a `$ref` by the option it names. */
export function parameterKey(parameter: ParameterOrRef): string {
  if (!('$ref' in parameter)) return `${parameter.in} ${parameter.name.toLowerCase()}`
  const key = parameter.$ref.slice(parameter.$ref.lastIndexOf('/') + 1)
  return `query ${ODATA_OPTIONS[key] ?? parameter.$ref}`
}

/** `components.parameters`: one Parameter Object per OData query option. */
export function odataParameters(): Record<string, ParameterObject> {
  const result: Record<string, ParameterObject> = {}
  for (const [key, option] of Object.entries(ODATA_OPTIONS)) {
    const integer = option === '$top' || option === '$skip'
    result[key] = {
      name: option,
      in: 'query',
      description: `OData \`${option}\` query option.`,
      required: false,
      schema: option === '$count' ? { type: 'boolean' } : integer ? { type: 'integer' } : { type: 'string' },
    }
  }
  return result
}

/**
 * The parameters of `operation` on `template`, whose path placeholders are renamed to `names`
 * (the names the shared path item uses). Order: path (as in the path), query, header.
 */
export function operationParameters(
  shape: OperationShape,
  route: RouteTemplate,
  template: PathTemplate,
  names: readonly string[],
): ParameterOrRef[] {
  const { parameters, operation } = shape
  const path = template.params.map((param, index) =>
    pathParameter(
      names[index] ?? param.name,
      param,
      documentedRouteParameter(parameters.path, [param.argument ?? param.name, param.name]),
    ),
  )
  const query = new Map<string, ParameterOrRef>()
  for (const parameter of routeQueryParameters(route)) query.set(parameter.name.toLowerCase(), parameter)
  for (const documented of parameters.query)
    if (!query.has(documented.name.toLowerCase()))
      query.set(documented.name.toLowerCase(), documentedParameter(documented, 'query'))
  for (const option of operation.queryOptions) {
    const key = Object.keys(ODATA_OPTIONS).find((name) => ODATA_OPTIONS[name] === option.toLowerCase())
    if (key && !query.has(option.toLowerCase()))
      query.set(option.toLowerCase(), { $ref: `#/components/parameters/${key}` })
  }
  const headers = new Map<string, ParameterDef[]>()
  for (const documented of parameters.header) {
    const key = documented.name.toLowerCase()
    if (documented.name === '' || isTransportHeader(key)) continue
    headers.set(key, [...(headers.get(key) ?? []), documented])
  }
  const header = new Map([...headers].map(([key, rows]) => [key, headerParameter(rows)]))
  return [...path, ...sortedValues(query), ...sortedValues(header)]
}

/**
 * One header parameter of the rows naming it: the first's name and type, each row's description
 * with the value it writes (`Prefer: odata.maxpagesize={x}`, `Prefer: omit-values=nulls`: one
 * `Prefer` header, two of its values).
 */
function headerParameter(rows: readonly ParameterDef[]): ParameterObject {
  const [first] = rows as [ParameterDef, ...ParameterDef[]]
  const description = rows
    .map((row) =>
      `${row.description}${row.value ? ` Written \`${row.name}: ${row.value}\` in the docs.` : ''}`.trim(),
    )
    .filter((text) => text !== '')
    .join('\n\n')
  return documentedParameter({ ...first, description, required: rows.some((row) => row.required) }, 'header')
}

function sortedValues<T>(map: Map<string, T>): T[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value)
}

/** A path parameter; typed and described by the page's table row for it when there is one, its
 *  value being what stands between the quotes the docs write around it (`on='{on}'`, an enum
 *  member: accesspackageassignmentrequest-filterbycurrentuser.md). */
function pathParameter(
  name: string,
  param: PathTemplate['params'][number],
  documented: ParameterDef | undefined,
): ParameterObject {
  const written = param.raw === '' ? '' : ` Written \`${param.raw}\` in the docs.`
  const description = `${documented?.description ?? ''}${written}`.trim()
  const schema = documented ? schemaFromTypeRef(documented.type) : { type: 'string' }
  return {
    name,
    in: 'path',
    ...(description === '' ? {} : { description }),
    required: true,
    schema: Object.keys(schema).length === 0 ? { type: 'string' } : schema,
  }
}

function documentedParameter(parameter: ParameterDef, where: 'query' | 'header'): ParameterObject {
  return {
    name: parameter.name,
    in: where,
    ...(parameter.description === '' ? {} : { description: parameter.description }),
    required: parameter.required,
    schema: schemaFromValue(parameter.type, parameter.collection, false),
  }
}

/**
 * The query string written in the route: `startDateTime={start_datetime}&endDateTime={end_datetime}`.
 * A placeholder value makes the parameter required; the written value is its example.
 */
export function routeQueryParameters(route: RouteTemplate): ParameterObject[] {
  if (route.query === undefined) return []
  const result: ParameterObject[] = []
  for (const pair of route.query.split('&')) {
    const [rawName = '', ...rest] = pair.split('=')
    const name = rawName.trim()
    const value = rest.join('=').trim()
    if (name === '' || result.some((parameter) => parameter.name === name)) continue
    const placeholder = /[{<][^{}<>]*[}>]/.test(value)
    result.push({
      name,
      in: 'query',
      description: `Written \`${pair.trim()}\` in the docs.`,
      required: placeholder,
      schema: { type: 'string' },
      ...(placeholder || value === '' ? {} : { example: value }),
    })
  }
  return result
}
