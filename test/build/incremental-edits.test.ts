/**
 * A build after an edit writes exactly what a cold build of the edited docs writes, whether it
 * runs in the lasting session of the earlier runs (watch mode) or in a new process that finds the
 * page cache, run record and emit memo of the earlier runs (generate). Edits, one after another,
 * on the Graph sample: a description, a base type, a removed type, a renamed operation, a renamed
 * relationship, a broken page, and the page repaired; on test/fixtures/route-owner: a resource
 * page's properties cut, which hands a route to another page (`src/shape/same-route.ts`), and put
 * back.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'
import { runBuild } from '../../src/build/index.js'
import { type DocsInput, type PageInput, readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import { openStore } from '../../src/store/index.js'
import { GOLDEN } from '../support/golden.js'
import { readTree } from '../support/read-tree.js'
import { servedRoutes } from '../support/served-routes.js'

const temps: string[] = []
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'doc2ts-incremental-'))
  temps.push(dir)
  return dir
}

/** A docs folder of test/fixtures. */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))

type Edit = { name: string; apply(pages: PageInput[]): PageInput[] }

/** Replace `from` by `to` in `file`, failing when the page does not hold it. */
function replaceIn(file: string, from: string, to: string): Edit['apply'] {
  return (pages) =>
    pages.map((page) => {
      if (page.file !== file) return page
      if (!page.text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`)
      return { file, text: page.text.replace(from, to) }
    })
}

const CHART_IMAGE = 'api/chart-image.md'
let brokenText = ''
const edits: Edit[] = [
  {
    name: 'a property description',
    apply: replaceIn(
      'resources/todotasklist.md',
      'The identifier of the task list',
      'The identifier of the edited task list',
    ),
  },
  {
    name: 'a base type',
    apply: replaceIn(
      'resources/todotasklist.md',
      '"baseType": "microsoft.graph.entity"',
      '"baseType": "microsoft.graph.chart"',
    ),
  },
  {
    name: 'a removed type',
    apply: (pages) => pages.filter((page) => page.file !== 'resources/externalconnectors-acl.md'),
  },
  {
    name: 'a renamed operation',
    apply: (pages) =>
      pages.map((page) =>
        page.file === CHART_IMAGE
          ? { file: 'api/chart-picture.md', text: page.text.replace('# Chart: Image', '# Chart: Picture') }
          : page,
      ),
  },
  {
    // The client's `$expand` lists a type's navigation properties: a kept method view must not hold.
    name: 'a relationship renamed',
    apply: replaceIn(
      'resources/externalconnectors-externalconnection.md',
      '|operations|[microsoft.graph.externalConnectors.connectionOperation]',
      '|jobs|[microsoft.graph.externalConnectors.connectionOperation]',
    ),
  },
  {
    name: 'a broken page',
    apply: (pages) =>
      pages.map((page) => {
        if (page.file !== 'api/resource-get.md') return page
        brokenText = page.text
        // Cut inside a code block: an open fence, a table and JSON without their ends.
        return { file: page.file, text: page.text.slice(0, Math.floor(page.text.length / 2)) }
      }),
  },
  {
    name: 'the broken page repaired',
    apply: (pages) =>
      pages.map((page) =>
        page.file === 'api/resource-get.md' ? { file: page.file, text: brokenText } : page,
      ),
  },
]

/** A cold build of `docs` (no session, no store). */
async function coldBuild(docs: DocsInput): Promise<Record<string, string>> {
  const out = await temp()
  await runBuild({ docs, emit: { dir: out } })
  return readTree(out)
}

/** After each of `edits`, one after another from the docs in `dir`: the bytes of a cold build, in
 *  watch mode and in a new process with the store of the earlier runs. Returns each cold build. */
async function expectColdBytesAfterEach(
  dir: string,
  edits: readonly Edit[],
): Promise<Record<string, string>[]> {
  const start = await readDocs(dir)
  const lasting = new Session(true)
  const watchOut = await temp()
  const cacheDir = await temp()
  const generateOut = await temp()
  const store = openStore(cacheDir, dir, generateOut, 'test')
  const watch = (docs: DocsInput) => runBuild({ docs, emit: { dir: watchOut } }, lasting)
  const generate = (docs: DocsInput) => runBuild({ docs, emit: { dir: generateOut }, store }, new Session())
  await watch(start)
  await generate(start)
  let pages = start.pages
  const colds = [await coldBuild(start)]
  for (const edit of edits) {
    pages = edit.apply(pages)
    const docs = { pages, diagnostics: [] }
    const expected = await coldBuild(docs)
    colds.push(expected)
    const watched = await watch(docs)
    expect(watched.upToDate, edit.name).toBe(false)
    expect(await readTree(watchOut), `watch mode, after ${edit.name}`).toEqual(expected)
    const generated = await generate(docs)
    expect(generated.extracted, edit.name).toBeLessThanOrEqual(1)
    expect(await readTree(generateOut), `generate, after ${edit.name}`).toEqual(expected)
  }
  return colds
}

it('gives after each edit the bytes of a cold build of the edited docs, in watch mode and across processes', async () => {
  await expectColdBytesAfterEach(GOLDEN.graphSample.docs, edits)
})

const SHELF = 'resources/shelf.md'
let shelfText = ''

it('hands a route to another page after a resource page edit as a cold build does', async () => {
  const colds = await expectColdBytesAfterEach(fixture('route-owner'), [
    {
      name: 'the main page of a type cut to one of its properties',
      apply: (pages) =>
        pages.map((page) => {
          if (page.file !== SHELF) return page
          shelfText = page.text
          return { file: SHELF, text: page.text.replace(/^.*(capacity|aisle|height|color).*\n/gm, '') }
        }),
    },
    {
      name: 'the page put back',
      apply: (pages) => pages.map((page) => (page.file === SHELF ? { file: SHELF, text: shelfText } : page)),
    },
  ])
  // The route's handler, as each cold build serves it: the owner did change, and back.
  const handlers = colds.map(
    (files) =>
      Object.entries(servedRoutes(files['server/routes.ts'] ?? '')).find(([route]) =>
        route.startsWith('GET /shelves/'),
      )?.[1],
  )
  expect(handlers).toEqual(['shelfGet', 'inventoryShelfGet', 'shelfGet'])
})

const IOS_CREATE = 'api/intune-apps-ioslobapp-create.md'

it('judges a route’s bodies by another page’s new body type after a description edit of that page, as a cold build does', async () => {
  // test/fixtures/derived-route-body: the androidLobApp page owns POST /deviceAppManagement/mobileApps,
  // the iosLobApp page's body type (from its description) is judged by its own schema there.
  const colds = await expectColdBytesAfterEach(fixture('derived-route-body'), [
    {
      name: 'the other page’s description naming another type',
      apply: replaceIn(
        IOS_CREATE,
        'Create a new [iosLobApp](../resources/intune-apps-ioslobapp.md) object.',
        'Create a new [mobileLobApp](../resources/intune-apps-mobilelobapp.md) object.',
      ),
    },
  ])
  // The route's body types, as each cold build lists them: the edit did change them.
  const bodyTypes = colds.map((files) =>
    [...(files['server/routes.ts'] ?? '').matchAll(/\\"type\\":\\"([\w.]+)\\",\\"schema\\"/g)].map(
      (m) => m[1],
    ),
  )
  expect(bodyTypes).toEqual([['microsoft.graph.iosLobApp'], ['microsoft.graph.mobileLobApp']])
})

const CRATE = 'resources/crate.md'

it('requires of a create’s body what its type still has after an edit of the type’s page, as a cold build does', async () => {
  // test/fixtures/create-required: the create's Required row names a property of the crate; the
  // page shows no example, so nothing else of the path item reads the type.
  const colds = await expectColdBytesAfterEach(fixture('create-required'), [
    {
      name: 'the required property renamed on the type’s page',
      apply: (pages) =>
        replaceIn(
          CRATE,
          '"label": "String"',
          '"tag": "String"',
        )(replaceIn(CRATE, '|label|String|', '|tag|String|')(pages)),
    },
  ])
  // What the create's body requires, as each cold build declares it: the edit did change it.
  const required = colds.map((files) => {
    const paths = JSON.parse(files['openapi.json'] ?? '{}').paths
    return paths['/crates'].post.requestBody.content['application/json'].schema.allOf?.[1]?.required
  })
  expect(required).toEqual([['label'], undefined])
})
