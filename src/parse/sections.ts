/**
 * Split a Markdown page into front matter and heading sections at the ATX headings the line
 * scanner finds (never inside fenced code or HTML), so that each section can be parsed by remark
 * on its own (or never, when no extractor needs it). Code-tab headings (`# [HTTP](#tab/http)`)
 * are content, not sections.
 */
import { scanLines } from './line-scanner.js'

export interface Section {
  /** Heading depth (1–6); 0 for the text before the first heading. */
  depth: number
  /** Heading text with Markdown emphasis and trailing `#`s removed. */
  title: string
  /** 1-based line of the heading in the page (of the first content line for depth 0). */
  line: number
  /** 1-based line where `text` starts (the line after the heading). */
  bodyLine: number
  /** The section's body, up to the next heading of any depth. */
  text: string
}

export interface SplitPage {
  /** Raw YAML between the `---` fences, when the page starts with front matter. */
  frontMatter?: string
  frontMatterLine: number
  sections: Section[]
}

const TAB_HEADING = /^\[[^\]]*\]\(#tab\/[^)]*\)$/

export function splitSections(text: string): SplitPage {
  const lines = text.split('\n')
  let start = 0
  let frontMatter: string | undefined
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line))
    if (end > 0) {
      frontMatter = lines.slice(1, end).join('\n')
      start = end + 1
    }
  }
  const sections: Section[] = []
  let current: Section = { depth: 0, title: '', line: start + 1, bodyLine: start + 1, text: '' }
  let bodyStart = start
  const close = (end: number) => {
    current.text = lines.slice(bodyStart, end).join('\n')
    sections.push(current)
  }
  for (const block of scanLines(lines, start)) {
    if (block.kind !== 'heading') continue
    const title = cleanHeading(block.text)
    if (block.depth === 1 && TAB_HEADING.test(title)) continue
    close(block.start)
    current = { depth: block.depth, title, line: block.start + 1, bodyLine: block.start + 2, text: '' }
    bodyStart = block.start + 1
  }
  close(lines.length)
  return { frontMatter, frontMatterLine: 2, sections }
}

function cleanHeading(raw: string): string {
  return raw
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The first section whose title matches, compared case-insensitively (`HTTP Request` = `HTTP request`). */
export function findSection(sections: readonly Section[], title: string | RegExp): Section | undefined {
  return sections.find((section) => matchesTitle(section, title))
}

export function matchesTitle(section: Section, title: string | RegExp): boolean {
  return typeof title === 'string'
    ? section.title.toLowerCase() === title.toLowerCase()
    : title.test(section.title)
}

/**
 * The sections nested under `parent` (deeper headings until one of the same or lower depth),
 * with `parent` itself first.
 */
export function sectionWithChildren(sections: readonly Section[], parent: Section): Section[] {
  const start = sections.indexOf(parent)
  const result = [parent]
  for (let i = start + 1; i < sections.length; i++) {
    const section = sections[i] as Section
    if (section.depth <= parent.depth) break
    result.push(section)
  }
  return result
}

/** The anchor a heading gets in the rendered docs: `### calendarRoleType values` → `calendarroletype-values`. */
export function headingSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-')
}
