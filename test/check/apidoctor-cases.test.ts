/**
 * The cases of ApiDoctor's own unit tests (OneDrive/apidoctor, `ApiDoctor.Validation.UnitTests`)
 * that judge a docs page, each re-expressed in our words as a small docs tree in the Graph format
 * (`test/fixtures/apidoctor-cases/<case>/` over the pages of `shared/`; the fixtures' README names
 * the ApiDoctor test each case mirrors). A case states what doc2ts reports (`file:line code`, or
 * nothing) or the model it builds, where ApiDoctor reports (or does not report) its error; where
 * doc2ts differs on purpose, the case says why.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'
import type { ApiModel, Diagnostic, ExampleDef, OperationDef, TypeDef } from '../../src/model.js'
import { type PageInput, readDocs } from '../../src/read-docs.js'
import { checkDocs } from '../support/check-docs.js'
import { plainService } from '../verify/servers.js'

const ROOT = fileURLToPath(new URL('../fixtures/apidoctor-cases', import.meta.url))
const shared = (await readDocs(`${ROOT}/shared`)).pages

/** The case's pages over the shared ones: the model and every diagnostic of `check`. */
async function runCase(name: string): Promise<{ model: ApiModel; diagnostics: Diagnostic[] }> {
  const own: PageInput[] = (await readDocs(`${ROOT}/${name}`)).pages
  return checkDocs([...shared, ...own])
}
const found = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)

interface Case {
  /** The fixture folder. */
  name: string
  /** The ApiDoctor test (class.method) the case mirrors. */
  mirrors: string
  /** What `check` reports on the case's tree: `file:line code`, in order. */
  reports: string[]
}

