/**
 * A browser app that makes three calls pays only for them: the app of the bench (`DOC2TS_APP`:
 * a user with `$select`, the user's messages, `sendMail`) against the client generated for the
 * whole sample corpus type-checks under `strict`, bundles with esbuild (minified ESM, browser) to
 * at most 10 KB gzip, and the bundle itself, run against the generated mock server over
 * loopback, in Node and in a real headless Chromium, sends the three documented requests and reads
 * their answers.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BundleSize, bundleApp, DOC2TS_APP } from '../../src/bench/bundle-size.js'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { GeneratedFile } from '../../src/emit/generated-file.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import { readDocs } from '../../src/read-docs.js'
import { launchChromium } from '../support/chromium.js'
import { corpusDir } from '../support/corpus.js'
import { typeCheck, VIRTUAL_OUT } from './compile.js'

let files: GeneratedFile[]
let temp = ''
let bundle: BundleSize

beforeAll(async () => {
  const docs = await readDocs(corpusDir)
  files = emitAll(buildModel(docs.pages))
  temp = await mkdtemp(join(tmpdir(), 'doc2ts-bundle-'))
  for (const file of files.filter((file) => /^(client\/|types\/|undocumented\.ts$)/.test(file.path))) {
    await mkdir(dirname(join(temp, file.path)), { recursive: true })
    await writeFile(join(temp, file.path), file.text)
  }
  bundle = await bundleApp(DOC2TS_APP, temp)
}, 180_000)
afterAll(() => rm(temp, { recursive: true, force: true }))

/** Each line the mock logs: method, URL as received, status (the mock validates the sendMail body). */
const THREE_CALLS = [
  'GET /v1.0/users/a%2Fb?$select=displayName%2Cmail 200',
  'GET /v1.0/users/a%2Fb/messages?$select=subject&$top=5 200',
  'POST /v1.0/users/a%2Fb/sendMail 202',
]
const callsOf = (log: readonly string[]) => log.map((line) => line.split(' ').slice(0, 3).join(' '))

/** The mock's answers: the user page's example (not a workload's partial page of user) cut to the
 *  $select, the documented page of messages, and sendMail's empty 202. */
const PROFILE = { displayName: 'Adele Vance', mail: 'AdeleV@contoso.onmicrosoft.com', id: expect.any(String) }
const MESSAGES = { value: [{ subject: 'You have late tasks!' }] }

/** The generated mock server of the corpus, listening on loopback, with its request log. */
async function listenMock(cors?: boolean | string) {
  const server = await loadGeneratedServer(files)
  const log: string[] = []
  const app = server.module.buildServer({
    mock: true,
    log: (line) => log.push(line),
    ...(cors !== undefined && { cors }),
  })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    address,
    log,
    close: async () => {
      await app.close()
      await server.dispose()
    },
  }
}

describe('a three-call browser app against the corpus client', () => {
  it('type-checks under strict with the generated client', () => {
    const sources = new Map(
      files
        .filter((file) => file.path.endsWith('.ts'))
        .map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]),
    )
    sources.set(`${VIRTUAL_OUT}app.ts`, DOC2TS_APP)
    expect(typeCheck(sources, [`${VIRTUAL_OUT}app.ts`]).slice(0, 10)).toEqual([])
  }, 120_000)

  it('bundles to at most 10 KB gzip', () => {
    console.info(`three-call app: ${bundle.minifiedBytes} bytes minified, ${bundle.gzipBytes} gzip`)
    expect(bundle.gzipBytes).toBeLessThanOrEqual(10 * 1024)
  })

  it('runs, bundled, against the mock server over loopback', async () => {
    const mock = await listenMock()
    try {
      const path = join(temp, 'app.bundle.mjs')
      await writeFile(path, bundle.code)
      const { run } = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as {
        run(baseUrl: string, userId: string): Promise<{ profile: unknown; messages: unknown; sent: unknown }>
      }
      const { profile, messages, sent } = await run(`${mock.address}/v1.0`, 'a/b')
      expect(callsOf(mock.log)).toEqual(THREE_CALLS)
      expect(profile).toEqual(PROFILE)
      expect(messages).toMatchObject(MESSAGES)
      expect(sent).toBeUndefined()
    } finally {
      await mock.close()
    }
  }, 60_000)

  it('runs, bundled, in headless Chromium against the mock server', async () => {
    const mock = await listenMock()
    const browser = await launchChromium()
    try {
      const page = await browser.context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      // The app's page and script come from the mock's origin, as a site serving its app would
      // (same origin: no CORS); every other request reaches the mock server itself.
      await page.route(`${mock.address}/app/**`, (route) =>
        route.fulfill(
          route.request().url().endsWith('.js')
            ? { contentType: 'text/javascript', body: bundle.code }
            : { contentType: 'text/html', body: '<!doctype html><title>three calls</title>' },
        ),
      )
      await page.goto(`${mock.address}/app/index.html`)
      const result = await page.evaluate(
        `import('/app/app.js').then(({ run }) => run(location.origin + '/v1.0', 'a/b'))`,
      )
      expect(errors).toEqual([])
      expect(callsOf(mock.log)).toEqual(THREE_CALLS)
      const { profile, messages, sent } = result as { profile: unknown; messages: unknown; sent?: unknown }
      expect(profile).toEqual(PROFILE)
      expect(messages).toMatchObject(MESSAGES)
      expect(sent).toBeUndefined()
    } finally {
      await browser.close()
      await mock.close()
    }
  }, 60_000)

  /** The app served from another origin (a dev server's, another port of loopback: Chromium
   *  keeps a page it did not fetch from loopback off loopback), calling the mock in Chromium. */
  async function runFromOtherOrigin(cors: boolean | string | ((appOrigin: string) => string) | undefined) {
    const app = createServer((request, response) => {
      const script = request.url?.endsWith('.js')
      response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' })
      response.end(script ? bundle.code : '<!doctype html><title>three calls</title>')
    })
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
    const appOrigin = `http://127.0.0.1:${(app.address() as AddressInfo).port}`
    const mock = await listenMock(typeof cors === 'function' ? cors(appOrigin) : cors)
    const browser = await launchChromium()
    try {
      const page = await browser.context.newPage()
      await page.goto(`${appOrigin}/index.html`)
      const result = await page.evaluate(
        `import('/app.js').then(({ run }) => run(${JSON.stringify(`${mock.address}/v1.0`)}, 'a/b')).catch((error) => ({ failed: String(error) }))`,
      )
      return { result: result as Record<string, unknown>, log: mock.log }
    } finally {
      await browser.close()
      await mock.close()
      await new Promise((resolve) => app.close(resolve))
    }
  }

  it('runs in Chromium from another origin against a mock that allows it (CORS), preflight and all', async () => {
    for (const cors of [true, (appOrigin: string) => appOrigin]) {
      const { result, log } = await runFromOtherOrigin(cors)
      expect(result['failed']).toBeUndefined()
      expect(result['profile']).toEqual(PROFILE)
      // The bearer token (and sendMail's JSON body) makes Chromium ask first, each time.
      const preflight = (call: string) => `OPTIONS ${call.split(' ')[1]} 204`
      expect(callsOf(log)).toEqual(THREE_CALLS.flatMap((call) => [preflight(call), call]))
    }
  }, 60_000)

  it('is refused in Chromium from another origin by a server without CORS, or not allowing that origin', async () => {
    for (const cors of [undefined, 'http://127.0.0.1:1']) {
      const { result } = await runFromOtherOrigin(cors)
      expect(result['failed']).toMatch(/Failed to fetch/)
    }
  }, 60_000)
})
