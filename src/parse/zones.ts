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
 * fenced code or HTML blocks are text. Between two rows of a table an empty line would end it (the
 * rows below would read as a paragraph), so there a marker becomes an empty row, `| |`, which
 * `dropMarkerRows` takes out of the parsed table:
 *   | a | String | A. |
 *   :::zone pivot="graph-v1"          ← `| |`: the table goes on, the row is dropped
 *   | b | String | B. |
 */
import type { Root } from 'mdast'
import { type LineBlock, scanLines } from './line-scanner.js'
import { delimiterAlign } from './pipe-tables.js'
import { forEachTable } from './table.js'

/** The lines (1-based, inclusive) a zone holds, between its markers. */
export interface Zone {
  pivot: string
  start: number
  end: number
}

const ZONE_START = /^ {0,3}:::[ \t]*zone[ \t]+(?:[\w-]+[ \t]*=[ \t]*"[^"]*"[ \t]*)*$/
const PIVOT = /\bpivot[ \t]*=[ \t]*"([^"]*)"/
const ZONE_END = /^ {0,3}:::[ \t]*zone-end[ \t]*$/

export interface ZonedText {
  /** The text with its markers blanked (`| |` between table rows). */
  text: string
  zones: Zone[]
  /** The lines (1-based) of the markers made table rows, for `dropMarkerRows`. */
  markerRows: number[]
}

const MARKER_ROW = '| |'

/** `text` with its zone markers blanked, and the zones they delimit. */
export function readZones(text: string): ZonedText {
  if (!text.includes(':::')) return { text, zones: [], markerRows: [] }
  const lines = text.split('\n')
  const zones: Zone[] = []
  const markers: number[] = []
  let open: { pivot: string; start: number } | undefined
  const blocks = scanLines(lines)
  for (const block of blocks) {
    if (block.kind !== 'text') continue
    for (let index = block.start; index <= block.end; index++) {
      const line = lines[index] as string
      if (ZONE_START.test(line)) {
        open = { pivot: PIVOT.exec(line)?.[1] ?? '', start: index + 2 }
      } else if (ZONE_END.test(line)) {
        if (open) zones.push({ ...open, end: index })
        open = undefined
      } else continue
      markers.push(index)
    }
  }
  // A zone left open runs to the end of the page.
  if (open) zones.push({ ...open, end: lines.length })
  if (markers.length === 0) return { text, zones, markerRows: [] }
  const inTable = markersInTables(lines, blocks, markers)
  for (const index of markers) lines[index] = inTable.has(index) ? MARKER_ROW : ''
  return { text: lines.join('\n'), zones, markerRows: [...inTable].map((index) => index + 1) }
}

/**
 * The markers (0-based line indexes) that sit between two rows of one table: the lines around
 * their run are table rows, and the rows above (markers stepped over) start with a header and a
 * delimiter row, `|:--|:--|`.
 */
function markersInTables(
  lines: readonly string[],
  blocks: readonly LineBlock[],
  markers: number[],
): Set<number> {
  const isMarker = new Set(markers)
  const isRow = lines.map(() => false)
  for (const block of blocks) if (block.kind === 'table-row') isRow[block.start] = true
  const inTable = new Set<number>()
  for (const index of markers) {
    if (inTable.has(index) || isMarker.has(index - 1)) continue
    let after = index
    while (isMarker.has(after)) after++
    let top = index - 1
    while (top >= 0 && (isRow[top] || isMarker.has(top))) top--
    const header = top + 1
    const underHeader =
      header + 1 < index &&
      !isMarker.has(header) &&
      !isMarker.has(header + 1) &&
      delimiterAlign(lines[header + 1] ?? '') !== undefined
    if (isRow[index - 1] && isRow[after] && underHeader)
      for (let run = index; run < after; run++) inTable.add(run)
  }
  return inTable
}

/** Take the rows `readZones` made of markers (`markerRows`) out of the tables of a parsed tree. */
export function dropMarkerRows(tree: Root, markerRows: readonly number[]): void {
  forEachTable(tree, (table) => {
    table.children = table.children.filter((row) => !markerRows.includes(row.position?.start.line ?? 0))
  })
}

/** The pivot whose zone holds `line`, if any. */
export function pivotAt(zones: readonly Zone[], line: number): string | undefined {
  return zones.find((zone) => zone.start <= line && line <= zone.end)?.pivot
}
