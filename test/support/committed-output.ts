/**
 * Committed expectations (fixture `expected.json` files, golden output folders): the output must
 * equal them byte for byte, and a missing one fails like a different one. Only a run asked to
 * update them (`DOC2TS_UPDATE_FIXTURES=1`) writes them, for review in the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { expect } from 'vitest'
import { REPO_ROOT } from './type-check.js'

const updating = () => process.env.DOC2TS_UPDATE_FIXTURES === '1'

/** How to accept a new output, for failure messages: `testFile` is the test to rerun. */
const howToUpdate = (testFile: string) =>
  `if the change is intended, run \`DOC2TS_UPDATE_FIXTURES=1 npx vitest run ${relative(REPO_ROOT, testFile)}\` and review the diff`

/** `actual` equals the committed file at `path`. */
export function expectCommittedFile(path: string, actual: string, testFile: string): void {
  if (updating()) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    return
  }
  const name = relative(REPO_ROOT, path)
  expect(existsSync(path), `${name} is missing; ${howToUpdate(testFile)}`).toBe(true)
  expect(actual, `${name} differs from the output; ${howToUpdate(testFile)}`).toBe(readFileSync(path, 'utf8'))
}

/** The folder `dir` holds exactly `files` (paths relative to it), no more, no fewer. */
export function expectCommittedTree(
  dir: string,
  files: readonly { path: string; text: string }[],
  testFile: string,
): void {
  if (updating()) rmSync(dir, { recursive: true, force: true })
  for (const file of files) expectCommittedFile(join(dir, file.path), file.text, testFile)
  const committed = existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort()
    : []
  expect(committed, `${relative(REPO_ROOT, dir)} holds other files; ${howToUpdate(testFile)}`).toEqual(
    files.map((file) => file.path).sort(),
  )
}
