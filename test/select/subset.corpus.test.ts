/**
 * `--include '/users/**'` on the sample corpus: the users' routes, their types and nothing else,
 * at most half of the API's declarations, output that compiles (types, client, server) and an
 * OpenAPI document that is valid with every `$ref` resolved. One model build; the figures are printed.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { GeneratedFile } from '../../src/emit/generated-file.js'
import type { ApiModel, ObjectTypeDef, TypeRef } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { matchesRouteGlob, parseRouteGlob } from '../../src/select/route-glob.js'
import { selectRoutes } from '../../src/select/select-routes.js'
import { typeCheck, VIRTUAL_OUT } from '../client/compile.js'
import { validationErrors } from '../openapi/check-document.js'
import { typeErrors } from '../server/compile.js'
import { outFolder, rm, writeFiles } from '../server/helpers.js'
import { corpusDir } from '../support/corpus.js'

const GLOB = '/users/**'

let whole: ApiModel
let subset: ApiModel
let files: GeneratedFile[]

const named = (ref: TypeRef | undefined) => (ref?.kind === 'named' ? ref.resolved : undefined)
const objectTypes = (model: ApiModel) =>
  Object.values(model.types).filter((type): type is ObjectTypeDef => type.kind !== 'enum')
const declarations = (model: ApiModel) =>
  Object.keys(model.types).length + Object.keys(model.undocumented).length
const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''

beforeAll(async () => {
  whole = buildModel((await readDocs(corpusDir)).pages)
  const selected = selectRoutes(whole, { include: [GLOB], exclude: [], namespaces: [], workloads: [] })
  expect(selected.unmatched).toEqual([])
  subset = selected.model
  files = emitAll(subset)
  const bytes = (list: readonly GeneratedFile[]) =>
    list.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0)
  console.info(
    `subset ${GLOB}: ${subset.operations.length}/${whole.operations.length} operations, ` +
      `${declarations(subset)}/${declarations(whole)} declarations, ${bytes(files)}/${bytes(emitAll(whole))} bytes`,
  )
}, 240_000)

describe(`generate --include '${GLOB}' on the corpus`, () => {
  it("keeps every operation with a users' route, and only users' routes", () => {
    const glob = parseRouteGlob(GLOB)
    const routes = subset.operations.flatMap((operation) => operation.routes.map((route) => route.raw))
    expect(routes.filter((route) => !/^\/users(\/|$)/i.test(route))).toEqual([])
    const expected = whole.operations.filter((operation) =>
      operation.routes.some((route) => matchesRouteGlob(glob, route.segments)),
    )
    expect(subset.operations.map((operation) => operation.id)).toEqual(
      expected.map((operation) => operation.id),
    )
  })

  it("declares the users' types", () => {
    const names = Object.keys(subset.types)
    for (const name of ['user', 'message', 'event', 'mailFolder', 'calendar', 'contact'])
      expect(names).toContain(`microsoft.graph.${name}`)
    expect(Object.keys(subset.undocumented)).toContain('microsoft.graph.drive')
  })

  it('declares nothing unreachable, and at most half of the API', () => {
    // A declaration is there because a use site of the subset names it, a kept type derives from
    // it, or it derives from a type a use site names that is not the root (the top type most of
    // the model descends from).
    const uses = new Set<string>()
    const use = (ref: TypeRef | undefined) => {
      const name = named(ref)
      if (name) uses.add(name)
    }
    for (const operation of subset.operations) {
      for (const parameter of operation.parameters) use(parameter.type)
      use(operation.requestBody?.type)
      use(operation.response.type)
    }
    for (const type of objectTypes(subset)) {
      for (const property of type.properties) use(property.type)
      for (const row of type.methods) use(row.returnType)
    }
    const baseOf = new Map(objectTypes(whole).map((type) => [type.qualifiedName, named(type.baseType)]))
    const bases = new Set([...baseOf.values()].filter((name) => name !== undefined))
    const descendants = (name: string) =>
      [...baseOf.keys()].filter((type) => ancestors(type).includes(name)).length
    const ancestors = (name: string): string[] => {
      const base = baseOf.get(name)
      return base ? [base, ...ancestors(base)] : []
    }
    const root = [...bases].sort((a, b) => descendants(b) - descendants(a))[0]
    const kept = [...Object.keys(subset.types), ...Object.keys(subset.undocumented)]
    const subsetBases = new Set(objectTypes(subset).map((type) => named(type.baseType)))
    const unreachable = kept.filter(
      (name) =>
        !uses.has(name) &&
        !subsetBases.has(name) &&
        !ancestors(name).some((ancestor) => ancestor !== root && uses.has(ancestor)),
    )
    expect(unreachable).toEqual([])
    expect(declarations(subset)).toBeLessThanOrEqual(declarations(whole) / 2)
  })

  it('writes a model.json and an openapi.json that stand on their own', async () => {
    const model = JSON.parse(text('model.json')) as ApiModel
    const known = new Set([...Object.keys(model.types), ...Object.keys(model.undocumented)])
    const operations = new Set(model.operations.map((operation) => operation.id))
    const refs: (TypeRef | undefined)[] = []
    const missing: string[] = []
    for (const type of objectTypes(model)) {
      refs.push(type.baseType, ...type.properties.map((property) => property.type))
      for (const row of type.methods) {
        refs.push(row.returnType)
        if (!row.operationId || !operations.has(row.operationId)) missing.push(`${type.name}: ${row.title}`)
      }
    }
    for (const operation of model.operations) {
      refs.push(operation.requestBody?.type, operation.response.type)
      refs.push(...operation.parameters.map((parameter) => parameter.type))
      missing.push(...(operation.resources ?? []).filter((name) => !known.has(name)))
    }
    for (const name of refs.map(named)) if (name !== undefined && !known.has(name)) missing.push(name)
    expect(missing).toEqual([])

    const openapi = text('openapi.json')
    const document = JSON.parse(openapi) as Record<string, unknown>
    const pointers = new Set([...openapi.matchAll(/"\$ref": "#\/([^"]*)"/g)].map((match) => match[1] ?? ''))
    const dangling = [...pointers].filter((pointer) => {
      let node: unknown = document
      for (const step of pointer.split('/'))
        node = (node as Record<string, unknown> | undefined)?.[step.replace(/~1/g, '/').replace(/~0/g, '~')]
      return node === undefined
    })
    expect(pointers.size).toBeGreaterThan(0)
    expect(dangling).toEqual([])
    expect(await validationErrors(openapi)).toEqual([])
  }, 120_000)

  it('compiles under tsc --strict: types and client', () => {
    const sources = new Map(
      files
        .filter((file) => file.path.endsWith('.ts'))
        .map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]),
    )
    const roots = [`${VIRTUAL_OUT}types/index.ts`, `${VIRTUAL_OUT}client/index.ts`]
    expect(typeCheck(sources, roots).slice(0, 20)).toEqual([])
  }, 120_000)

  it('compiles under tsc --strict: server', async () => {
    const dir = await outFolder('subset-users')
    try {
      await writeFiles(dir, files)
      expect(typeErrors(dir, ['server/index.ts', 'server/handlers/index.ts']).slice(0, 20)).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
