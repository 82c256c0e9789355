/**
 * The committed golden outputs compile under `tsc --strict`, in one program, where they are
 * committed (inside the repository, so the server's `fastify` import resolves). That they are the
 * current output is the golden tests' job (test/generate/golden.test.ts, graph-sample.test.ts).
 */
import { expect, it } from 'vitest'
import { GOLDEN, typeScriptFilesIn } from '../support/golden.js'
import { typeErrorsOf } from '../support/type-check.js'

it('the golden outputs compile under tsc --strict', () => {
  const roots = Object.values(GOLDEN).flatMap((golden) => typeScriptFilesIn(golden.out))
  expect(roots.length).toBeGreaterThan(20)
  expect(typeErrorsOf(roots)).toEqual([])
})
