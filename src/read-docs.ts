/**
 * Read the Markdown pages of a docs folder: every `*.md` below it (no dot-folders, no
 * node_modules, no symbolic links), sorted by docs-relative path. Files that are binary, not
 * UTF-8 or over the size cap are reported and skipped, never parsed.
 * Reads are synchronous on purpose: thousands of small files read one awaited promise at a time
 * took 2–3 s for 7.7k pages, the same reads done synchronously ≈ 0.4 s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { diagnostic } from './diagnostics.js'
import type { Diagnostic } from './model.js'

export const MAX_PAGE_BYTES = 8 * 1024 * 1024

/** One page as read: its docs-relative path and its text. */
export interface PageInput {
  file: string
  text: string
}

export interface DocsInput {
  pages: PageInput[]
  diagnostics: Diagnostic[]
}

export function listMarkdownFiles(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true })
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
        found.push(relative(root, path).split(sep).join('/'))
    }
  }
  walk(root)
  return found.sort()
}

export async function readDocs(root: string): Promise<DocsInput> {
  const files = listMarkdownFiles(root)
  const diagnostics: Diagnostic[] = []
  const pages: DocsInput['pages'] = []
  for (const file of files) {
    const text = readPageFile(root, file, diagnostics)
    if (text !== undefined) pages.push({ file, text })
  }
  return { pages, diagnostics }
}

/** One page's text (`file` relative to `root`); its size is checked before it is read, and a read
 *  error is a diagnostic. */
export function readPageFile(root: string, file: string, diagnostics: Diagnostic[]): string | undefined {
  const path = join(root, file)
  try {
    const { size } = statSync(path)
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
