/**
 * emit openapi.json: the model as an OpenAPI 3.1 document (info, servers, tags, paths,
 * components: schemas, parameters, responses, securitySchemes), stable and sorted.
 * Paths the template grammar cannot express exactly are marked `x-doc2ts-inexact` on their
 * operations and reported by the `openapi-inexact-path` check (`inexactPathDiagnostics`).
 */
import { requiredBodyMembers } from '../../json-schema/operation-schemas.js'
import type { ApiModel } from '../../model.js'
import { castName } from '../../route-end.js'
import { sameElements } from '../../same-elements.js'
import { type ApiShape, shapeApi } from '../../shape/api-shape.js'
import { requiredBodyRows } from '../../shape/request-body.js'
import { isValueType } from '../../shape/response.js'
import type { Service } from '../../shape/service-root.js'
import { fileOfParts, type GeneratedFile } from '../generated-file.js'
import { jsonAt, jsonParts, PrintedJson } from '../json-text.js'
import { type EmitMemo, memoised, unitKey } from '../memo.js'
import { unitHash } from '../model-json.js'
import { keptValue } from '../read-memo.js'
import { ExampleConformer } from './conform-examples.js'
import { OpenApiMemo } from './openapi-memo.js'
import { odataParameters } from './parameters.js'
import { type PathItemInput, pathItemInputs, pathItemObject } from './paths.js'
import { ERROR_RESPONSE, errorResponse } from './responses.js'
import { type ComponentSchemaInput, componentSchema, componentSchemaInputs } from './schema.js'
import { defaultSecurity, securitySchemes } from './security.js'
import type { OpenApiDocument, PathItemObject, SchemaObject, TagObject } from './spec.js'

/** What `info` and `servers` say; by default, the service the docs' request examples call
 *  (`serviceOf`). */
export interface OpenApiOptions {
  title?: string
  version?: string
  servers?: string[]
}

export { OpenApiMemo } from './openapi-memo.js'
export { inexactPathDiagnostics } from './route-entries.js'

/** The document as an object (its own: it shares nothing with what is kept for the next run). */
export function openApiDocument(
  model: ApiModel,
  options: OpenApiOptions = {},
  shapes: ApiShape = shapeApi(model),
  openapi: OpenApiMemo = new OpenApiMemo(),
): OpenApiDocument {
  const { items, tags } = pathItemInputs(model, shapes.listings(), shapes.baseTypes(), openapi)
  const schemas: Record<string, SchemaObject> = {}
  for (const input of componentSchemaInputs(model)) schemas[input.name] = componentSchema(input)
  const conformer = new ExampleConformer(schemas)
  const paths: Record<string, PathItemObject> = {}
  for (const item of items) paths[item.path] = pathItemObject(item, shapes, conformer)
  return structuredClone(
    documentOf(model, shapes.service(), options, {
      tags,
      paths,
      schemas,
      securitySchemes: securitySchemes(model.operations),
    }),
  )
}

/**
 * The document as text. Path items and component schemas are printed one by one, through the
 * memo when there is one, each keyed by everything it is built from. `openapi`: what the last run
 * of the session derived (see `OpenApiMemo`).
 */
export function emitOpenApi(
  model: ApiModel,
  options: OpenApiOptions = {},
  memo?: EmitMemo,
  shapes: ApiShape = shapeApi(model),
  openapi: OpenApiMemo = new OpenApiMemo(),
): GeneratedFile {
  const { items, tags } = pathItemInputs(model, shapes.listings(), shapes.baseTypes(), openapi)
  const schemas: Record<string, PrintedJson> = {}
  const schemaObjects: Record<string, SchemaObject> = {}
  for (const input of componentSchemaInputs(model)) {
    const schema = keptSchema(openapi, input)
    schemaObjects[input.name] = schema
    schemas[input.name] = new PrintedJson(
      memoised(
        memo,
        () => schemaKey(input, memo as EmitMemo),
        () => jsonAt(schema, SCHEMA_DEPTH),
      ),
    )
  }
  const conformer = new ExampleConformer(schemaObjects)
  const accepted = acceptedKeys(schemaObjects, openapi)
  const paths: Record<string, PrintedJson> = {}
  for (const item of items) {
    const print = () => pathItemObject(item, shapes, conformer)
    paths[item.path] = new PrintedJson(
      memo
        ? conformedText(memo, pathItemKey(item, memo, openapi) + keptResponseForms(item, shapes, openapi), {
            print,
            conformer,
            accepted,
          })
        : jsonAt(print(), PATH_ITEM_DEPTH),
    )
  }
  const security = new PrintedJson(
    openapi.securitySchemes.get(model.operations, (operations) =>
      jsonAt(securitySchemes(operations), SECURITY_SCHEMES_DEPTH),
    ),
  )
  return fileOfParts('openapi.json', [
    ...jsonParts(
      documentOf(model, shapes.service(), options, { tags, paths, schemas, securitySchemes: security }),
    ),
    '\n',
  ])
}

