/**
 * `doc2ts verify` over real HTTP on 127.0.0.1: every documented example of the seed API agrees with
 * the seed API's mock; a server built from the generated stubs with planted faults is named
 * operation by operation; an unreachable service and bad usage are one line and exit 2; hostile
 * text from the docs or the service stays one printable line per finding.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VerifyOptionError, type VerifyResult, verify } from '../../src/index.js'
import { type RunningMock, startMockServer } from '../../src/mock/serve.js'
import { readDocs } from '../../src/read-docs.js'
import { SEED_DOCS } from '../server/helpers.js'
import { runCli } from '../support/run-cli.js'
import { closedPort, plainService, type Service, seedService } from './servers.js'

const verifyJson = async (...argv: string[]) => {
  const run = await runCli('verify', ...argv, '--format', 'json')
  return { ...run, result: JSON.parse(run.out || 'null') as VerifyResult }
}

describe('against the mock of the same docs', () => {
  let mock: Service
  beforeAll(async () => {
    mock = await seedService({ mock: true })
  })
  afterAll(() => mock.close())

  it('replays every GET example, and with --unsafe every example, and all agree', async () => {
    const requests = mock.model.operations.flatMap((op) =>
      op.examples.filter((e) => e.kind === 'request' && e.method && e.url !== undefined),
    )
    const gets = requests.filter((e) => e.method === 'GET').length
    expect(gets).toBeGreaterThan(0)

    const safe = await verifyJson(SEED_DOCS, '--base-url', mock.url)
    expect(safe.code).toBe(0)
    expect(safe.result.findings).toEqual([])
    expect(safe.result.summary).toEqual({
      examples: gets,
      agreed: gets,
      contradicted: 0,
      mismatched: 0,
      unsafeSkipped: requests.length - gets,
      ok: true,
    })

    const all = await verifyJson(SEED_DOCS, '--base-url', mock.url, '--unsafe')
    expect(all.code).toBe(0)
    expect(all.result.findings).toEqual([])
    expect(all.result.summary).toMatchObject({ examples: requests.length, agreed: requests.length })
  })

  it('prints nothing but the summary line in text when all agree', async () => {
    const { code, out, err } = await runCli('verify', SEED_DOCS, '--base-url', `${mock.url}/`)
    expect(code).toBe(0)
    expect(out).toBe('')
    expect(err).toMatch(
      /^doc2ts verify: 5 examples replayed against .*: 5 agree, .* 0 disagree; 7 not replayed without --unsafe in [\d.]+s\n$/,
    )
  })

  it('replays only the operations --include names', async () => {
    const { code, result } = await verifyJson(
      SEED_DOCS,
      '--base-url',
      mock.url,
      '--include',
      '/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads/*',
    )
    expect(code).toBe(0)
    expect(result.summary).toMatchObject({ examples: 1, agreed: 1 })
  })
})

describe('against a server built from the generated stubs', () => {
  const UPLOAD_GET = 'intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadGet'
  const UPLOAD_LIST = 'intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadList'
  const IDENTITY_GET = 'intuneEnrollmentImportedwindowsautopilotdeviceidentityGet'
  const IDENTITY_LIST = 'intuneEnrollmentImportedwindowsautopilotdeviceidentityList'

  it('names the operation of each wrong handler, with the code of its fault and its example', async () => {
    const wrong = await seedService({
      plant: (handler, body) => {
        const record = body as Record<string, unknown> & { value: Record<string, unknown>[] }
        if (handler === UPLOAD_GET) return undefined // 204 where 200 is documented
        if (handler === IDENTITY_GET) return { ...record, orderIdentifier: 42 }
        if (handler === UPLOAD_LIST)
          return { value: record.value.map((item) => ({ ...item, status: 'finished' })) }
        if (handler === IDENTITY_LIST) return record.value // a bare array, not a page
        return body
      },
    })
    try {
      const { code, result } = await verifyJson(SEED_DOCS, '--base-url', wrong.url)
      expect(code).toBe(1)
      const named = result.findings.map((f) => [f.handler, f.code, f.pointer ?? ''])
      expect(named.sort()).toEqual(
        [
          [IDENTITY_GET, 'verify-type', '/orderIdentifier'],
          [IDENTITY_LIST, 'verify-shape', ''],
          [UPLOAD_GET, 'verify-status', ''],
          [UPLOAD_LIST, 'verify-enum', '/value/0/status'],
        ].sort(),
      )
      expect(result.summary).toMatchObject({ examples: 5, agreed: 1, mismatched: 4, ok: false })
      const status = result.findings.find((f) => f.code === 'verify-status')
      expect(status).toMatchObject({
        operation: 'intune-enrollment-importedwindowsautopilotdeviceidentityupload-get',
        file: 'api/intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md',
        line: 52,
        status: 204,
        message: 'Unexpected status 204, expected 200',
      })
      const page = await readFile(join(SEED_DOCS, status?.file ?? ''), 'utf8')
      expect(page.split('\n')[(status?.line ?? 0) - 1]).toMatch(
        /^GET https:\/\/graph\.microsoft\.com\/beta\/deviceManagement\//,
      )

      const text = await runCli('verify', SEED_DOCS, '--base-url', wrong.url)
      expect(text.code).toBe(1)
      expect(text.out).toContain(
        'api/intune-enrollment-importedwindowsautopilotdeviceidentity-get.md:57:1 error verify-type intune-enrollment-importedwindowsautopilotdeviceidentity-get GET /deviceManagement/importedWindowsAutopilotDeviceIdentities/{importedWindowsAutopilotDeviceIdentityId} /orderIdentifier: Unexpected number 42 for orderIdentifier, expected String\n',
      )
      expect(text.out.split('\n').filter(Boolean)).toHaveLength(4)
    } finally {
      await wrong.close()
    }
  })

  it('takes enum members in any letter case, as Graph does', async () => {
    const shouting = await seedService({
      plant: (handler, body) => (handler === UPLOAD_GET ? { ...(body as object), status: 'PENDING' } : body),
    })
    try {
      const { code, result } = await verifyJson(SEED_DOCS, '--base-url', shouting.url)
      expect(result.findings).toEqual([])
      expect(code).toBe(0)
    } finally {
      await shouting.close()
    }
  })
})

describe('docs that contradict themselves', () => {
  const dir = join(tmpdir(), `doc2ts-verify-contradictions-${process.pid}`)
  let mock: RunningMock
  beforeAll(async () => {
    await cp(SEED_DOCS, dir, { recursive: true })
    const edit = async (page: string, from: string, to: string) => {
      const path = join(dir, 'api', page)
      const text = await readFile(path, 'utf8')
      if (!text.includes(from)) throw new Error(`${page} lacks ${from}`)
      await writeFile(path, text.replace(from, to))
    }
    // The page's own response example: a number for an enum.
    await edit(
      'intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md',
      '"status": "pending"',
      '"status": 5',
    )
    // The page's own request example: not JSON (a trailing comma).
    await edit(
      'intune-enrollment-importedwindowsautopilotdeviceidentityupload-update.md',
      '"status": "pending"\n}\n```\n\n### Response',
      '"status": "pending",\n}\n```\n\n### Response',
    )
    // The page's own request example: a $select of a property the type does not have.
    await edit(
      'intune-enrollment-importedwindowsautopilotdeviceidentity-list.md',
      'GET https://graph.microsoft.com/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentities\n',
      'GET https://graph.microsoft.com/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentities?$select=serialNumber,colour\n',
    )
    mock = await startMockServer((await readDocs(dir)).pages, { port: 0, host: '127.0.0.1', log: false })
  })
  afterAll(async () => {
    await mock.close()
    await rm(dir, { recursive: true, force: true })
  })

  it("are reported as the docs' (warnings, exit 0), not as the service's", async () => {
    const { code, result } = await verifyJson(dir, '--base-url', mock.url, '--unsafe')
    expect(code).toBe(0)
    expect(result.summary).toMatchObject({
      examples: 12,
      agreed: 9,
      contradicted: 3,
      mismatched: 0,
      ok: true,
    })
    expect(result.findings.map((f) => [f.operation, f.code, f.severity, f.pointer])).toEqual([
      [
        'intune-enrollment-importedwindowsautopilotdeviceidentity-list',
        'verify-docs-contradiction',
        'warning',
        undefined,
      ],
      [
        'intune-enrollment-importedwindowsautopilotdeviceidentityupload-get',
        'verify-docs-contradiction',
        'warning',
        '/status',
      ],
      [
        'intune-enrollment-importedwindowsautopilotdeviceidentityupload-update',
        'verify-docs-contradiction',
        'warning',
        undefined,
      ],
    ])
    expect(result.findings[0]?.message).toMatch(
      /^Unexpected status 400, expected 200 \(BadRequest: Could not find a property named 'colour' on type 'microsoft\.graph\.importedWindowsAutopilotDeviceIdentity'\.\): the docs' own request at .* does not fit the documented request \(\$select names colour, which microsoft\.graph\.importedWindowsAutopilotDeviceIdentity does not have\)$/,
    )
    expect(result.findings[1]?.message).toMatch(
      /^Unexpected number 5 for status, expected a importedWindowsAutopilotDeviceIdentityUploadStatus member \(string\), as the docs' own response example at api\/intune-enrollment-importedwindowsautopilotdeviceidentityupload-get\.md:\d+ shows/,
    )
    expect(result.findings[2]?.message).toMatch(
      /^Unexpected status 400, expected 200 \(BadRequest: The request body is not valid JSON\.\): the docs' own request at .* does not fit the documented request \(not JSON/,
    )
  })
})

describe('against a service that demands a token', () => {
  const TOKEN = 'Bearer s3cret-token'
  let guarded: Service
  beforeAll(async () => {
    guarded = await seedService({ mock: true, demand: { Authorization: TOKEN, 'X-Tenant': 'contoso' } })
  })
  afterAll(() => guarded.close())

  it('is refused without the headers: each example a 401', async () => {
    const { code, result } = await verifyJson(SEED_DOCS, '--base-url', guarded.url)
    expect(code).toBe(1)
    expect(result.summary).toMatchObject({ agreed: 0, mismatched: result.summary.examples })
    expect(new Set(result.findings.map((f) => [f.code, f.status].join(' ')))).toEqual(
      new Set(['verify-status 401']),
    )
  })

  it('agrees everywhere with --header (repeatable), and never prints the token', async () => {
    const argv = [SEED_DOCS, '--base-url', guarded.url, '--unsafe']
    const headers = ['--header', `authorization: ${TOKEN}`, '--header', 'X-Tenant:contoso']
    const { code, result } = await verifyJson(...argv, ...headers)
    expect(result.findings).toEqual([])
    expect(result.summary).toMatchObject({ examples: 12, agreed: 12, ok: true })
    expect(code).toBe(0)
    const text = await runCli('verify', ...argv, ...headers)
    expect(text.code).toBe(0)
    expect(`${text.out}${text.err}`).not.toContain('s3cret')
  })
})

describe('bad usage and an unreachable service: one line, exit 2', () => {
  it('says which service it cannot reach', async () => {
    const port = await closedPort()
    const { code, out, err } = await runCli('verify', SEED_DOCS, '--base-url', `http://127.0.0.1:${port}`)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toBe(`doc2ts verify: cannot reach http://127.0.0.1:${port}: ECONNREFUSED\n`)
  })

  it.each([
    [[SEED_DOCS], /--base-url URL is required/],
    [[SEED_DOCS, '--base-url', 'ftp://127.0.0.1/'], /--base-url: expected an http:\/\/ or https:\/\/ URL/],
    [[SEED_DOCS, '--base-url', 'not a url'], /--base-url: expected an http/],
    [[SEED_DOCS, '--base-url', 'http://127.0.0.1:1', '--format', 'xml'], /Unexpected --format xml/],
    [[SEED_DOCS, '--base-url', 'http://127.0.0.1:1', '--timeout', '0'], /--timeout: expected milliseconds/],
    [
      [SEED_DOCS, '--base-url', 'http://127.0.0.1:1', '--timeout', 'Infinity'],
      /--timeout: expected milliseconds \(a positive number\), got "Infinity"/,
    ],
    [
      [SEED_DOCS, '--base-url', 'http://127.0.0.1:1', '--concurrency', '1.5'],
      /--concurrency: expected a positive integer/,
    ],
    [['no/such/folder', '--base-url', 'http://127.0.0.1:1'], /cannot read docs folder "no\/such\/folder"/],
    [
      [SEED_DOCS, '--base-url', 'http://127.0.0.1:1', '--include', '/nothing/here'],
      /--include \/nothing\/here matches no route/,
    ],
    [[SEED_DOCS, '--frob'], /Unknown option '--frob'/],
    [
      [SEED_DOCS, '--base-url', 'http://127.0.0.1:1', '--header', 'Bearer x'],
      /--header: expected "Name: value"/,
    ],
    [
      [SEED_DOCS, '--base-url', 'http://127.0.0.1:1', '--header', 'Bad Name: x'],
      /--header: "Bad Name" is not a header name/,
    ],
    [
      [SEED_DOCS, '--base-url', 'http://127.0.0.1:1', '--header', 'X-Trace: a\u0000b'],
      /--header: the value of X-Trace is not one fetch can send/,
    ],
  ])('%j', async (argv, message) => {
    const { code, out, err } = await runCli('verify', ...argv)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toMatch(message)
    expect(err.split('\n')).toHaveLength(2)
  })
})

describe('options given to verify() itself', () => {
  it.each([
    [
      'timeoutMs NaN',
      { timeoutMs: Number.NaN },
      'timeoutMs: expected milliseconds (a positive number), got NaN',
    ],
    [
      'timeoutMs -Infinity',
      { timeoutMs: -Infinity },
      'timeoutMs: expected milliseconds (a positive number), got -Infinity',
    ],
    ['concurrency 0', { concurrency: 0 }, 'concurrency: expected a positive integer, got 0'],
  ])('refuses %s, naming the value as written', async (_name, options, message) => {
    const refused = verify({ docs: SEED_DOCS, baseUrl: 'http://127.0.0.1:1', ...options })
    await expect(refused).rejects.toBeInstanceOf(VerifyOptionError)
    await expect(refused).rejects.toThrow(message)
  })
})

describe('hostile text', () => {
  const dir = join(tmpdir(), `doc2ts-verify-hostile-${process.pid}`)
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('from the docs and from the service stays one printable line per finding', async () => {
    await cp(SEED_DOCS, dir, { recursive: true })
    const page = join(dir, 'api/intune-enrollment-importedwindowsautopilotdeviceidentityupload-list.md')
    const text = await readFile(page, 'utf8')
    await writeFile(
      page,
      text.replace(
        'GET https://graph.microsoft.com/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads',
        'GET https://graph.microsoft.com/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads?$filter=\u001b[2J\u0007\u009bforged',
      ),
    )
    // Every answer: a 500 whose error message tries to clear the screen and forge a line.
    const server = await plainService((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: { code: 'Boom', message: '\u001b[2J\nerror verify-forged\r' } }))
    })
    try {
      const { code, out } = await runCli('verify', dir, '--base-url', server.url)
      expect(code).toBe(1)
      const lines = out.split('\n').filter(Boolean)
      expect(lines).toHaveLength(5)
      for (const line of lines) {
        // Docs outside the working directory are named by their absolute path.
        expect(line.startsWith(`${dir}/api/`)).toBe(true)
        expect(line).toMatch(/^\S+\.md:\d+:\d+ error verify-status /)
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not show
        expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
      }
      expect(out).toContain('\\u001b[2J\\u000aerror verify-forged\\u000d')
      expect(out).toContain('$filter=\\u001b[2J\\u0007\\u009bforged')
    } finally {
      await server.close()
    }
  })
})

describe('request member names in another letter case', () => {
  const dir = join(tmpdir(), `doc2ts-verify-letter-case-${process.pid}`)
  const include = ['--include', '/deviceManagement/importedWindowsAutopilotDeviceIdentities/import']
  let mock: RunningMock
  beforeAll(async () => {
    await cp(SEED_DOCS, dir, { recursive: true })
    // The docs' own request example names its body parameter as Kiota writes it.
    const page = join(dir, 'api/intune-enrollment-importedwindowsautopilotdeviceidentity-import.md')
    const text = await readFile(page, 'utf8')
    const from = '  "importedWindowsAutopilotDeviceIdentities": ['
    if (!text.includes(from)) throw new Error(`the import page lacks ${from}`)
    await writeFile(page, text.replace(from, '  "ImportedWindowsAutopilotDeviceIdentities": ['))
    mock = await startMockServer((await readDocs(dir)).pages, { port: 0, host: '127.0.0.1', log: false })
  })
  afterAll(async () => {
    await mock.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('are accepted by the mock, as Graph accepts them', async () => {
    const { code, result } = await verifyJson(dir, '--base-url', mock.url, '--unsafe', ...include)
    expect(result.findings).toEqual([])
    expect(result.summary).toMatchObject({ examples: 1, agreed: 1 })
    expect(code).toBe(0)
  })

  it("are the service's fault where it refuses them, not the docs'", async () => {
    const server = await plainService((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: { code: 'BadRequest', message: 'Unknown member.' } }))
    })
    try {
      const { code, result } = await verifyJson(dir, '--base-url', server.url, '--unsafe', ...include)
      expect(result.findings.map((f) => [f.operation, f.code])).toEqual([
        ['intune-enrollment-importedwindowsautopilotdeviceidentity-import', 'verify-status'],
      ])
      expect(code).toBe(1)
    } finally {
      await server.close()
    }
  })
})

describe('a request value no member of an enum the docs list only in a "Possible values are" sentence', () => {
  // Excerpts of resources/itembody.md, resources/message.md and api/message-update.md of the sample:
  // bodyType has no page, its members are the sentence's; the update example sends `"contentType": ""`.
  const dir = join(tmpdir(), `doc2ts-verify-inferred-enum-${process.pid}`)
  const PAGES: Record<string, string> = {
    'resources/itembody.md': `# itemBody resource type

Namespace: microsoft.graph

## Properties
| Property | Type | Description |
|:---|:---|:---|
|content|String|The content of the item.|
|contentType|bodyType|The type of the content. Possible values are \`text\` and \`html\`.|

<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.itemBody" } -->
\`\`\`json
{ "content": "string", "contentType": "String" }
\`\`\`
`,
    'resources/message.md': `# message resource type

Namespace: microsoft.graph

## Properties
| Property | Type | Description |
|:---|:---|:---|
|body|[itemBody](itembody.md)|The body of the message.|
|id|String|Unique identifier for the message. Read-only.|
|subject|String|The subject of the message.|

<!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.message" } -->
\`\`\`json
{ "body": {"@odata.type": "microsoft.graph.itemBody"}, "id": "string (identifier)", "subject": "string" }
\`\`\`
`,
    'api/message-update.md': `# Update message

Namespace: microsoft.graph

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
PATCH /me/messages/{id}
\`\`\`

## Request body
| Property | Type | Description |
|:---|:---|:---|
|body|ItemBody|The body of the message.|
|subject|String|The subject of the message.|

## Response
If successful, this method returns a \`200 OK\` response code and updated [message](../resources/message.md) object in the response body.

## Example
### Request
<!-- { "blockType": "request", "name": "update_message" } -->
\`\`\`http
PATCH https://graph.microsoft.com/v1.0/me/messages/{id}
Content-type: application/json

{
  "subject": "subject-value",
  "body": {
    "contentType": "",
    "content": "content-value"
  }
}
\`\`\`
### Response
<!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.message" } -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{ "id": "AAMkAGE1M2_bs88AACHsLqWAAA=", "subject": "subject-value" }
\`\`\`
`,
  }
  let mock: RunningMock
  beforeAll(async () => {
    for (const [page, text] of Object.entries(PAGES)) {
      await mkdir(join(dir, dirname(page)), { recursive: true })
      await writeFile(join(dir, page), text)
    }
    mock = await startMockServer((await readDocs(dir)).pages, { port: 0, host: '127.0.0.1', log: false })
  })
  afterAll(async () => {
    await mock.close()
    await rm(dir, { recursive: true, force: true })
  })

  it("is the docs' contradiction where the mock refuses it, as the docs' model reads the list", async () => {
    const { code, result } = await verifyJson(dir, '--base-url', mock.url, '--unsafe')
    expect(result.findings.map((f) => [f.operation, f.code])).toEqual([
      ['message-update', 'verify-docs-contradiction'],
    ])
    expect(result.findings[0]?.message).toMatch(
      /^Unexpected status 400, expected 200 .*: the docs' own request at api\/message-update\.md:\d+ does not fit the documented request \(Unexpected bodyType value "" for .*, expected one of text, html\)$/,
    )
    expect(code).toBe(0)
  })
})
