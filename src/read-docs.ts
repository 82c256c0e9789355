/**
 * Read the Markdown pages of a docs folder: every `*.md` below it (no dot-folders, no
 * node_modules, no symbolic links), sorted by docs-relative path. Files that are binary, not
 * UTF-8 or over the size cap are reported and skipped, never parsed.
 * Reads are synchronous on purpose: thousands of small files read one awaited promise at a time
 * took 2–3 s for 7.7k pages, the same reads done synchronously ≈ 0.4 s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { diagnostic } from './diagnostics.js'
import type { Diagnostic } from './model.js'
import { docsStampOf, isSettled, type PageStamp, type PageStamps } from './store/docs-stamps.js'
import { textHash } from './store/text-hash.js'

export const MAX_PAGE_BYTES = 8 * 1024 * 1024

/** One page as read: its docs-relative path and its text. */
export interface PageInput {
  file: string
  text: string
  /** `textHash` of the text, when the reader knows it (then the text may be read only when
   *  first asked for). */
  digest?: string
}

export interface DocsInput {
  pages: PageInput[]
  diagnostics: Diagnostic[]
  /** Each page's stamp and digest, for the next read (`readDocs` only). */
  stamps?: PageStamps
}

export function listMarkdownFiles(root: string): string[] {
  const found: string[] = []
  // `prefix`: the folder's docs-relative path, built as the walk descends (path.relative per
  // file resolves both paths: a third of the read step on a large tree).
  const walk = (dir: string, prefix: string) => {
    const entries = readdirSync(dir, { withFileTypes: true })
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`)
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
        found.push(`${prefix}${entry.name}`)
    }
  }
  walk(root, '')
  return found.sort()
}

/** The pages of `root`. A page whose file has the stamp `known` holds for it is not read: its
 *  digest is the known one and its text is read when first asked for. `readStart`: the time the
 *  read starts (a file changed less than 2 s before it gets no stamp). */
export async function readDocs(
  root: string,
  known: PageStamps = new Map(),
  readStart = Date.now(),
): Promise<DocsInput> {
  const files = listMarkdownFiles(root)
  const diagnostics: Diagnostic[] = []
  const pages: DocsInput['pages'] = []
  const stamps = new Map<string, PageStamp>()
  for (const file of files) {
    const info = statSync(join(root, file), { throwIfNoEntry: false })
    const stamp = info && isSettled(info, readStart) ? docsStampOf(info) : ''
    const was = known.get(file)
    if (was && stamp !== '' && was.stamp === stamp) {
      pages.push(unreadPage(root, file, was.digest))
      stamps.set(file, was)
      continue
    }
    const text = readPageFile(root, file, diagnostics, info)
    if (text === undefined) continue
    const digest = textHash(text)
    pages.push({ file, text, digest })
    stamps.set(file, { stamp, digest })
  }
  return { pages, diagnostics, stamps }
}

/** A page known unchanged: read when its text is first asked for (the page checks of a page
 *  with suppressions, a page missing from the page cache). Should it vanish or change in the
 *  meantime, its text is what can be read then, or empty. */
function unreadPage(root: string, file: string, digest: string): PageInput {
  let text: string | undefined
  return {
    file,
    digest,
    get text() {
      text ??= readPageFile(root, file, []) ?? ''
      return text
    },
  }
}

/** One page's text (`file` relative to `root`); its size is checked before it is read (`info`:
 *  the file's stat when the caller has it), and a read error is a diagnostic. */
export function readPageFile(
  root: string,
  file: string,
  diagnostics: Diagnostic[],
  info?: { size: number },
): string | undefined {
  const path = join(root, file)
  try {
    const { size } = info ?? statSync(path)
    if (size > MAX_PAGE_BYTES) {
      diagnostics.push(tooLarge(file, size))
      return undefined
    }
    return decodePage(readFileSync(path), file, diagnostics)
  } catch (error) {
    diagnostics.push(
      diagnostic(
        'unreadable-file',
        { file, line: 1, column: 1 },
        `Unexpected error reading the page (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), expected a readable file; skipped`,
      ),
    )
    return undefined
  }
}

function tooLarge(file: string, bytes: number): Diagnostic {
  return diagnostic(
    'unreadable-file',
    { file, line: 1, column: 1 },
    `Unexpected page of ${bytes} bytes, expected at most ${MAX_PAGE_BYTES}; skipped`,
  )
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The page's text, or undefined with a diagnostic when it cannot be a Markdown page. */
export function decodePage(bytes: Uint8Array, file: string, diagnostics: Diagnostic[]): string | undefined {
  const at = { file, line: 1, column: 1 }
  if (bytes.byteLength > MAX_PAGE_BYTES) {
    diagnostics.push(tooLarge(file, bytes.byteLength))
    return undefined
  }
  if (bytes.includes(0)) {
    diagnostics.push(
      diagnostic(
        'unreadable-file',
        at,
        'Unexpected binary content (NUL bytes), expected a Markdown text page; skipped',
      ),
    )
    return undefined
  }
  try {
    return utf8.decode(bytes)
  } catch {
    diagnostics.push(
      diagnostic(
        'unreadable-file',
        at,
        'Unexpected bytes that are not UTF-8, expected a UTF-8 Markdown page; skipped',
      ),
    )
    return undefined
  }
}
