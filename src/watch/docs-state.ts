/**
 * The docs folder as watch mode holds it in memory: each page's text (or the diagnostic that
 * made it unreadable), updated by re-reading only the files that changed.
 */
import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic } from '../model.js'
import { type DocsInput, listMarkdownFiles, readPageFile } from '../read-docs.js'

interface FileState {
  text?: string
  diagnostics: Diagnostic[]
}

export class DocsState {
  private readonly files = new Map<string, FileState>()

  constructor(readonly root: string) {}

  /** Read every page (the initial state). */
  readAll(): void {
    this.files.clear()
    this.update(listMarkdownFiles(this.root))
  }

  /** Re-read `files` (docs-relative): changed, added or deleted pages. A path that is no regular
   *  file (a FIFO, whose read would wait for a writer; a link) is no page, as `listMarkdownFiles`
   *  reads the folder. */
  update(files: Iterable<string>): void {
    for (const file of files) {
      if (!isRegularFile(join(this.root, file))) {
        this.files.delete(file)
        continue
      }
      const diagnostics: Diagnostic[] = []
      const text = readPageFile(this.root, file, diagnostics)
      this.files.set(file, text === undefined ? { diagnostics } : { text, diagnostics })
    }
  }

  /** The pages sorted by path, as `readDocs` gives them. */
  docs(): DocsInput {
    const docs: DocsInput = { pages: [], diagnostics: [] }
    for (const file of [...this.files.keys()].sort()) {
      const state = this.files.get(file) as FileState
      if (state.text !== undefined) docs.pages.push({ file, text: state.text })
      docs.diagnostics.push(...state.diagnostics)
    }
    return docs
  }
}

/** Whether a regular file is at `path`; no when nothing readable is (a folder became a file: `ENOTDIR`). */
function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isFile() === true
  } catch {
    return false
  }
}

/** Whether a path reported by the watcher is a page `readDocs` would read. */
export function isDocsPage(file: string): boolean {
  return file.toLowerCase().endsWith('.md') && !isSkippedPath(file)
}

/** Whether a docs-relative path is in a folder `readDocs` skips (dot-folders, node_modules). */
export function isSkippedPath(file: string): boolean {
  return file.split('/').some((part) => part.startsWith('.') || part === 'node_modules')
}
