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
 * Copies after the first are laid out as today's docs are: each API page's permissions table moves
 * to an include file beside `api/` and `resources/`, which the page names
 *   [!INCLUDE [permissions-table](../includes/permissions/user-get-c2-permissions.md)]
 * so a tree of several copies holds the sample's 2021 conventions and today's side by side.
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

/** Today's include for a page's permissions, and the page without its table; the page as it is
 *  when its Permissions section has no table. `include`: the include file's path from the copy's root. */
export function movePermissionsToInclude(text: string, include: string): { page: string; include?: string } {
  const lines = text.split('\n')
  const heading = lines.findIndex((line) => /^##\s+Permissions\s*$/i.test(line))
  if (heading < 0) return { page: text }
  let first = heading + 1
  while (
    first < lines.length &&
    !/^#{1,2}\s/.test(lines[first] ?? '') &&
    !lines[first]?.trimStart().startsWith('|')
  )
    first++
  if (!lines[first]?.trimStart().startsWith('|')) return { page: text }
  let end = first
  while (lines[end]?.trimStart().startsWith('|')) end++
  const name = include.split('/').at(-1)?.replace(/\.md$/, '') ?? ''
  const reference = [
    `<!-- { "blockType": "permissions", "name": "${name.replaceAll('-', '_')}" } -->`,
    `[!INCLUDE [permissions-table](../${include})]`,
  ]
  return {
    page: [...lines.slice(0, first), ...reference, ...lines.slice(end)].join('\n'),
    include: [
      '---',
      'description: "Automatically generated file. DO NOT MODIFY"',
      'ms.topic: include',
      'ms.localizationpriority: medium',
      '---',
      '',
      ...lines.slice(first, end),
      '',
    ].join('\n'),
  }
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
      const path = pathForCopy(file, n).split('\\').join('/')
      const renamed = renameForCopy(readFileSync(join(source, file), 'utf8'), n)
      const isApiPage = /^api\//i.test(path)
      const include = `includes/permissions/${path.replace(/^api\//i, '').replace(/\.md$/i, '')}-permissions.md`
      const moved = isApiPage ? movePermissionsToInclude(renamed, include) : { page: renamed }
      write(join(root, path), moved.page)
      if (moved.include !== undefined) write(join(root, include), moved.include)
    }
  }
  for (const file of files) if (file.toLowerCase().endsWith('.md')) pages += copies
  return pages
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
