/**
 * A section body → the mdast remark makes of it (with the page's link definitions appended): by
 * the light reader (`light-tree.ts`) where it reads the body, else with its pipe tables built by
 * `scanPipeTables` instead of micromark:
 *   - the rest of the body (tables replaced by empty lines) goes through the light reader or
 *     remark, and confirms that each table stands on its own: no block of the rest spans its
 *     lines, and the line above it is blank or ends a top-level paragraph (which a table
 *     interrupts);
 *   - a cell without inline markup becomes one text node; the others are parsed together as
 *     the rows of one synthetic one-column table, so that they read exactly as in a table cell
 *     (`\|` in code, link references to the page's definitions).
 * Anything else (a table the rest does not confirm, deep nesting, many emphasis delimiters, a
 * link definition only remark sees) parses the whole body with remark, as before.
 */
import type { Nodes, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast'
import type { Point, Position } from 'unist'
import { lightTree, lineStarts } from './light-tree.js'
import { resolveLinkReferences } from './link-definitions.js'
import {
  countDelimiters,
  cutOff,
  MAX_DELIMITERS,
  type ParsedMarkdown,
  parseMarkdownBounded,
} from './markdown.js'
import type { ParseMode } from './parse-mode.js'
import { type ScannedCell, type ScannedTable, scanPipeTables } from './pipe-tables.js'
import { simpleInline } from './simple-inline.js'

/** The text a section is parsed as: its body, then the page's link definitions. */
export function withDefinitions(body: string, definitions: string): string {
  return definitions === '' ? body : `${body}\n\n${definitions}\n`
}

/**
 * The tree of a section body: `parseMarkdownBounded(withDefinitions(body, definitions))` with
 * the link references resolved (see `link-definitions.ts`); in `fast` mode with its tables
 * scanned when they can be.
 */
export function parseSectionBody(
  body: string,
  definitions: string,
  firstLine: number,
  mode: ParseMode,
): ParsedMarkdown {
  const lastLine = firstLine + lineCount(body) - 1
  const hasTable = body.includes('\n|') || body.startsWith('|')
  const scanned = mode === 'fast' && hasTable ? scannedTree(body, definitions, firstLine) : undefined
  if (scanned) return { tree: scanned }
  const light =
    mode === 'fast' && !hasTable ? lightTree(body, firstLine, markersAreText(definitions)) : undefined
  if (light)
    return {
      tree: {
        type: 'root',
        children: light,
        position: rootPosition(withDefinitions(body, definitions), firstLine),
      },
    }
  const parsed = parseMarkdownBounded(withDefinitions(body, definitions), firstLine)
  if (definitions !== '') resolveLinkReferences(parsed.tree, lastLine)
  return parsed
}

function scannedTree(body: string, definitions: string, firstLine: number): Root | undefined {
  const text = withDefinitions(body, definitions)
  if (countDelimiters(text) > MAX_DELIMITERS) return undefined
  const lines = body.split('\n')
  const tables = scanPipeTables(lines)
  if (tables.length === 0) return undefined
  const rest = parseRest(lines, tables, definitions, firstLine)
  const cells = rest && parseCells(lines, tables, definitions, firstLine)
  if (!rest || !cells) return undefined
  const children: RootContent[] = []
  let next = 0
  for (const table of tables) {
    const line = firstLine + table.first
    while (next < rest.length && lineOf(rest[next] as RootContent, 'start') < line)
      children.push(rest[next++] as RootContent)
    children.push(tableNode(lines, table, cells, firstLine))
  }
  children.push(...rest.slice(next))
  return { type: 'root', children, position: rootPosition(text, firstLine) }
}

/** Whether DocFX markers (`[!NOTE]`) are text on a page of these link definitions (each a line of
 *  `pageDefinitions`): no label defines one, as labels are read (`[ !note]` too). */
export function markersAreText(definitions: string): boolean {
  return !/^\[[ \t]*!/m.test(definitions)
}

/** The position remark gives the root of `text`, whose first line is page line `firstLine`. */
function rootPosition(text: string, firstLine: number): Position {
  // Counted, not split: a section's text (with the page's definitions) is measured for every section.
  const lastStart = text.lastIndexOf('\n') + 1
  return {
    start: { line: firstLine, column: 1, offset: 0 },
    end: { line: firstLine + lineCount(text) - 1, column: text.length - lastStart + 1, offset: text.length },
  }
}

/**
 * The blocks of everything but the tables (page positions, references resolved), by the light
 * reader or remark, or undefined when they do not confirm the tables, remark cut something off,
 * or the body defines a link itself (a cell may use it; the cells are parsed with the page's
 * definition lines only).
 */
function parseRest(
  lines: readonly string[],
  tables: readonly ScannedTable[],
  definitions: string,
  firstLine: number,
): RootContent[] | undefined {
  const kept = [...lines]
  for (const table of tables) kept.fill('', table.first, table.last + 1)
  if (kept.every((line) => line.trim() === '')) return []
  const text = kept.join('\n')
  const blocks =
    lightTree(text, firstLine, markersAreText(definitions)) ??
    remarkBlocks(text, definitions, firstLine, firstLine + lines.length - 1)
  if (!blocks) return undefined
  const removed = removedBefore(lines, tables)
  for (const child of blocks)
    walkPoints(child, (point) => {
      if (point.offset !== undefined)
        point.offset += removed[Math.min(point.line - firstLine, lines.length)] as number
    })
  for (const table of tables) {
    const first = firstLine + table.first
    const last = firstLine + table.last
    if (blocks.some((node) => lineOf(node, 'start') <= last && lineOf(node, 'end') >= first)) return undefined
    const above = lines[table.first - 1]
    if (above !== undefined && above.trim() !== '') {
      const paragraph = blocks.find((node) => lineOf(node, 'end') === first - 1)
      if (paragraph?.type !== 'paragraph') return undefined
    }
  }
  return blocks
}

/** remark's blocks of `text` (page lines up to `lastLine`) with the references resolved, or
 *  undefined when remark cut something off or the text defines a link itself. */
function remarkBlocks(
  text: string,
  definitions: string,
  firstLine: number,
  lastLine: number,
): RootContent[] | undefined {
  const parsed = parseMarkdownBounded(withDefinitions(text, definitions), firstLine)
  if (cutOff(parsed) || definesLinks(parsed.tree, lastLine)) return undefined
  if (definitions !== '') resolveLinkReferences(parsed.tree, lastLine)
  return parsed.tree.children
}

/** The cells' inline content by row line and cell index, or undefined when remark cut something off. */
type CellContents = Map<string, PhrasingContent[]>

const INLINE_MARKUP = /[\\`*_<&[\]!]/

function parseCells(
  lines: readonly string[],
  tables: readonly ScannedTable[],
  definitions: string,
  firstLine: number,
): CellContents | undefined {
  const contents: CellContents = new Map()
  const rows = ['| x |', '| - |']
  const sources: { line: number; cell: ScannedCell }[] = []
  const starts = lineStarts(lines)
  for (const table of tables)
    for (const row of table.rows)
      for (const cell of row.cells) {
        const content = (lines[row.line] as string).slice(cell.contentStart, cell.contentEnd)
        if (!INLINE_MARKUP.test(content)) continue
        const at = (index: number): Point => ({
          line: firstLine + row.line,
          column: cell.contentStart + index + 1,
          offset: (starts[row.line] as number) + cell.contentStart + index,
        })
        const simple = simpleInline(content, at)
        if (simple) {
          contents.set(`${row.line}:${cell.start}`, simple)
          continue
        }
        rows.push(`| ${content} |`)
        sources.push({ line: row.line, cell })
      }
  if (sources.length === 0) return contents
  const parsed = parseMarkdownBounded(withDefinitions(rows.join('\n'), definitions))
  if (definitions !== '') resolveLinkReferences(parsed.tree, rows.length)
  const table = parsed.tree.children[0]
  if (cutOff(parsed) || table?.type !== 'table' || table.children.length !== rows.length - 1) return undefined
  sources.forEach(({ line, cell }, index) => {
    const synthetic = table.children[index + 1]?.children[0]
    const children = (synthetic?.children ?? []) as PhrasingContent[]
    // Row `index + 3` of the synthetic text, content from its column 3.
    const rowOffset = (synthetic?.position?.start.offset ?? 0) + 2
    const pageLine = firstLine + line
    const offset = (starts[line] as number) + cell.contentStart
    for (const child of children)
      walkPoints(child, (point) => {
        point.line = pageLine
        point.column += cell.contentStart - 2
        if (point.offset !== undefined) point.offset += offset - rowOffset
      })
    contents.set(`${line}:${cell.start}`, children)
  })
  return contents
}

function tableNode(
  lines: readonly string[],
  table: ScannedTable,
  cells: CellContents,
  firstLine: number,
): Table {
  const starts = lineStarts(lines)
  const point = (line: number, index: number): Point => ({
    line: firstLine + line,
    column: index + 1,
    offset: (starts[line] as number) + index,
  })
  const rows = table.rows.map((row): TableRow => {
    const line = lines[row.line] as string
    const children = row.cells.map((cell): TableCell => {
      const content = line.slice(cell.contentStart, cell.contentEnd)
      const inline: PhrasingContent[] =
        cells.get(`${row.line}:${cell.start}`) ??
        (content === ''
          ? []
          : [
              {
                type: 'text',
                value: content,
                position: {
                  start: point(row.line, cell.contentStart),
                  end: point(row.line, cell.contentEnd),
                },
              },
            ])
      return {
        type: 'tableCell',
        children: inline,
        position: { start: point(row.line, cell.start), end: point(row.line, cell.end) },
      }
    })
    return {
      type: 'tableRow',
      children,
      position: { start: point(row.line, 0), end: point(row.line, line.length) },
    }
  })
  const lastLine = lines[table.last] as string
  return {
    type: 'table',
    align: table.align,
    children: rows,
    position: { start: point(table.first, 0), end: point(table.last, lastLine.length) },
  }
}

/** For each 0-based line, the characters the tables above it took out of the text. */
function removedBefore(lines: readonly string[], tables: readonly ScannedTable[]): number[] {
  const removed: number[] = []
  let total = 0
  let table = 0
  for (let index = 0; index < lines.length; index++) {
    removed.push(total)
    const current = tables[table]
    if (current && index >= current.first && index <= current.last) {
      total += (lines[index] as string).length
      if (index === current.last) table++
    }
  }
  removed.push(total)
  return removed
}

function walkPoints(root: Nodes, visit: (point: Point) => void): void {
  const stack: Nodes[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      visit(node.position.start)
      visit(node.position.end)
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
}

function lineOf(node: RootContent, end: 'start' | 'end'): number {
  return node.position?.[end].line ?? 0
}

/** Whether a definition starts in the body (at or above `lastLine`), at any depth. */
function definesLinks(tree: Root, lastLine: number): boolean {
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition' && (node.position?.start.line ?? 0) <= lastLine) return true
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return false
}

function lineCount(text: string): number {
  let lines = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
  return lines
}