/** `componentSchema(input)`, kept with its type object: a function of the type and the
 *  descendants it maps alone. */
function keptSchema(openapi: OpenApiMemo, input: ComponentSchemaInput): SchemaObject {
  const owner = 'undocumented' in input ? input.undocumented : input.type
  const descendants = 'undocumented' in input ? [] : input.descendants
  const known = openapi.schemas.get(owner)
  if (known && sameElements(known.descendants, descendants)) return known.schema
  const schema = componentSchema(input)
  openapi.schemas.set(owner, { descendants, schema })
  return schema
}

/** Depths in the document: `paths` → item; `components` → `schemas` → schema; `components` →
 *  `securitySchemes`. */
const PATH_ITEM_DEPTH = 2
const SCHEMA_DEPTH = 3
const SECURITY_SCHEMES_DEPTH = 2

/** A `JSON.stringify` replacer leaving out what a schema says and does not check: descriptions
 *  (text; a property named `description` is a schema, an object, and stays). */
function withoutDescriptions(key: string, value: unknown): unknown {
  return key === 'description' && typeof value === 'string' ? undefined : value
}

/** Each component schema's key of what it accepts (descriptions left out), made when first asked,
 *  once per schema object (a type unchanged since the last run keeps its schema object). */
function acceptedKeys(
  schemas: Readonly<Record<string, SchemaObject>>,
  openapi: OpenApiMemo,
): (name: string) => string {
  const missing = unitKey('openapi.accepted', JSON.stringify(null))
  return (name) => {
    const schema = Object.hasOwn(schemas, name) ? schemas[name] : undefined
    if (schema === undefined) return missing
    let key = openapi.acceptedKeys.get(schema)
    if (key === undefined) {
      key = unitKey('openapi.accepted', JSON.stringify(schema, withoutDescriptions))
      openapi.acceptedKeys.set(schema, key)
    }
    return key
  }
}

/**
 * A path item's text through the memo under `key`. Its examples are conformed to the schemas they
 * reach, which the key cannot name before they are read: beside the text, under a key of its own,
 * the memo keeps the schemas read and what each accepted then, and the text holds while every one
 * of them accepts the same (a type edited elsewhere leaves the item as it is). The text itself is
 * kept as printed, so that its stored bytes are found by the writer.
 */
function conformedText(
  memo: EmitMemo,
  key: string,
  item: {
    print(): PathItemObject
    conformer: ExampleConformer
    accepted(name: string): string
  },
): string {
  const readsKey = `${key} reads`
  let reads: string | undefined
  const text = memo.text(
    key,
    () => {
      const { result, read } = item.conformer.reading(item.print)
      reads = JSON.stringify([...read].sort().map((name) => [name, item.accepted(name)]))
      return jsonAt(result, PATH_ITEM_DEPTH)
    },
    () =>
      memo.has(readsKey) &&
      readsHold(
        memo.text(readsKey, () => '[]'),
        item.accepted,
      ),
  )
  // Printed now: what it read replaces what an earlier text read.
  if (reads !== undefined)
    memo.text(
      readsKey,
      () => reads as string,
      () => false,
    )
  return text
}

/** Whether each schema of the `[name, accepted]` list still accepts what it did. */
function readsHold(list: string, accepted: (name: string) => string): boolean {
  const reads = JSON.parse(list) as [string, string][]
  return reads.every(([name, key]) => accepted(name) === key)
}

/** A schema's key: its type (or placeholder) by content hash, and the descendants it maps. */
function schemaKey(input: ComponentSchemaInput, memo: EmitMemo): string {
  const [unit, descendants] =
    'undocumented' in input ? [input.undocumented, []] : [input.type, input.descendants]
  return unitKey('openapi.schema', input.name, unitHash(unit, memo), JSON.stringify(descendants))
}

