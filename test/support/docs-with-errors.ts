import { cpSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A copy of the seeds in `parent`, with `errors` more pages holding an invalid JSON block each. */
export function docsWithErrors(parent: string, errors: number): string {
  const docs = join(parent, `errors-${errors}`)
  cpSync('input-docs', docs, { recursive: true })
  for (let n = 0; n < errors; n++)
    writeFileSync(
      join(docs, `broken-${n}.md`),
      `# Broken ${n}\n\n<!-- { "blockType": "resource" -->\n\`\`\`json\n{ "a": }\n\`\`\`\n`,
    )
  return docs
}
