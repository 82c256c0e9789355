/**
 * Watch a docs folder and report the docs-relative `.md` paths that changed, batched: `onChange`
 * runs once the folder has been quiet for `debounceMs`, never twice at the same time (changes
 * arriving meanwhile make the next batch).
 * chokidar, not `fs.watch`: Node 20's recursive `fs.watch` stops reporting a file once an editor
 * has saved it by renaming a temporary file over it (`sed -i`, most editors), and reports a moved
 * or deleted folder without the pages it held. chokidar re-attaches to the new file, and reports
 * each page of a folder that appears, moves or goes.
 */
import { relative, sep } from 'node:path'
import { watch } from 'chokidar'
import { isDocsPage, isSkippedPath } from './docs-state.js'

export interface DocsWatcher {
  close(): Promise<void>
}

/** Resolves once the watcher sees the whole folder: a save made after that is reported. */
export async function watchDocs(
  root: string,
  onChange: (files: string[]) => Promise<void>,
  onError: (error: Error) => void,
  // Over chokidar's 50 ms: it drops a page's further `change` events for 50 ms after one, so a
  // batch read later than that sees every write whose event was dropped.
  debounceMs = 60,
): Promise<DocsWatcher> {
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running = false
  const flush = async () => {
    timer = undefined
    if (running || pending.size === 0) return
    running = true
    const files = [...pending].sort()
    pending.clear()
    try {
      await onChange(files)
    } finally {
      running = false
      if (pending.size > 0) schedule()
    }
  }
  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, debounceMs)
  }
  const docsPath = (path: string) => relative(root, path).split(sep).join('/')
  // What `readDocs` skips is not watched: symbolic links, dot-folders, node_modules.
  const watcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    ignored: (path) => isSkippedPath(docsPath(path)),
  })
  watcher.on('all', (event, path) => {
    if (event === 'addDir' || event === 'unlinkDir') return // their pages come as add / unlink
    const file = docsPath(path)
    if (!isDocsPage(file)) return
    pending.add(file)
    schedule()
  })
  await new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve)
    watcher.once('error', reject)
  })
  watcher.on('error', (error) => onError(error instanceof Error ? error : new Error(String(error))))
  return {
    async close() {
      if (timer) clearTimeout(timer)
      await watcher.close()
    },
  }
}
