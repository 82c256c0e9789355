/** Type-check generated files under `dir` (strict, nodenext, noEmit). */
import { join } from 'node:path'
import { typeErrorsOf } from '../support/type-check.js'

export function typeErrors(dir: string, roots: readonly string[]): string[] {
  return typeErrorsOf(roots.map((root) => join(dir, root)))
}
