/**
 * A page ready for the extractors: front matter, heading sections, and each section's mdast
 * parsed on first use (sections no extractor asks for are never parsed).
 */

import type { Paragraph, Root } from 'mdast'
import { parse as parseYaml } from 'yaml'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, SourcePosition } from '../model.js'
import { joinBrokenRows } from './broken-rows.js'
import { type LightBlocks, lightBlocks } from './light-blocks.js'
import { withLineFeeds } from './line-scanner.js'
import { pageDefinitions } from './link-definitions.js'
import { cutOff, MAX_NESTING, MAX_RUN_MARKUP } from './markdown.js'
import { type ParseMode, parseModeFrom } from './parse-mode.js'
import { type MendedRow, mendDelimiterRows } from './pipe-tables.js'
import { plainParagraphs, proseLinks } from './prose-links.js'
import { parseSectionBody } from './section-tree.js'
import { type Section, splitSections } from './sections.js'
import { simpleFrontMatter } from './simple-front-matter.js'
import { dropMarkerRows, pivotAt, readZones } from './zones.js'

export interface Page {
  /** Docs-relative path with forward slashes. */
  file: string
  frontMatter: Record<string, unknown>
  sections: Section[]
  /** The mdast of one section's body, with page positions. */
  tree(section: Section): Root
  /** For readers of code blocks and annotations only: `tree(section)`, or for a plain section
   *  its block structure read without remark (`lightBlocks`: paragraphs without inline content). */
  blocks(section: Section): Root
  /** For readers of links only: `tree(section)`, or for a plain section a tree of the links of
   *  its heading and prose lines alone (empty when they hold no `[`; see `prose-links.ts`). */
  links(section: Section): Root
  /** For readers of paragraph text and links only: the top-level paragraphs of `tree(section)`,
   *  or for a plain section in simple shapes the same paragraphs without positions (`plainParagraphs`). */
  paragraphs(section: Section): Paragraph[]
  at(line: number, column?: number): SourcePosition
  /** The zone pivot (`:::zone pivot="graph-v1"`) whose zone holds `line`, if any (`zones.ts`). */
  pivotAt(line: number): string | undefined
  diagnostics: Diagnostic[]
}

/** A line that may be a delimiter row: a pipe at column 1, then a dash, perhaps after a colon. */
const DELIMITER_START = /^\|[ \t]*:?-/m

/** `text` with its mismatched delimiter rows rewritten (`mendDelimiterRows`); lines keep their places. */
function withDelimiterRowsMended(text: string): { text: string; mended: MendedRow[] } {
  if (!DELIMITER_START.test(text)) return { text, mended: [] }
  const lines = text.split('\n')
  const mended = mendDelimiterRows(lines)
  return mended.length === 0 ? { text, mended } : { text: lines.join('\n'), mended }
}

/**
 * Read a page: `mode` `fast` lets the light readers answer `blocks`, `links`, `paragraphs` and
 * the front matter where they can; `remark` answers all of them from `tree` and the YAML parser.
 */
export function readPage(file: string, text: string, mode: ParseMode = parseModeFrom(process.env)): Page {
  const zoned = readZones(withLineFeeds(text.replace(/^\uFEFF/, '')))
  const { text: normalized, mended } = withDelimiterRowsMended(zoned.text)
  const split = splitSections(normalized)
  const definitions = pageDefinitions(normalized)
  const at = (line: number, column = 1): SourcePosition => ({ file, line, column })
  const diagnostics: Diagnostic[] = mended.map(({ line, cells, expected }) =>
    diagnostic(
      'malformed-table',
      at(line + 1),
      `Unexpected ${cells} cells in the table's delimiter row, expected ${expected} as its header has: GitHub shows no table here; read as a table of the header's cells`,
    ),
  )
  const trees = new Map<Section, Root>()
  let lines: string[] | undefined
  const pageLines = () => {
    lines ??= normalized.split('\n')
    return lines
  }
  const light = new Map<Section, LightBlocks | null>()
  const plain = (section: Section): LightBlocks | null => {
    if (mode === 'remark') return null
    let blocks = light.get(section)
    if (blocks === undefined) {
      blocks = lightBlocks(section.text, section.bodyLine) ?? null
      light.set(section, blocks)
    }
    return blocks
  }
  return {
    file,
    frontMatter: readFrontMatter(split.frontMatter, at(split.frontMatterLine), diagnostics, mode),
    sections: split.sections,
    tree(section) {
      let tree = trees.get(section)
      if (!tree) {
        const parsed = parseSectionBody(section.text, definitions, section.bodyLine, mode)
        tree = parsed.tree
        if (zoned.markerRows.length > 0) dropMarkerRows(tree, zoned.markerRows)
        // Only a section with a pipe can hold a table.
        const joined = section.text.includes('|') ? joinBrokenRows(tree, pageLines()) : []
        for (const { line, row } of joined)
          diagnostics.push(
            diagnostic(
              'broken-table-row',
              at(line),
              `Unexpected table line without its leading pipe after a row without its closing one (line ${row}), expected each row on one line; read as the end of that row`,
            ),
          )
        trees.set(section, tree)
        if (parsed.markupCutAt !== undefined)
          diagnostics.push(
            diagnostic(
              'too-much-markup',
              at(parsed.markupCutAt),
              `Unexpected paragraph or table row with more than ${MAX_RUN_MARKUP} markup characters (brackets, backslashes, emphasis…) outside a code block, expected fewer; not read`,
            ),
          )
        if (parsed.truncatedAt !== undefined)
          diagnostics.push(
            diagnostic(
              'nesting-too-deep',
              at(parsed.truncatedAt),
              `Unexpected Markdown nested more than ${MAX_NESTING} levels deep, expected shallower content; the rest is ignored`,
            ),
          )
      }
      return tree
    },
    blocks(section) {
      return trees.get(section) ?? plain(section)?.tree ?? this.tree(section)
    },
    links(section) {
      const known = trees.get(section)
      const scanned = known ? undefined : plain(section)
      if (!scanned) return known ?? this.tree(section)
      if (scanned.linkFree) return { type: 'root', children: [] }
      const simple = proseLinks(scanned.prose, section.bodyLine)
      if (simple) return simple
      const parsed = parseSectionBody(scanned.prose, definitions, section.bodyLine, mode)
      return cutOff(parsed) ? this.tree(section) : parsed.tree
    },
    paragraphs(section) {
      const scanned = trees.has(section) ? undefined : plain(section)
      const read = scanned && plainParagraphs(section.text, scanned.tree, section.bodyLine)
      return read || this.tree(section).children.filter((node) => node.type === 'paragraph')
    },
    at,
    pivotAt: (line) => pivotAt(zoned.zones, line),
    diagnostics,
  }
}

function readFrontMatter(
  yaml: string | undefined,
  at: SourcePosition,
  diagnostics: Diagnostic[],
  mode: ParseMode,
) {
  if (yaml === undefined) return {}
  const simple = mode === 'fast' ? simpleFrontMatter(yaml) : undefined
  if (simple) return simple
  try {
    const value: unknown = parseYaml(yaml, { maxAliasCount: 10 })
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  } catch (error) {
    // Nested too deep for the parser's stack: its message is the engine's, not about the page.
    const exhausted =
      (error as { code?: unknown }).code === 'RESOURCE_EXHAUSTION' || error instanceof RangeError
    const reason = exhausted ? 'nested too deeply' : (error as Error).message
    diagnostics.push(diagnostic('invalid-json', at, `Front matter is not valid YAML: ${reason}`))
    return {}
  }
}
