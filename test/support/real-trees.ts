/** The real docs trees of test/fixtures/real-trees (its README), each by name and docs folder. */
import { readFileSync } from 'node:fs'
import { ROOT } from '../server/helpers.js'

export const REAL_TREES = [
  'graph-v1.0-2020',
  'graph-v1.0-today',
  'graph-v1.0-today-core',
  'graph-v1.0-today-workloads',
  'graph-v1.0-today-users',
  'graph-v1.0-today-more',
  'graph-beta-today',
  'onedrive',
  'business-central',
  'defender-endpoint',
].map((name) => ({ name, docs: `${ROOT}test/fixtures/real-trees/${name}/docs` }))

/** One page of a real tree, as a page in memory named by its docs-relative path. */
export function realTreePage(tree: string, file: string): { file: string; text: string } {
  return { file, text: readFileSync(`${ROOT}test/fixtures/real-trees/${tree}/docs/${file}`, 'utf8') }
}
