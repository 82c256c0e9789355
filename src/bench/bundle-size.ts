/**
 * What a small browser app pays for a Graph client: three calls (a user with `$select`, the
 * user's messages, `sendMail`) bundled by esbuild as a browser would load it (minified ESM), once
 * against a client doc2ts generated and once against Microsoft's Kiota SDK
 * (`@microsoft/msgraph-sdk` + `@microsoft/msgraph-sdk-users`), in minified and gzip bytes.
 * Both apps export `run(baseUrl, userId)`, so a test can run the bundle against a server.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** The app against doc2ts's client; it sits in the output folder, beside `client/`. */
export const DOC2TS_APP = `import { createClient } from './client/index.js'

export async function run(baseUrl: string, userId: string) {
  const client = createClient({ baseUrl, token: () => 'token' })
  const user = client.users.byId(userId)
  const profile = await user.get({ $select: ['displayName', 'mail'] })
  const messages = await user.messages.get({ $select: ['subject'], $top: 5 })
  const sent = await user.sendMail.post({
    message: { subject: 'Hello', toRecipients: [{ emailAddress: { address: 'a@example.com' } }] },
    saveToSentItems: false,
  })
  return { profile, messages, sent }
}
`

/** The same three calls through Kiota's SDK, with a bearer token as doc2ts's client sends it. */
export const KIOTA_APP = `import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider } from '@microsoft/kiota-abstractions'
import { createGraphServiceClient, GraphRequestAdapter } from '@microsoft/msgraph-sdk'
import '@microsoft/msgraph-sdk-users'

export async function run(baseUrl: string, userId: string) {
  const host = new URL(baseUrl).host
  const auth = new BaseBearerTokenAuthenticationProvider({
    getAuthorizationToken: async () => 'token',
    getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([host])),
  })
  const adapter = new GraphRequestAdapter(auth)
  adapter.baseUrl = baseUrl
  const user = createGraphServiceClient(adapter).users.byUserId(userId)
  const profile = await user.get({ queryParameters: { select: ['displayName', 'mail'] } })
  const messages = await user.messages.get({ queryParameters: { select: ['subject'], top: 5 } })
  const sent = await user.sendMail.post({
    message: { subject: 'Hello', toRecipients: [{ emailAddress: { address: 'a@example.com' } }] },
    saveToSentItems: false,
  })
  return { profile, messages, sent }
}
`

export interface BundleSize {
  /** The bundle, minified. */
  code: string
  minifiedBytes: number
  /** gzip at level 9, as a server would send it compressed. */
  gzipBytes: number
}

/** Bundle `source` (TypeScript), resolving its imports from `resolveDir`. */
export async function bundleApp(source: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, loader: 'ts', resolveDir, sourcefile: 'app.ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.text ?? ''
  return {
    code,
    minifiedBytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
  }
}

/** One line per app: `doc2ts client  12.3 KB minified  4.5 KB gzip`. */
export function formatBundleSize(label: string, size: BundleSize): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  return `${label.padEnd(42)} ${kb(size.minifiedBytes).padStart(9)} minified  ${kb(size.gzipBytes).padStart(8)} gzip`
}
