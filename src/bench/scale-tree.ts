/**
 * A docs tree whose model grows with its pages, for measuring scale: `copies` copies of a docs
 * folder in which every copy but the first has its own namespaces and routes, so that K copies
 * give K times the types and operations (as a real API of that many pages has), never copies
 * that merge back into one model.
 *   Namespace: microsoft.graph.callRecords   →  Namespace: microsoft.graph.c2.callRecords
 *   "@odata.type": "#microsoft.graph.user"    →  "@odata.type": "#microsoft.graph.c2.user"
 *   GET https://graph.microsoft.com/v1.0/me/x →  GET https://graph.microsoft.com/v1.0/meC2/x
 *   api/user-get.md, [user](../resources/user.md) → api/user-get-c2.md, [user](../resources/user-c2.md)
 * Pages are renamed too, since operation ids (and so handler stubs) come from page names.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Every qualified name and `Namespace:` line of the Graph namespace and its sub-namespaces. */
const GRAPH_NAMESPACE = /\bmicrosoft\.graph\b/g
/** A request line's first path segment (an entity set or singleton), host and version optional. */
const REQUEST_LINE =
  /^(\s*(?:GET|POST|PATCH|PUT|DELETE|HEAD)\s+(?:https?:\/\/[^/\s]+\/(?:v1\.0|beta))?\/)([A-Za-z][\w]*)/gm
/** The target of a relative link to a page: `](../resources/user.md` or `](user.md#anchor`. */
const PAGE_LINK = /(\]\((?![a-z]+:)[^)\s#]*?)\.md\b/gi

/** Rewrite one page's text so that it documents copy `n` (n ≥ 2) of its types and routes. */
export function renameForCopy(text: string, n: number): string {
  return text
    .replace(GRAPH_NAMESPACE, `microsoft.graph.c${n}`)
    .replace(REQUEST_LINE, (_, head: string, segment: string) => `${head}${segment}C${n}`)
    .replace(PAGE_LINK, `$1-c${n}.md`)
}

/** The file name of copy `n` of a page: `api/user-get.md` → `api/user-get-c2.md`. */
export function pathForCopy(file: string, n: number): string {
  return file.replace(/\.md$/i, `-c${n}.md`)
}

/** Write `copies` copies of `source` under `target/copy<n>/`; returns the number of pages. */
export function buildScaleTree(source: string, target: string, copies: number): number {
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).sort()
  let pages = 0
  for (let n = 1; n <= copies; n++) {
    const root = join(target, `copy${n}`)
    if (n === 1) {
      cpSync(source, root, { recursive: true })
      continue
    }
    for (const file of files) {
      if (!file.toLowerCase().endsWith('.md')) continue
      const to = join(root, pathForCopy(file, n))
      mkdirSync(dirname(to), { recursive: true })
      writeFileSync(to, renameForCopy(readFileSync(join(source, file), 'utf8'), n))
    }
  }
  for (const file of files) if (file.toLowerCase().endsWith('.md')) pages += copies
  return pages
}
