/**
 * The client generated for the whole sample corpus (in-process, once): it compiles under
 * `tsc --strict` with the generated types, and at least 97% of the documented (verb, path) pairs
 * are reachable. Reachability is measured on the emitted client itself: transpiled to JS, loaded,
 * walked segment by segment for every documented route (property per literal, `byId` per
 * placeholder, a call per function segment, `itemPath` per item path), and the request it sends
 * through an injected `fetch` must have the documented method and path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { GeneratedFile } from '../../src/emit/generated-file.js'
import type { ApiModel, HttpMethod, PathSegment } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { normaliseSegment } from '../../src/route-key.js'
import { corpusDir } from '../support/corpus.js'
import { errorLinesOf, markedErrorLines, typeCheck, VIRTUAL_OUT } from './compile.js'

const BASE = 'https://graph.example/v1.0'

let model: ApiModel
let files: GeneratedFile[]
let temp: string

beforeAll(async () => {
  const docs = await readDocs(corpusDir)
  model = buildModel(docs.pages)
  files = emitAll(model)
  temp = mkdtempSync(join(tmpdir(), 'doc2ts-client-'))
}, 120_000)
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true })
})

describe('client for the sample corpus', () => {
  it('compiles under tsc --strict with the generated types', () => {
    const sources = new Map(
      files
        .filter((file) => file.path.endsWith('.ts'))
        .map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]),
    )
    const diagnostics = typeCheck(sources, [`${VIRTUAL_OUT}client/index.ts`])
    expect(diagnostics.slice(0, 20)).toEqual([])
  }, 120_000)

  it('narrows $select results and discriminates @odata.type: exactly the lines marked // error fail', () => {
    const sources = new Map(
      files
        .filter((file) => file.path.endsWith('.ts'))
        .map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]),
    )
    const consumer = `${VIRTUAL_OUT}consumer.ts`
    sources.set(consumer, CONSUMER)
    const diagnostics = typeCheck(sources, [consumer])
    expect(diagnostics.filter((line) => !line.startsWith(`${consumer}:`))).toEqual([])
    expect(markedErrorLines(CONSUMER)).toHaveLength(11)
    expect(errorLinesOf(diagnostics, consumer)).toEqual(markedErrorLines(CONSUMER))
  }, 120_000)

  it('with propertyUnions, types a property of a base type as its union: exactly the lines marked // error fail', () => {
    const sources = new Map(
      emitAll(model, { propertyUnions: true })
        .filter((file) => file.path.endsWith('.ts'))
        .map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]),
    )
    const consumer = `${VIRTUAL_OUT}consumer.ts`
    sources.set(consumer, PROPERTY_UNIONS_CONSUMER)
    const diagnostics = typeCheck(sources, [`${VIRTUAL_OUT}client/index.ts`, consumer])
    expect(diagnostics.filter((line) => !line.startsWith(`${consumer}:`))).toEqual([])
    expect(markedErrorLines(PROPERTY_UNIONS_CONSUMER)).toHaveLength(2)
    expect(errorLinesOf(diagnostics, consumer)).toEqual(markedErrorLines(PROPERTY_UNIONS_CONSUMER))
  }, 120_000)

  it('reaches at least 97% of the documented (verb, path) pairs', async () => {
    const client = await importClient()
    const sent: string[] = []
    const api = client.createClient({
      baseUrl: BASE,
      retry: { maxRetries: 0 },
      fetch: async (url: string, init: { method: string }) => {
        sent.push(`${init.method} ${url.replace(BASE, '').split('?')[0]}`)
        return {
          status: 200,
          headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) },
          text: async () => '{}',
          arrayBuffer: async () => new ArrayBuffer(0),
        }
      },
    })
    const pairs = new Map<string, { method: HttpMethod; segments: readonly PathSegment[] }>()
    for (const operation of model.operations)
      for (const route of operation.routes)
        pairs.set(`${route.method} ${route.raw}`, { method: route.method, segments: route.segments })
    const unreachable: string[] = []
    for (const [key, { method, segments }] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const expected = `${method} ${expectedPath(segments)}`
      sent.length = 0
      const reached = await callRoute(api, method, segments)
      if (!reached || sent[0] !== expected)
        unreachable.push(`${key} → ${reached ? (sent[0] ?? 'nothing sent') : 'no member'}`)
    }
    const ratio = (pairs.size - unreachable.length) / pairs.size
    console.info(
      `client reachability: ${pairs.size - unreachable.length}/${pairs.size} documented (verb, path) pairs ` +
        `(${(ratio * 100).toFixed(2)}%); unreachable:\n  ${unreachable.join('\n  ')}`,
    )
    expect(ratio).toBeGreaterThanOrEqual(0.97)
  }, 60_000)

  it("reads each verb's arguments where they go and each response as its kind", async () => {
    const client = await importClient()
    const sent: { request: string; headers: Record<string, string>; body: unknown }[] = []
    const answers = ['', '', '', '{"value":true}', 'bytes', '{"value":"not unwrapped","id":"x"}']
    const api = client.createClient({
      baseUrl: BASE,
      fetch: async (
        url: string,
        init: { method: string; headers: Record<string, string>; body?: unknown },
      ) => {
        sent.push({
          request: `${init.method} ${url.replace(BASE, '')}`,
          headers: init.headers,
          body: init.body,
        })
        const text = answers[sent.length - 1] ?? ''
        return {
          status: 200,
          headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) },
          text: async () => text,
          arrayBuffer: async () => new TextEncoder().encode(text).buffer,
        }
      },
    }) as Record<string, Node>
    const me = api.me as Node
    // A node is not a thenable: awaiting one sends nothing.
    expect(typeof (await me)).toBe('function')
    expect(sent).toEqual([])
    const results = [
      await call(me, 'calendar', 'events', ['byId', 'e'], 'dismissReminder', [
        'post',
        undefined,
        { headers: { 'X-A': '1' } },
      ]),
      await call(api.groups as Node, ['byId', 'g'], 'acceptedSenders', '$ref', [
        'delete',
        { query: { $id: 'u 1' } },
      ]),
      await call(me, 'drive', 'items', ['byId', 'i'], 'workbook', 'names', ['byId', 'n'], 'range', 'delete', [
        'post',
        { shift: 'Up' },
      ]),
      await call(api.deviceManagement as Node, 'verifyWindowsEnrollmentAutoDiscovery', ['get']),
      await call(me, 'onenote', 'resources', ['byId', 'r'], 'content', ['get']),
      await call(me, ['get', { $select: ['id'] }]),
    ]
    expect(sent.map(({ request }) => request)).toEqual([
      'POST /me/calendar/events/e/dismissReminder',
      'DELETE /groups/g/acceptedSenders/$ref?$id=u%201',
      'POST /me/drive/items/i/workbook/names/n/range/delete',
      'GET /deviceManagement/verifyWindowsEnrollmentAutoDiscovery',
      'GET /me/onenote/resources/r/content',
      'GET /me?$select=id',
    ])
    expect(sent[0]?.headers['X-A']).toBe('1')
    expect(sent.map(({ body }) => body)).toEqual([
      undefined,
      undefined,
      '{"shift":"Up"}',
      undefined,
      undefined,
      undefined,
    ])
    expect(results.slice(0, 4)).toEqual([undefined, undefined, undefined, true])
    expect(results[4]).toEqual(new TextEncoder().encode('bytes'))
    expect(results[5]).toEqual({ value: 'not unwrapped', id: 'x' })
  })
})

/** A node of the client as JavaScript sees it: callable, and every member another node. */
type Node = ((...args: unknown[]) => unknown) & { readonly [member: string]: Node }

