/**
 * The mock of pages doc2ts was not built on agrees with their own examples, over real HTTP on
 * 127.0.0.1 (`verify --unsafe`): where they disagreed, the fault was doc2ts's, and each case here
 * is a real page that showed one (test/fixtures/held-out-mock/SOURCES.txt):
 * - a create page whose two body tables (one per derived type) both require `displayName`: the
 *   body schema listed it twice, which Ajv refuses to compile, and the mock answered 500;
 * - an action whose one body parameter is optional, called without a body: the mock refused it
 *   ("must be object"), OpenAPI required a body and the client demanded one; and so for an action
 *   whose Request body prose says the body may be left out, whose example sends one;
 * - a response example that is not JSON, answered with a body made from the type: its `webUrl`,
 *   which the JSON representation writes `"url"`, was the text `string`;
 * - a page that documents no body of its own on a path another page serves (upload from a URL):
 *   the server judges its request by the serving page's type, and so must the judge of the docs;
 * - a route whose item path runs to the end (OneDrive's `GET /me/drive/root:/{item-path}`): the
 *   server took it only closed (`root:/a/b.txt:`), and answered the documented form 404; and one
 *   right after a parameter (`GET /sites/{hostname}:/{relative-path}`), whose parameter the router
 *   misnamed (400 on every request).
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { verify } from '../../src/index.js'
import { startMockServer } from '../../src/mock/serve.js'
import { readDocs } from '../../src/read-docs.js'
import { ROOT } from '../server/helpers.js'
import { mockOfDocs } from './servers.js'

const DOCS = `${ROOT}test/fixtures/held-out-mock`

const mock = mockOfDocs(DOCS)

describe('verify --unsafe against the mock of the same pages', () => {
  it('finds no disagreement, only the docs contradicting themselves', async () => {
    const { summary, findings } = await verify({ docs: DOCS, baseUrl: mock().url, unsafe: true })
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([])
    expect(summary.mismatched).toBe(0)
    // driveitem_get's example calls `/me/drive/root`, which none of its request lines documents.
    expect(summary).toMatchObject({ examples: 10, agreed: 6, contradicted: 4 })
  })

  it('answers a create whose two body tables require one property', async () => {
    // A mock of its own: the server's validator of a schema it failed to compile is not asked again.
    const own = await startMockServer((await readDocs(DOCS)).pages, {
      port: 0,
      host: '127.0.0.1',
      log: false,
    })
    try {
      const { findings, summary } = await verify({
        docs: DOCS,
        baseUrl: own.url,
        unsafe: true,
        include: ['/identity/conditionalAccess/namedLocations'],
      })
      expect(findings).toEqual([])
      expect(summary).toMatchObject({ examples: 1, agreed: 1 })
    } finally {
      await own.close()
    }
  })

  it('takes an action without a body where its parameters are optional', async () => {
    const response = await fetch(
      `${mock().url}/security/cases/ediscoveryCases/b0073e4e/searches/c61a5860/estimateStatistics`,
      { method: 'POST' },
    )
    expect(response.status).toBeLessThan(300)
    const sent = await fetch(
      `${mock().url}/security/cases/ediscoveryCases/b0073e4e/searches/c61a5860/estimateStatistics`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' },
    )
    expect(sent.status).toBe(400)
  })

  it('takes an action without a body where its Request body prose says the body is optional', async () => {
    const response = await fetch(`${mock().url}/storage/fileStorage/containers/b!ISJs1WRro0y0/lock`, {
      method: 'POST',
    })
    expect(response.status).toBe(204)
  })

  it('answers an item path that runs to the end of the path, as the page writes it, and closed', async () => {
    const statuses = await Promise.all(
      ['/me/drive/root:/Documents/report.docx', '/me/drive/root:/Documents/report.docx:'].map(
        async (path) => (await fetch(`${mock().url}${path}`)).status,
      ),
    )
    expect(statuses).toEqual([200, 200])
  })

  it('answers a site by its host name and path (a parameter right before an item path)', async () => {
    const response = await fetch(`${mock().url}/sites/contoso.sharepoint.com:/teams/hr`)
    expect(response.status).toBe(200)
  })

  it('answers a URL for a `"url"` property where the example is not JSON', async () => {
    const response = await fetch(`${mock().url}/me/drive/items/A1/createLink`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":"view","scope":"anonymous"}',
    })
    const body = (await response.json()) as { link?: { webUrl?: unknown } }
    expect(URL.canParse(String(body.link?.webUrl))).toBe(true)
  })

  it('judges a page that documents no body by the body of the page serving its path', async () => {
    const { findings } = await verify({
      docs: DOCS,
      baseUrl: mock().url,
      unsafe: true,
      include: ['/me/drive/items/*/children'],
    })
    expect(findings.filter((finding) => finding.file === 'api/driveitem_upload_url.md')).toEqual([
      expect.objectContaining({
        code: 'verify-docs-contradiction',
        severity: 'warning',
        message: expect.stringContaining('does not fit the documented request (file is read-only)'),
      }),
    ])
  })
})

describe('a body whose parameters are all optional', () => {
  it('is optional in OpenAPI, in the client and in the handler types', async () => {
    const files = emitAll(buildModel((await readDocs(DOCS)).pages))
    const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''
    const openapi = JSON.parse(text('openapi.json')) as {
      paths: Record<string, { post?: { requestBody?: { required?: boolean } } }>
    }
    const action =
      openapi.paths[
        '/security/cases/ediscoveryCases/{ediscoveryCaseId}/searches/{ediscoverySearchId}/estimateStatistics'
      ]
    expect(action?.post?.requestBody?.required).toBe(false)
    expect(
      openapi.paths['/storage/fileStorage/containers/{containerId}/lock']?.post?.requestBody?.required,
    ).toBe(false)
    expect(openapi.paths['/identity/conditionalAccess/namedLocations']?.post?.requestBody?.required).toBe(
      true,
    )
    expect(text('client/index.ts')).toMatch(/post\(body\?: \{ statisticsOptions\?: [^}]*\}/)
    expect(text('client/index.ts')).toMatch(/post\(body\?: \{ lockState\?: [^}]*\}/)
    expect(text('server/handlers.ts')).toMatch(/\{ statisticsOptions\?: [^}]*\} \| undefined/)
  })
})
