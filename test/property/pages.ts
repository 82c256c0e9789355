/**
 * fast-check arbitraries for doc pages, built from the grammar of FORMAT.md: resource pages with
 * Properties tables and resource annotations, enum pages with Members tables, API pages with
 * `## HTTP request` blocks, request-body tables and Response sentences. Every free text is drawn
 * from a hostile alphabet (comment closers, template holes, quotes, HTML, separators, NUL…).
 */
import fc from 'fast-check'

const HOSTILE_PIECES = [
  'a',
  'Z',
  '0',
  '_',
  '-',
  ' ',
  '.',
  '*/',
  '/*',
  '${',
  '}',
  '`',
  "'",
  '"',
  '\\',
  '<',
  '>',
  '</script>',
  '@',
  '|',
  '[',
  ']',
  '(',
  ')',
  '#',
  '&lt;',
  '\u2028',
  '\u0000',
  '\t',
  'é',
  '😀',
  '__proto__',
  'constructor',
  'class',
  '../',
  'process.exit(42)',
  'globalThis.__doc2tsPwned=1',
]

/** Text from the hostile alphabet (one line). */
export const hostileText = (maxLength = 12) =>
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength }).map((parts) => parts.join(''))

const identifier = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/)
/** Mostly identifiers, sometimes hostile text (names are where sanitising matters). */
const name = fc.oneof({ weight: 3, arbitrary: identifier }, { weight: 2, arbitrary: hostileText(6) })

const PRIMITIVES = [
  'String',
  'string',
  'Int32',
  'Int64',
  'Boolean',
  'DateTimeOffset',
  'Edm.Binary',
  'Guid',
  'Double',
]

/** A Type cell in one of the documented notations, or hostile text. */
const typeCell = (names: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...PRIMITIVES),
    fc.constantFrom(...PRIMITIVES).map((p) => `${p} collection`),
    fc.constantFrom(...names).map((n) => `[${n}](${n}.md)`),
    fc.constantFrom(...names).map((n) => `[${n}](../resources/${n}.md) collection`),
    fc.constantFrom(...PRIMITIVES).map((p) => `Collection(${p})`),
    name.map((n) => `[${n}](../../${n}.md)`),
    hostileText(4),
  )

const frontMatter = (title: string, kind: string) =>
  `---\ntitle: ${JSON.stringify(title)}\ndescription: "x"\ndoc_type: ${kind}\n---\n\n`

/** A random annotation: usually the documented resource one, sometimes broken or hostile JSON. */
const annotation = (typeName: string, names: readonly string[]) =>
  fc.oneof(
    fc.constant(`<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${typeName}" } -->`),
    fc
      .constantFrom(...names)
      .map(
        (base) =>
          `<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${typeName}", "baseType": "microsoft.graph.${base}", "keyProperty": "id" } -->`,
      ),
    hostileText(8).map(
      (text) => `<!-- { "blockType": "resource", "@odata.type": ${JSON.stringify(text)} } -->`,
    ),
    hostileText(8).map((text) => `<!-- { ${text} } -->`),
  )

const row = (names: readonly string[]) =>
  fc.tuple(name, typeCell(names), hostileText()).map(([n, t, d]) => `|${n}|${t}|${d}|`)

export const resourcePage = (typeName: string, names: readonly string[]) =>
  fc
    .record({
      description: hostileText(16),
      namespace: fc.oneof(fc.constant('microsoft.graph'), fc.constant('microsoft.graph.sub'), hostileText(4)),
      rows: fc.array(row(names), { maxLength: 8 }),
      annotation: annotation(typeName, names),
      json: fc.array(fc.tuple(name, hostileText(4)), { maxLength: 4 }),
    })
    .map(
      (page) =>
        `${frontMatter(`${typeName} resource type`, 'resourcePageType')}# ${typeName} resource type\n\nNamespace: ${page.namespace}\n\n${page.description}\n\n` +
        `## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n${page.rows.join('\n')}\n\n` +
        `## JSON representation\n${page.annotation}\n\`\`\`json\n${JSON.stringify(Object.fromEntries(page.json), null, 2)}\n\`\`\`\n`,
    )

export const enumPage = (typeName: string) =>
  fc
    .record({
      description: hostileText(12),
      members: fc.array(fc.tuple(name, fc.nat(99), hostileText()), { maxLength: 6 }),
    })
    .map(
      (page) =>
        `${frontMatter(`${typeName} enum type`, 'enumPageType')}# ${typeName} enum type\n\nNamespace: microsoft.graph\n\n${page.description}\n\n` +
        `## Members\n|Member|Value|Description|\n|:---|:---|:---|\n${page.members.map(([m, v, d]) => `|${m}|${v}|${d}|`).join('\n')}\n`,
    )

const segment = fc.oneof(
  identifier,
  identifier.map((n) => `{${n}}`),
  hostileText(4),
  name.map((n) => `{${n}}`),
  fc.constantFrom('{id | userPrincipalName}', ':/{item-path}:', "f(a='{a}')", '..', '%2e%2e'),
)
const route = fc
  .tuple(
    fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
    fc.array(segment, { minLength: 1, maxLength: 4 }),
  )
  .map(([verb, segments]) => `${verb} /${segments.join('/')}`)

export const apiPage = (title: string, names: readonly string[]) =>
  fc
    .record({
      routes: fc.array(route, { minLength: 1, maxLength: 4 }),
      body: fc.array(row(names), { maxLength: 4 }),
      response: fc.constantFrom(...names),
      description: hostileText(12),
    })
    .map(
      (page) =>
        `${frontMatter(title, 'apiPageType')}# ${title}\n\nNamespace: microsoft.graph\n\n${page.description}\n\n` +
        `## HTTP request\n\`\`\`http\n${page.routes.join('\n')}\n\`\`\`\n\n` +
        `## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n${page.body.join('\n')}\n\n` +
        `## Response\nIf successful, this method returns a \`200 OK\` response code and a [${page.response}](../resources/${page.response}.md) object in the response body.\n`,
    )

/** A small docs tree: resource, enum and API pages whose names link to each other. */
export const docsTree = fc
  .uniqueArray(identifier, { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc.tuple(
      fc.tuple(...names.map((n) => resourcePage(n, names))),
      enumPage(`${names[0]}Kind`),
      apiPage(`Get ${names[0]} ${'`*/`'}`, names),
      hostileText(6),
    ),
  )
  .map(([resources, enumText, apiText, apiTitle]) => [
    ...resources.map((text, i) => ({ file: `resources/page${i}.md`, text })),
    { file: 'resources/kind.md', text: enumText },
    { file: `api/${apiTitle.replace(/[^\w-]/g, '') || 'x'}.md`, text: apiText },
  ])
