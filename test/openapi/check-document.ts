/**
 * The checks every exported document must pass, shared by the seed and corpus tests:
 * the validator, coverage of the documented (verb, path) pairs, openapi-typescript under `tsc --strict`.
 */
import { validate } from '@readme/openapi-parser'
import openapiTS, { astToString } from 'openapi-typescript'
import type { ApiModel } from '../../src/model.js'
import { typeCheck, VIRTUAL_OUT } from '../client/compile.js'

/** Validator errors (empty when valid). The validator dereferences in place: it gets a copy. */
export async function validationErrors(text: string): Promise<string[]> {
  const result = await validate(JSON.parse(text))
  return result.valid ? [] : result.errors.map((error) => error.message)
}

/**
 * Documented (verb, path) pairs of the model, counted from its routes as written, that a client
 * could call through the document: the written path with every `{…}`/`<…>` placeholder filled by a
 * sample value (and the blanks a URL cannot carry removed) matches a `paths` template that has
 * the verb.
 */
export function routeCoverage(
  model: ApiModel,
  text: string,
): { found: number; total: number; missing: string[] } {
  const document = JSON.parse(text) as { paths: Record<string, Record<string, unknown>> }
  // In any letter case, as Graph reads a path: openapi.json spells routes written in several one way.
  const templates = Object.entries(document.paths).map(([path, item]) => ({
    pattern: new RegExp(
      `^${path
        .split(/\{[^{}]*\}/)
        .map(escapeRegExp)
        .join('[^/]+')}$`,
      'i',
    ),
    item,
  }))
  const pairs = new Map<string, { method: string; url: string }>()
  for (const operation of model.operations)
    for (const route of operation.routes)
      pairs.set(`${route.method} ${route.raw}`, {
        method: route.method.toLowerCase(),
        url: route.raw.replace(/\{[^{}]*\}|<[^<>]*>/g, 'sample1').replace(/\s+/g, ''),
      })
  const missing: string[] = []
  for (const [pair, { method, url }] of pairs)
    if (!templates.some(({ pattern, item }) => item[method] !== undefined && pattern.test(url)))
      missing.push(pair)
  return { found: pairs.size - missing.length, total: pairs.size, missing }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * openapi-typescript's output for the document, and the `tsc --strict` diagnostics of it and of
 * `consumer`, code written against it (importing `./openapi-<name>.js`), when given.
 */
export async function openApiTypescriptErrors(
  text: string,
  name: string,
  consumer?: string,
): Promise<string[]> {
  const source = astToString(await openapiTS(JSON.parse(text), { silent: true }))
  const path = `${VIRTUAL_OUT}openapi-${name}.ts`
  const files = new Map([[path, source]])
  if (consumer !== undefined) files.set(`${VIRTUAL_OUT}uses-openapi-${name}.ts`, consumer)
  return typeCheck(files, [...files.keys()])
}