/** Cases judged by the diagnostics alone. */
const CHECK_CASES: Case[] = [
  // SchemaValidatorTests: a response example against its resource.
  {
    name: 'schema-validator-valid',
    mirrors: 'SchemaValidatorTests.SimpleTypeValidationValid',
    reports: [],
  },
  {
    name: 'schema-validator-wrong-property-type',
    mirrors: 'SchemaValidatorTests.SimpleTypeValidationWrongPropertyType',
    // A number for a String, a string for an Int32: both values are reported.
    reports: ['api/parcel-get.md:60 example-type-mismatch', 'api/parcel-get.md:62 example-type-mismatch'],
  },
  {
    name: 'schema-validator-extra-property',
    mirrors: 'SchemaValidatorTests.SimpleTypeValidationExtraProperty',
    reports: ['api/parcel-get.md:60 example-unknown-property'],
  },
  {
    name: 'schema-validator-missing-property',
    mirrors: 'SchemaValidatorTests.SimpleTypeValidationMissingProperty',
    reports: ['api/parcel-get.md:57 example-missing-property'],
  },
  {
    name: 'schema-validator-wrong-type-array',
    mirrors: 'SchemaValidatorTests.SimpleTypeValidationWrongTypeArray',
    // ApiDoctor's ExpectedNonArrayValue: an array where the property holds one String.
    reports: ['api/parcel-get.md:60 example-type-mismatch'],
  },
  // NullableTests: `"nullableProperties"` in the resource annotation lists those that may be null.
  {
    name: 'nullable-null-allowed',
    mirrors: 'NullableTests.NullPropertyShouldBeOk',
    reports: [],
  },
  {
    name: 'nullable-null-not-allowed',
    mirrors: 'NullableTests.NullPropertyShouldGenerateWarning',
    reports: ['api/courier-get.md:58 example-null-not-nullable'],
  },
  // BrokenLinkTests: links of an article page (neither API, resource nor enum page).
  {
    name: 'broken-link-none',
    mirrors: 'BrokenLinkTests.NoBrokenLinks',
    reports: [],
  },
  {
    name: 'broken-link-undefined-id',
    mirrors: 'BrokenLinkTests.BrokenLinkInvalidId',
    reports: ['concepts/delivery-overview.md:11 undefined-reference-link'],
  },
  {
    name: 'broken-link-not-found',
    mirrors: 'BrokenLinkTests.BrokenLinkNotFound',
    reports: ['concepts/delivery-overview.md:11 broken-link'],
  },
  {
    name: 'broken-link-multiple-errors',
    mirrors: 'BrokenLinkTests.BrokenLinkMultipleErrors',
    reports: [
      'concepts/delivery-overview.md:11 undefined-reference-link',
      'concepts/delivery-overview.md:11 broken-link',
    ],
  },
  {
    name: 'broken-link-upper-case',
    mirrors: 'BrokenLinkTests.UpperCaseUrlsTreatedAsBroken',
    // ApiDoctor expects some finding: the `[text][Terms]` link has no definition. On purpose doc2ts
    // accepts `../resources/PARCEL.md` for `parcel.md`: the published docs serve a page in any
    // letter case, so such a link works for the reader.
    reports: ['concepts/delivery-overview.md:11 undefined-reference-link'],
  },
  // ResourceStringValidationTests: values of a truncated response example.
  {
    name: 'resource-string-valid',
    mirrors: 'ResourceStringValidationTests.ResourceStringValidationValidExampleTest',
    reports: [],
  },
  {
    name: 'resource-string-bad-timestamp',
    mirrors: 'ResourceStringValidationTests.ResourceStringValidationBadTimestamp',
    reports: ['api/parcel-get.md:59 example-invalid-format'],
  },
  {
    name: 'resource-string-bad-enum-value',
    mirrors: 'ResourceStringValidationTests.ResourceStringValidationBadEnumValue',
    reports: ['api/parcel-get.md:59 example-invalid-enum'],
  },
  {
    name: 'resource-string-bad-url',
    mirrors: 'ResourceStringValidationTests.ResourceStringValidationBadUrlValue',
    // The shared parcel's JSON representation writes `"trackingUrl": "url"`.
    reports: ['api/parcel-get.md:59 example-invalid-format'],
  },
  // DocFileTests
  {
    name: 'file-name-underscore',
    mirrors: 'DocFileTests.FileNameShouldNotContainerUnderscore',
    // On purpose doc2ts says nothing of `api/parcel_get.md`: the other team's reference that
    // ApiDoctor validates names its own pages so (`drive_get.md`), and a file name is no fault
    // of the page's content.
    reports: [],
  },
  // YamlParserTests and YamlFrontMatterTests: the front matter.
  {
    name: 'front-matter-multi-line-array',
    mirrors: 'YamlParserTests.YamlWithMultiLineArrayParses',
    reports: [],
  },
  {
    name: 'front-matter-malformed',
    mirrors: 'YamlParserTests.MalformedYamlGeneratesError',
    // Reported as an error under the code of every unreadable structured block.
    reports: ['concepts/parcels-singleton.md:2 invalid-json'],
  },
  {
    name: 'front-matter-not-content',
    mirrors: 'YamlFrontMatterTests.ProcessedContentsShouldNotContainFrontMatter',
    reports: [],
  },
  // SchemaValidatorTests: a response example that `"truncated": true` lets show fewer members.
  {
    name: 'schema-validator-select-on-children',
    mirrors: 'SchemaValidatorTests.TruncatedExampleSelectStatementOnChildren',
    reports: [],
  },
  {
    // The docs are right; the service's answer (below, with verify) is not.
    name: 'schema-validator-truncated-required-properties',
    mirrors: 'SchemaValidatorTests.TruncatedExampleWithRequiredPropertiesTest',
    reports: [],
  },
  {
    name: 'schema-validator-select-on-children-failure',
    mirrors: 'SchemaValidatorTests.TruncatedExampleSelectStatementOnChildrenExpectFailure',
    reports: [],
  },
  // HttpParserTests: request lines as examples write them.
  {
    name: 'http-request-odata-url',
    mirrors: 'HttpParserTests.ParseOdataUrl, HttpParserTests.ParseOdataMethod',
    reports: [],
  },
  {
    name: 'http-request-version',
    mirrors: 'HttpParserTests.HttpVersionShouldBeRespected, HttpParserTests.HttpVersionShouldDefaultToHttp1',
    reports: [],
  },
  {
    name: 'http-request-full',
    mirrors: 'HttpParserTests.ParseHttpRequest',
    reports: [],
  },
]

describe("ApiDoctor's cases: what check reports", () => {
  it.each(CHECK_CASES)('$name ($mirrors)', async ({ name, reports }) => {
    const { diagnostics } = await runCase(name)
    expect(found(diagnostics)).toEqual(reports)
  })
})