/** Walk `node` by `steps` (a name is read, `[name, ...args]` is called) and await the result. */
async function call(node: Node, ...steps: (string | [string, ...unknown[]])[]): Promise<unknown> {
  let current: unknown = node
  for (const step of steps) {
    const [name, ...args] = typeof step === 'string' ? [step] : step
    const member = (current as Node)[name] as Node
    current = typeof step === 'string' ? member : Reflect.apply(member, current, args)
  }
  return await current
}

/** The emitted client, transpiled to JavaScript and imported. */
async function importClient(): Promise<{ createClient(options: object): unknown }> {
  for (const name of ['index', 'runtime']) {
    const source = files.find((file) => file.path === `client/${name}.ts`)?.text ?? ''
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    }).outputText
    writeFileSync(join(temp, `${name}.js`), js)
  }
  return (await import(pathToFileURL(join(temp, 'index.js')).href)) as {
    createClient(options: object): unknown
  }
}

const PATH_VALUE = 'a/b'
const ARG_VALUE = 'v'
const ITEM_PATH = 'dir/f.txt'

/** The path the documented route should produce with the walker's values. */
function expectedPath(segments: readonly PathSegment[]): string {
  let path = ''
  for (const raw of segments) {
    const segment = normaliseSegment(raw)
    if (segment.kind === 'literal') path += `/${segment.value}`
    else if (segment.kind === 'param') path += `/${encodeURIComponent(PATH_VALUE)}`
    else if (segment.kind === 'itemPath') path += `:/${ITEM_PATH}:`
    else
      path +=
        segment.args.length === 0
          ? `/${segment.name}`
          : `/${segment.name}(${segment.args.map((arg) => `${arg.name}='${ARG_VALUE}'`).join(',')})`
  }
  return path.endsWith(':') ? path.slice(0, -1) : path
}

