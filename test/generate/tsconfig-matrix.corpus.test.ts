/**
 * The generated code compiles under the tsconfigs teams actually use: every strictness flag on
 * (exactOptionalPropertyTypes, noPropertyAccessFromIndexSignature, noUncheckedIndexedAccess,
 * erasableSyntaxOnly, verbatimModuleSyntax), targets from ES2020, ESM and CommonJS consumers,
 * NodeNext and bundler resolution. The committed `generated/` (kept current by the golden test)
 * is copied under a package.json of each module type, inside the repository so that its imports
 * (fastify, @types/node) resolve.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT, STRICT_OPTIONS, typeErrorsOf } from '../support/type-check.js'

const STRICTEST: ts.CompilerOptions = {
  ...STRICT_OPTIONS,
  exactOptionalPropertyTypes: true,
  noPropertyAccessFromIndexSignature: true,
  noUncheckedIndexedAccess: true,
  erasableSyntaxOnly: true,
  verbatimModuleSyntax: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  skipLibCheck: true,
}

const { ES2020, ES2022, ESNext } = ts.ScriptTarget
const CASES: readonly [name: string, type: 'module' | 'commonjs', options: ts.CompilerOptions][] = [
  ['ES2020, ESM, NodeNext', 'module', { target: ES2020, lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'] }],
  // verbatimModuleSyntax forbids `import`/`export` in every CommonJS source, the user's own too, so
  // no CommonJS project sets it.
  ['ES2022, CommonJS, NodeNext', 'commonjs', { target: ES2022, verbatimModuleSyntax: false }],
  [
    'ESNext, ESM, bundler',
    'module',
    { target: ESNext, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  ],
]

const work = join(REPO_ROOT, 'test', 'generate', 'out', 'tsconfig-matrix')
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('generated code under strict team tsconfigs', () => {
  it.each(CASES)('%s: no errors', (name, type, options) => {
    const dir = join(work, name.replace(/[^\w]+/g, '-'))
    mkdirSync(dir, { recursive: true })
    cpSync(join(REPO_ROOT, 'generated'), join(dir, 'generated'), { recursive: true })
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type }))
    const roots = readdirSync(join(dir, 'generated'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(dir, 'generated', file))
    expect(roots.length).toBeGreaterThan(5)
    expect(typeErrorsOf(roots, { ...STRICTEST, ...options })).toEqual([])
  })
})