const typeIn = (model: ApiModel, name: string): TypeDef => {
  const type = model.types[`microsoft.graph.${name}`]
  if (!type) throw new Error(`no type ${name}`)
  return type
}
/** `name: Type[]` for each property: a primitive by its name, a named type by what it resolves to. */
const properties = (model: ApiModel, name: string) => {
  const type = typeIn(model, name)
  if (type.kind === 'enum') throw new Error(`${name} is an enum`)
  return type.properties.map(({ name, type, collection }) => {
    const written = type.kind === 'primitive' ? type.name : type.kind === 'named' ? type.resolved : '?'
    return `${name}: ${written}${collection ? '[]' : ''}`
  })
}
const onlyOperation = (model: ApiModel): OperationDef => {
  const [operation, ...others] = model.operations
  if (!operation || others.length > 0) throw new Error('expected one operation')
  return operation
}
const requestOf = (operation: OperationDef): ExampleDef => {
  const request = operation.examples.find((example) => example.kind === 'request')
  if (!request) throw new Error(`no request example in ${operation.id}`)
  return request
}
/** The missing-section warning of a resource page without a Properties table. */
const withoutTable = (file: string) => `${file}:7 missing-section`

describe("ApiDoctor's cases: the model of a resource's JSON representation", () => {
  // SchemaBuilderTests build a resource from its JSON block alone. doc2ts builds the same members,
  // and, being the Graph format's checker, also asks for the page's Properties table.
  it('types placeholder strings, numbers and decimals (SchemaBuilderTests.SimpleTypesSchemaTest)', async () => {
    const { model, diagnostics } = await runCase('schema-builder-simple-types')
    expect(found(diagnostics)).toEqual([withoutTable('resources/meterreading.md')])
    expect(properties(model, 'meterReading')).toEqual([
      'location: String',
      'sourceUrl: String',
      'count: Int64',
      'takenDateTime: DateTimeOffset',
      'value: Double',
    ])
  })

  it('types a member by its `@odata.type` (SchemaBuilderTests.FacetTypeSchema)', async () => {
    const { model, diagnostics } = await runCase('schema-builder-facet-types')
    expect(found(diagnostics)).toEqual(
      ['camerainfo', 'geopoint', 'photoinfo'].map((page) => withoutTable(`resources/${page}.md`)),
    )
    expect(properties(model, 'photoInfo')).toEqual([
      'camera: microsoft.graph.cameraInfo',
      'position: microsoft.graph.geoPoint',
    ])
  })

  it('types an array of typed objects as a collection (SchemaBuilderTests.ArrayTypeSchema)', async () => {
    const { model, diagnostics } = await runCase('schema-builder-array-types')
    expect(found(diagnostics)).toEqual(
      ['album', 'albumphoto', 'coverimage'].map((page) => withoutTable(`resources/${page}.md`)),
    )
    expect(properties(model, 'album')).toEqual([
      'photos: microsoft.graph.albumPhoto[]',
      'cover: microsoft.graph.coverImage',
      'caption: String',
    ])
  })

  it('reports a JSON block without a comma (SchemaBuilderTests.InvalidJsonMissingCommaSchema)', async () => {
    const { model, diagnostics } = await runCase('schema-builder-invalid-json-missing-comma')
    expect(found(diagnostics)).toEqual([
      withoutTable('resources/bookmark.md'),
      'resources/bookmark.md:19 invalid-json',
    ])
    expect(properties(model, 'bookmark')).toEqual([])
  })

  it('reports a JSON block without its closing brace (SchemaBuilderTests.InvalidJsonMissingBraceSchema)', async () => {
    const { diagnostics } = await runCase('schema-builder-invalid-json-missing-brace')
    expect(found(diagnostics)).toEqual([
      withoutTable('resources/bookmark.md'),
      'resources/bookmark.md:20 invalid-json',
    ])
  })

  it('reads `datetime` and `timestamp` as DateTimeOffset (SchemaBuilderTests.TestStringSpecificFormatDateTime)', async () => {
    const { model, diagnostics } = await runCase('schema-builder-date-time-placeholders')
    expect(found(diagnostics)).toEqual([withoutTable('resources/photodates.md')])
    expect(properties(model, 'photoDates')).toEqual([
      'createdDateTime: DateTimeOffset',
      'takenDateTime: DateTimeOffset',
    ])
  })

  it('reads `["read | write"]` as a collection of String (SchemaBuilderTests.TestStringEnumCollection)', async () => {
    const { model, diagnostics } = await runCase('schema-builder-string-enum-collection')
    expect(found(diagnostics)).toEqual([withoutTable('resources/sharinggrant.md')])
    expect(properties(model, 'sharingGrant')).toEqual(['roles: String[]'])
  })
})

