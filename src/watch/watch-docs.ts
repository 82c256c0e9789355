/**
 * Watch a docs folder (`fs.watch`, recursive) and report the docs-relative `.md` paths that
 * changed, batched: `onChange` runs once the folder has been quiet for `debounceMs`, never twice
 * at the same time (changes arriving meanwhile make the next batch).
 */
import { watch } from 'node:fs'
import { sep } from 'node:path'
import { isDocsPage } from './docs-state.js'

export interface DocsWatcher {
  close(): void
}

export function watchDocs(
  root: string,
  onChange: (files: string[]) => Promise<void>,
  debounceMs = 40,
): DocsWatcher {
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
  const watcher = watch(root, { recursive: true }, (_event, name) => {
    if (!name) return
    const file = name.toString().split(sep).join('/')
    if (!isDocsPage(file)) return
    pending.add(file)
    schedule()
  })
  return {
    close() {
      if (timer) clearTimeout(timer)
      watcher.close()
    },
  }
}