type Member = Record<string, unknown> | ((...args: unknown[]) => unknown)

/** Walk the client along the documented segments and call the verb; false when a member is missing. */
async function callRoute(
  root: unknown,
  method: HttpMethod,
  segments: readonly PathSegment[],
): Promise<boolean> {
  let node = root as Member
  /** A literal segment is read (`.messages`); `byId`, `itemPath` and function segments are called. */
  const step = (name: string, call: boolean, ...args: unknown[]): boolean => {
    const member = (node as Record<string, unknown>)[name]
    if (typeof member !== 'function' && (typeof member !== 'object' || member === null)) return false
    // Reflect.apply: on the client's nodes, `member.apply` would be a path segment named `apply`.
    node = (call ? Reflect.apply(member as (...args: unknown[]) => unknown, node, args) : member) as Member
    return node !== undefined
  }
  for (const raw of segments) {
    const segment = normaliseSegment(raw)
    const ok =
      segment.kind === 'literal'
        ? step(segment.value, false)
        : segment.kind === 'param'
          ? step('byId', true, PATH_VALUE)
          : segment.kind === 'itemPath'
            ? step('itemPath', true, ITEM_PATH)
            : step(
                segment.name,
                true,
                ...(segment.args.length === 0
                  ? []
                  : [Object.fromEntries(segment.args.map((arg) => [arg.name, ARG_VALUE]))]),
              )
    if (!ok) return false
  }
  const verb = (node as Record<string, unknown>)[method.toLowerCase()]
  if (typeof verb !== 'function') return false
  await (Reflect.apply(verb, node, [{}]) as Promise<unknown>).catch(() => undefined)
  return true
}

/**
 * A user's code against the corpus client: `$select` on a user and on the users collection (the
 * page and `iterate()`), `$expand` of a navigation property, a user's `memberOf` narrowed on
 * `@odata.type` and by its guard, `$select` and `$expand` on a union (messages, event messages
 * among them), a plain `User` where a user or a directory object is taken, and the verbs' arguments (an undocumented body is `undefined`; a DELETE's route query is required).
 */
