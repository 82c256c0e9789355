/**
 * A page ready for the extractors: front matter, heading sections, and each section's mdast
 * parsed on first use (sections no extractor asks for are never parsed).
 */
import type { Root } from 'mdast'
import { parse as parseYaml } from 'yaml'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, SourcePosition } from '../model.js'
import { pageDefinitions, resolveLinkReferences } from './link-definitions.js'
import { MAX_NESTING, parseMarkdownBounded } from './markdown.js'
import { type Section, splitSections } from './sections.js'

export interface Page {
  /** Docs-relative path with forward slashes. */
  file: string
  frontMatter: Record<string, unknown>
  sections: Section[]
  /** The mdast of one section's body, with page positions. */
  tree(section: Section): Root
  at(line: number, column?: number): SourcePosition
  diagnostics: Diagnostic[]
}

export function readPage(file: string, text: string): Page {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const split = splitSections(normalized)
  const definitions = pageDefinitions(normalized)
  const diagnostics: Diagnostic[] = []
  const at = (line: number, column = 1): SourcePosition => ({ file, line, column })
  const trees = new Map<Section, Root>()
  return {
    file,
    frontMatter: readFrontMatter(split.frontMatter, at(split.frontMatterLine), diagnostics),
    sections: split.sections,
    tree(section) {
      let tree = trees.get(section)
      if (!tree) {
        const parsed = parseMarkdownBounded(
          definitions === '' ? section.text : `${section.text}\n\n${definitions}\n`,
          section.bodyLine,
        )
        tree = parsed.tree
        if (definitions !== '') resolveLinkReferences(tree, lastLineOf(section))
        trees.set(section, tree)
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
    at,
    diagnostics,
  }
}

/** Page line of the last line of `section`'s body. */
function lastLineOf(section: Section): number {
  let lines = 0
  for (let i = section.text.indexOf('\n'); i >= 0; i = section.text.indexOf('\n', i + 1)) lines++
  return section.bodyLine + lines
}

function readFrontMatter(yaml: string | undefined, at: SourcePosition, diagnostics: Diagnostic[]) {
  if (yaml === undefined) return {}
  try {
    const value: unknown = parseYaml(yaml, { maxAliasCount: 10 })
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  } catch (error) {
    diagnostics.push(
      diagnostic('invalid-json', at, `Front matter is not valid YAML: ${(error as Error).message}`),
    )
    return {}
  }
}
