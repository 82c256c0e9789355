/** test/fixtures/shape-api, and the edit that turns its enum `shelfColor` into a complex type (the
 *  `getColor` function's response then stops being `{ "value": … }`). */
import { fileURLToPath } from 'node:url'
import type { PageInput } from '../../src/read-docs.js'

export const SHAPE_API = fileURLToPath(new URL('../fixtures/shape-api', import.meta.url))

export function withComplexShelfColor(pages: readonly PageInput[]): PageInput[] {
  return pages.map((page) =>
    page.file === 'resources/shelfcolor.md'
      ? {
          ...page,
          text: '# shelfColor resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name of the color.|\n',
        }
      : page,
  )
}