const CONSUMER = `import { createClient } from './client/index.js'
import { type AnyDirectoryObject, isEventMessage, isGroup, type User } from './types/index.js'

const client = createClient({ token: 't' })

export async function select(): Promise<unknown[]> {
  const user = await client.users.byId('x').get({ $select: ['displayName', 'mail'] })
  const values: unknown[] = [user.displayName, user.mail, user.id, user['@odata.type']]
  values.push(user.jobTitle) // error
  const page = await client.users.get({ $select: ['displayName', 'mail'] })
  const first = page.value[0]
  if (first) values.push(first.displayName, first.id)
  if (first) values.push(first.jobTitle) // error
  for await (const item of client.users.iterate({ $select: ['displayName'] })) {
    values.push(item.displayName)
    values.push(item.mail) // error
  }
  const withManager = await client.users.byId('x').get({ $select: ['displayName'], $expand: ['manager'] })
  values.push(withManager.manager)
  const whole: User = await client.users.byId('x').get()
  const narrowed: User = user
  return [...values, whole.jobTitle, narrowed]
}

export async function memberOf(plain: User): Promise<unknown[]> {
  const values: unknown[] = []
  for await (const member of client.users.byId('x').memberOf.iterate()) {
    if (member['@odata.type'] === '#microsoft.graph.group') values.push(member.groupTypes)
    if (isGroup(member)) values.push(member.mailEnabled)
    values.push(member.groupTypes) // error
  }
  for await (const member of client.me.memberOf.iterate()) values.push(member.mailEnabled) // error
  // $select names the properties of any type of the union, and narrows each member alike.
  const messages = await client.me.messages.get({ $select: ['subject', 'meetingMessageType'] })
  for (const message of messages.value) {
    if (message['@odata.type'] === '#microsoft.graph.eventMessage') values.push(message.meetingMessageType)
    values.push(message.subject, message.meetingMessageType) // error
    if (message['@odata.type'] === '#microsoft.graph.eventMessage') values.push(message.isDelegated) // error
    // A guard keeps the narrowing: it tells the member, not the whole type.
    if (isEventMessage(message)) values.push(message.meetingMessageType)
    if (isEventMessage(message)) values.push(message.isDelegated) // error
  }
  // $expand names the navigation properties of any type of the union too; the expanded one stays
  // on the members that have it.
  const withEvent = await client.me.messages.get({ $select: ['subject'], $expand: ['event'] })
  for (const message of withEvent.value) {
    if (message['@odata.type'] === '#microsoft.graph.eventMessage') values.push(message.event)
    values.push(message.event) // error
  }
  // A value of no tagged member (parsed JSON, a record) narrows to the type.
  const parsed: object = JSON.parse('{}') as object
  if (isGroup(parsed)) values.push(parsed.mailEnabled)
  const record: Record<string, unknown> = {}
  if (isGroup(record)) values.push(record.mailEnabled)
  const asUnion: AnyDirectoryObject = plain
  await client.users.byId('x').patch(plain)
  await client.users.post(plain)
  return [...values, asUnion]
}

export async function argumentsByVerb(): Promise<void> {
  const reminder = client.me.calendar.events.byId('e').dismissReminder
  await reminder.post(undefined, { headers: { 'X-A': '1' } })
  await reminder.post({ headers: { 'X-A': '1' } }) // error
  await client.groups.byId('g').acceptedSenders.$ref.delete({ query: { $id: 'u' } })
  await client.groups.byId('g').acceptedSenders.$ref.delete() // error
}
`

/**
 * A user's code against the types emitted with `propertyUnions`: a user's `manager` (declared as a
 * directoryObject) narrows on `@odata.type` and by its guard; read without narrowing, a property
 * only users have fails; the value is still a directoryObject (undocumented in the sample) where
 * one is taken.
 */
const PROPERTY_UNIONS_CONSUMER = `import { isUser, type Message, type User } from './types/index.js'
import type { DirectoryObject } from './undocumented.js'

// A message takes a file attachment, as sendMail's example sends it.
export const mail: Message = {
  subject: 'Meet for lunch?',
  attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', name: 'menu.txt', contentBytes: 'bWVudQ==' }],
}

export function manager(user: User): unknown[] {
  const values: unknown[] = []
  const manager = user.manager
  if (manager?.['@odata.type'] === '#microsoft.graph.user') values.push(manager.mail)
  if (manager && isUser(manager)) values.push(manager.jobTitle)
  values.push(manager?.mail) // error
  for (const report of user.directReports ?? []) values.push(report.jobTitle) // error
  const asBase: DirectoryObject | null | undefined = manager
  return [...values, asBase]
}
`
