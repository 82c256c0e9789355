/**
 * docfx zone pivots: a page that names a pivot group in its front matter (`zone_pivot_groups:
 * graph-api-versions`) shows each zone only for its choice of the pivot, so the zones of one
 * place are alternatives of the same content (a Properties table per API version):
 *   :::zone pivot="graph-v1"          ← marker: blanked, the lines up to `:::zone-end` are in `graph-v1`
 *   | relevanceScore | Float | … |
 *   :::zone-end                       ← marker: blanked
 *   ::: zone pivot="graph-preview"    ← also written with a space
 * The markers are no content (they would join the paragraph or table around them), so they are
 * blanked before the page is read: the line stays, empty, and every position holds. Markers inside
 * fenced code or HTML blocks are text.
 */
import { scanLines } from './line-scanner.js'

/** The lines (1-based, inclusive) a zone holds, between its markers. */
export interface Zone {
  pivot: string
  start: number
  end: number
}

const ZONE_START = /^ {0,3}:::[ \t]*zone[ \t]+(?:[\w-]+[ \t]*=[ \t]*"[^"]*"[ \t]*)*$/
const PIVOT = /\bpivot[ \t]*=[ \t]*"([^"]*)"/
const ZONE_END = /^ {0,3}:::[ \t]*zone-end[ \t]*$/

/** `text` with its zone markers blanked, and the zones they delimit. */
export function readZones(text: string): { text: string; zones: Zone[] } {
  if (!text.includes(':::')) return { text, zones: [] }
  const lines = text.split('\n')
  const zones: Zone[] = []
  let open: { pivot: string; start: number } | undefined
  let blanked = false
  for (const block of scanLines(lines)) {
    if (block.kind !== 'text') continue
    for (let index = block.start; index <= block.end; index++) {
      const line = lines[index] as string
      if (ZONE_START.test(line)) {
        open = { pivot: PIVOT.exec(line)?.[1] ?? '', start: index + 2 }
      } else if (ZONE_END.test(line)) {
        if (open) zones.push({ ...open, end: index })
        open = undefined
      } else continue
      lines[index] = ''
      blanked = true
    }
  }
  // A zone left open runs to the end of the page.
  if (open) zones.push({ ...open, end: lines.length })
  return blanked ? { text: lines.join('\n'), zones } : { text, zones }
}

/** The pivot whose zone holds `line`, if any. */
export function pivotAt(zones: readonly Zone[], line: number): string | undefined {
  return zones.find((zone) => zone.start <= line && line <= zone.end)?.pivot
}
