/**
 * The floor of the bench: bare unified + remark-parse + remark-gfm over every Markdown page of a
 * folder, nothing else. `node dist/bench/floor.js <docs-dir>`.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

const dir = process.argv[2]
if (!dir) throw new Error('usage: floor.js <docs-dir>')
const processor = unified().use(remarkParse).use(remarkGfm)
let pages = 0
for (const file of await markdownFiles(dir)) {
  processor.parse(await readFile(file, 'utf8'))
  pages++
}
process.stdout.write(`${pages}\n`)