/** A path item's key, once per input object (the same object in the next run when unchanged). */
function pathItemKey(item: PathItemInput, memo: EmitMemo, openapi: OpenApiMemo): string {
  let key = openapi.pathItemKeys.get(item)
  if (key === undefined) {
    key = unitKey('openapi.path-item', ...pathItemSource(item, memo))
    openapi.pathItemKeys.set(item, key)
  }
  return key
}

/** `responseForms`, kept with the path item for the next emit while what it read of the model holds. */
function keptResponseForms(item: PathItemInput, shapes: ApiShape, openapi: OpenApiMemo): string {
  return keptValue(openapi.responseForms, item, [], shapes.model, (view) =>
    responseForms(item, shapes.through(view)),
  )
}

/** What a path item's text depends on besides its operations: which responses name an enum
 *  (`{ "value": x }`, see `isValueType`), one letter per operation, the members a body must carry
 *  (`requiredBodyRows` that are properties of its resource type, which another page changes), and
 *  the property each route of a page of several routes answers with
 *  (`shapeOfRoute`; whether a route is a `$value`, the other answer a route has of its own, is the
 *  operation's alone), else the type it answers (a type cast's). */
function responseForms(item: PathItemInput, shapes: ApiShape): string {
  const { model } = shapes
  let forms = ''
  for (const { operations } of item.methods)
    for (const { operation } of operations) {
      const type = operation.response.type
      forms += type?.kind === 'named' && isValueType(type, model) ? 'v' : '-'
      if (requiredBodyRows(operation).length > 0)
        forms += JSON.stringify(requiredBodyMembers(shapes.of(operation), model))
      // Every route's: another route being a property path takes its examples away.
      for (const route of operation.routes.length > 1 ? operation.routes : []) {
        const property = shapes.propertyOf(operation, route)
        forms += property
          ? JSON.stringify([
              property.name,
              property.type,
              property.collection,
              isValueType(property.type, model),
            ])
          : // A cast route's type, which another page's base types decide (`route-cast.ts`).
            castName(route) === undefined
            ? '.'
            : JSON.stringify(shapes.ofRoute(operation, route).response)
      }
    }
  return forms
}

/**
 * Everything a path item is built from, as text: each operation by its content hash (`unitHash`,
 * derived once per operation object: the output groups' hashing has computed it, and an operation
 * on several routes is not hashed again), then where and how it is used: its route by index (the routes
 * are in the operation's key; the template is a function of the route), names, id and tag.
 */
function pathItemSource(item: PathItemInput, memo: EmitMemo): string[] {
  const parts = [item.path]
  for (const { method, operations } of item.methods)
    for (const { operation, route, names, operationId, tag, anotherUse } of operations) {
      parts.push(
        method,
        unitHash(operation, memo),
        JSON.stringify([operation.routes.indexOf(route), names, operationId, tag, anotherUse]),
      )
    }
  return parts
}

/** The document around its paths and schemas, in the field order of the specification. */
function documentOf<PathItem, Schema, SecuritySchemes>(
  model: ApiModel,
  service: Service,
  options: OpenApiOptions,
  parts: {
    tags: TagObject[]
    paths: Record<string, PathItem>
    schemas: Record<string, Schema>
    securitySchemes: SecuritySchemes
  },
) {
  return {
    openapi: '3.1.0' as const,
    info: {
      title: options.title ?? service.title,
      version: options.version ?? service.version,
      description: `Generated by doc2ts from ${model.pages} pages of REST API reference docs.`,
    },
    servers: (options.servers ?? [service.root]).map(serverOf),
    security: defaultSecurity(),
    tags: parts.tags,
    paths: parts.paths,
    components: {
      schemas: parts.schemas,
      parameters: odataParameters(),
      responses: { [ERROR_RESPONSE]: errorResponse() },
      securitySchemes: parts.securitySchemes,
    },
  }
}

/**
 * A server, each `{placeholder}` of its URL a variable (OpenAPI defines every one a URL names):
 * another team's docs call their service `https://{businesscentralPrefix}/api/v2.0`.
 */
function serverOf(url: string): OpenApiDocument['servers'][number] {
  const names = [...url.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? '')
  if (names.length === 0) return { url }
  const variables = Object.fromEntries(
    names.map((name) => [
      name,
      {
        default: name,
        description: `The ${name} the docs leave to the reader: replace this default with yours.`,
      },
    ]),
  )
  return { url, variables }
}
