/**
 * Type-level checks of the committed seed client: wrong bodies and `$select` of unknown properties
 * do not compile. Checked twice: by `tsc -p tsconfig.test.json` through `@ts-expect-error` here, and
 * under vitest by compiling snippets with the compiler API (each must fail, the control must pass).
 */
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import {
  type Bindable,
  createClient,
  type InstanceAnnotations,
  type Page,
} from '../../generated/client/index.js'
import type * as T from '../../generated/types/index.js'
import { REPO_ROOT, typeCheck } from './compile.js'

const uploads = () =>
  createClient({ fetch: () => Promise.reject(new Error('not sent')) }).deviceManagement
    .importedWindowsAutopilotDeviceIdentityUploads

describe('client types', () => {
  it('types responses with the generated types', () => {
    expectTypeOf(uploads().get).returns.resolves.toEqualTypeOf<
      Page<T.ImportedWindowsAutopilotDeviceIdentityUpload>
    >()
    // With the annotations Graph adds that no type declares (`@odata.etag`).
    expectTypeOf(uploads().byId('x').get).returns.resolves.toEqualTypeOf<
      T.ImportedWindowsAutopilotDeviceIdentityUpload & InstanceAnnotations
    >()
    expectTypeOf(uploads().byId('x').autopilotDeviceStream.get).returns.resolves.toEqualTypeOf<string>()
    expectTypeOf(uploads().byId('x').delete).returns.resolves.toEqualTypeOf<void>()
    // With the links to existing entities a body may carry (`members@odata.bind`).
    expectTypeOf(uploads().post)
      .parameter(0)
      .toEqualTypeOf<Bindable<T.ImportedWindowsAutopilotDeviceIdentityUpload>>()
  })

  it('rejects wrong bodies and unknown $select properties (tsc)', () => {
    const check = () => {
      // @ts-expect-error: status is an enum of string literals
      void uploads().post({ status: 'bogus' })
      // @ts-expect-error: a body is not a string
      void uploads().byId('x').patch('text')
      const one = uploads().byId('x')
      // @ts-expect-error: unknown property in $select
      void one.get({ $select: ['nope'] })
      // @ts-expect-error: $top is not documented for this GET
      void uploads().byId('x').get({ $top: 1 })
    }
    expect(typeof check).toBe('function')
  })

  const snippet = (code: string) => `import { createClient } from '../generated/client/index.js'
const uploads = createClient({ token: 't' }).deviceManagement.importedWindowsAutopilotDeviceIdentityUploads
export async function run(): Promise<unknown> {
  return ${code}
}
`
  const cases: [string, string, boolean][] = [
    ['control: documented body and $select', "uploads.byId('x').get({ $select: ['id', 'status'] })", true],
    ['control: create', "uploads.post({ status: 'pending' })", true],
    ['wrong body property type', 'uploads.post({ createdDateTimeUtc: 42 })', false],
    ['wrong enum value', "uploads.byId('x').patch({ status: 'bogus' })", false],
    ['unknown $select property', "uploads.byId('x').get({ $select: ['nope'] })", false],
    [
      'wrong action body',
      "uploads.byId('x').deviceIdentities.get().then(() => createClient().deviceManagement.importedWindowsAutopilotDeviceIdentities.import.post({ importedWindowsAutopilotDeviceIdentities: 'x' }))",
      false,
    ],
    ['undocumented verb', "uploads.byId('x').put({})", false],
  ]
  const paths = cases.map((_, index) => `${REPO_ROOT}test-snippet/case-${index}.ts`)
  let diagnostics: string[] = []
  beforeAll(() => {
    const files = new Map(cases.map(([, code], index) => [paths[index] ?? '', snippet(code)]))
    diagnostics = typeCheck(files, paths)
  }, 60_000)
  it.each(cases.map((entry, index) => [...entry, index] as const))('%s', (_, __, compiles, index) => {
    const own = diagnostics.filter((line) => line.startsWith(`${paths[index]}:`))
    if (compiles) expect(own).toEqual([])
    else expect(own.length).toBeGreaterThan(0)
  })
  it('reports nothing outside the snippets', () => {
    expect(diagnostics.filter((line) => !paths.some((path) => line.startsWith(`${path}:`)))).toEqual([])
  })
})
