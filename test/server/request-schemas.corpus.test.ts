/**
 * Every JSON Schema the generated server judges requests with is one Ajv accepts as a schema, and
 * every `$ref` in it names a definition the server ships: on the sample and on the docs trees of
 * the fixtures. The server compiles a route's schema when a request first needs it, so an invalid
 * one shows only as a 500 on that request (a create page whose two body tables, one per derived
 * type, both require `displayName` listed it twice in `required`, which the meta-schema refuses).
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { readDocs } from '../../src/read-docs.js'
import { corpusDir } from '../support/corpus.js'
import { ROOT } from './helpers.js'

/** The fixture folders that are docs trees (an `api/` or `resources/` folder at the top). */
const FIXTURE_TREES = readdirSync(`${ROOT}test/fixtures`)
  .map((name) => join(`${ROOT}test/fixtures`, name))
  .filter((dir) => ['api', 'resources'].some((sub) => statSync(join(dir, sub), { throwIfNoEntry: false })))

interface RouteSchemas {
  operation: string
  method: string
  path: string
  schema: Record<string, object | undefined>
  bodyTypes?: { type: string; schema?: object }[]
}

/** The values of the string literals a generated table file lists one per line. */
function listedStrings(text: string, pattern: RegExp): string[] {
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .map((line) => JSON.parse(line.trim().replace(/,$/, '')) as string)
}

async function serverSchemas(docs: string) {
  const files = emitAll(buildModel((await readDocs(docs)).pages))
  const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''
  const routes = listedStrings(text('server/routes.ts'), /^ {2}"\{/).map(
    (line) => JSON.parse(line) as RouteSchemas,
  )
  const definitions = text('server/schemas.ts')
    .split('\n')
    .filter((line) => /^ {2}\["/.test(line))
    .map((line) => JSON.parse(line.trim().replace(/,$/, '')) as [string, string])
    .map(([name, schema]) => [name, JSON.parse(schema) as object] as const)
  return { routes, definitions: new Map(definitions) }
}

/** Each problem of `schema`: the meta-schema's complaints, and `$ref`s to no shipped definition. */
function problemsOf(ajv: Ajv, schema: object, definitions: ReadonlyMap<string, object>): string[] {
  const problems = ajv.validateSchema(schema) ? [] : [ajv.errorsText(ajv.errors)]
  const refs = JSON.stringify(schema).matchAll(/"\$ref":"doc2ts#\/definitions\/([^"]+)"/g)
  for (const [, name] of refs)
    if (!definitions.has(name ?? '')) problems.push(`$ref to no definition ${name}`)
  return problems
}

describe.each([corpusDir, ...FIXTURE_TREES])('the server generated for %s', (docs) => {
  it('judges requests only with valid schemas whose references resolve', async () => {
    const { routes, definitions } = await serverSchemas(docs)
    const ajv = new Ajv({ strict: false })
    const problems: string[] = []
    for (const [name, definition] of definitions)
      for (const problem of problemsOf(ajv, definition, definitions))
        problems.push(`definition ${name}: ${problem}`)
    for (const route of routes) {
      const schemas = [
        ...Object.entries(route.schema),
        ...(route.bodyTypes ?? []).map(({ type, schema }) => [`body as ${type}`, schema] as const),
      ]
      for (const [part, schema] of schemas)
        if (schema)
          for (const problem of problemsOf(ajv, schema, definitions))
            problems.push(`${route.method} ${route.path} ${part}: ${problem}`)
    }
    expect(routes.length).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })
})