describe("ApiDoctor's cases: the model of a page", () => {
  it('reads the page after its front matter (YamlFrontMatterTests.ProcessedContentsShouldNotContainFrontMatter)', async () => {
    const { model } = await runCase('front-matter-not-content')
    const depot = typeIn(model, 'depot')
    // The description is the page's first paragraph, not the front matter's `description`, and
    // no line of the front matter becomes a heading, a paragraph or a property.
    expect(depot.description).toBe('A building where parcels wait for their courier.')
    expect(properties(model, 'depot')).toEqual(['city: String', 'openedDateTime: DateTimeOffset'])
  })

  it('keeps a request URL with spaces whole (HttpParserTests.ParseOdataUrl, ParseOdataMethod)', async () => {
    const { model } = await runCase('http-request-odata-url')
    expect(requestOf(onlyOperation(model))).toMatchObject({
      method: 'GET',
      url: "https://graph.microsoft.com/v1.0/parcels?$filter=status eq microsoft.graph.parcelStatus'shipped'",
    })
  })

  it('keeps the protocol version out of the URL (HttpParserTests.HttpVersionShouldBeRespected)', async () => {
    // ApiDoctor keeps the version too; doc2ts, which sends requests with fetch, needs only the URL.
    const { model } = await runCase('http-request-version')
    expect(requestOf(onlyOperation(model))).toMatchObject({
      method: 'GET',
      url: "https://graph.microsoft.com/v1.0/parcels?$filter=status eq microsoft.graph.parcelStatus'shipped'",
    })
  })

  it('reads a whole request: line, headers and body (HttpParserTests.ParseHttpRequest)', async () => {
    const { model } = await runCase('http-request-full')
    const operation = onlyOperation(model)
    expect(operation.routes.map((route) => `${route.method} ${route.raw}`)).toEqual([
      'POST /depots/{id}/parcels',
    ])
    const request = requestOf(operation)
    expect(request).toMatchObject({
      method: 'POST',
      url: "https://graph.microsoft.com/v1.0/depots('2b83cc42-09db-46f6-8c6e-16fec466a82d')/parcels",
      headers: { 'Content-Type': 'application/json' },
    })
    expect(JSON.parse(request.bodyText ?? '')).toEqual({ label: 'Seattle, WA' })
  })
})

describe("ApiDoctor's cases: a service's answer against the response example", () => {
  // ApiDoctor's `simulatedResponse` block stands for the service's answer to the example's request.
  // doc2ts reads no example from it; here a service answers with it and `verify --shown-members`
  // judges the answer as ApiDoctor does: every member the response example shows, truncated or not,
  // must be in the answer.
  const simulatedAnswer = (text: string): string => {
    const block = /"simulatedResponse".*-->\n```http\n[\s\S]*?\n\n([\s\S]*?)\n```/.exec(text)
    if (!block?.[1]) throw new Error('no simulatedResponse block')
    return block[1]
  }
  it.each([
    {
      name: 'schema-validator-truncated-required-properties',
      page: 'api/parcel-get.md',
      mirrors: 'SchemaValidatorTests.TruncatedExampleWithRequiredPropertiesTest',
      findings: ['verify-missing-property '],
    },
    {
      name: 'schema-validator-select-on-children',
      page: 'api/folder-get.md',
      mirrors: 'SchemaValidatorTests.TruncatedExampleSelectStatementOnChildren',
      findings: [],
    },
    {
      name: 'schema-validator-select-on-children-failure',
      page: 'api/folder-get.md',
      mirrors: 'SchemaValidatorTests.TruncatedExampleSelectStatementOnChildrenExpectFailure',
      // Said once, at the first child without `name`: the other children lack it alike.
      findings: ['verify-missing-property /children/0'],
    },
  ])('$name ($mirrors)', async ({ name, page, findings }) => {
    const docs = await mkdtemp(join(tmpdir(), 'doc2ts-apidoctor-'))
    await cp(`${ROOT}/shared`, docs, { recursive: true })
    await cp(`${ROOT}/${name}`, docs, { recursive: true })
    const answer = simulatedAnswer(await readFile(join(docs, page), 'utf8'))
    const service = await plainService((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(answer)
    })
    try {
      const strict = await verify({ docs, baseUrl: service.url, shownMembers: true })
      expect(strict.findings.map((f) => `${f.code} ${f.pointer ?? ''}`)).toEqual(findings)
      // By default the answer is judged by the model alone, where every one of them fits.
      expect((await verify({ docs, baseUrl: service.url })).findings).toEqual([])
    } finally {
      await service.close()
      await rm(docs, { recursive: true, force: true })
    }
  })
})
