/**
 * A browser app that makes three calls pays only for them: the app of the bench (`DOC2TS_APP`:
 * a user with `$select`, the user's messages, `sendMail`) against the client generated for the
 * whole sample corpus type-checks under `strict`, bundles with esbuild (minified ESM, browser) to
 * at most 10 KB gzip, and the bundle itself, run against the generated mock server over
 * loopback, sends the three documented requests and reads their answers.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BundleSize, bundleApp, DOC2TS_APP } from '../../src/bench/bundle-size.js'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { GeneratedFile } from '../../src/emit/generated-file.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import { readDocs } from '../../src/read-docs.js'
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
    const server = await loadGeneratedServer(files)
    const requests: string[] = []
    const app = server.module.buildServer({ mock: true, log: (line) => requests.push(line) })
    try {
      const address = await app.listen({ port: 0, host: '127.0.0.1' })
      const path = join(temp, 'app.bundle.mjs')
      await writeFile(path, bundle.code)
      const { run } = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as {
        run(baseUrl: string, userId: string): Promise<{ profile: unknown; messages: unknown; sent: unknown }>
      }
      const { profile, messages, sent } = await run(`${address}/v1.0`, 'a/b')
      // Each line: method, URL as received, status (the mock validates the sendMail body).
      expect(requests.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
        'GET /v1.0/users/a%2Fb?$select=displayName%2Cmail 200',
        'GET /v1.0/users/a%2Fb/messages?$select=subject&$top=5 200',
        'POST /v1.0/users/a%2Fb/sendMail 202',
      ])
      // The mock's answers: the user page's example (not a workload's partial page of user) cut
      // to the $select, the documented page of messages, and sendMail's empty 202.
      expect(profile).toEqual({
        displayName: 'Adele Vance',
        mail: 'AdeleV@contoso.onmicrosoft.com',
        id: expect.any(String),
      })
      expect(messages).toMatchObject({ value: [{ subject: 'You have late tasks!' }] })
      expect(sent).toBeUndefined()
    } finally {
      await app.close()
      await server.dispose()
    }
  }, 60_000)
})
