/**
 * Split a Markdown page into front matter and heading sections with a line scanner that knows
 * fenced code, so that each section can be parsed by remark on its own (or never, when no
 * extractor needs it). Code-tab headings (`# [HTTP](#tab/http)`) are content, not sections.
 */

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

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const TAB_HEADING = /^\[[^\]]*\]\(#tab\/[^)]*\)$/

export function splitSections(text: string): SplitPage {
  const lines = text.split('\n')
  let index = 0
  let frontMatter: string | undefined
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line))
    if (end > 0) {
      frontMatter = lines.slice(1, end).join('\n')
      index = end + 1
    }
  }
  const sections: Section[] = []
  let current: Section = { depth: 0, title: '', line: index + 1, bodyLine: index + 1, text: '' }
  let body: string[] = []
  let fence: string | undefined
  const close = () => {
    current.text = body.join('\n')
    sections.push(current)
  }
  for (; index < lines.length; index++) {
    const line = lines[index] as string
    const fenceMatch = FENCE.exec(line)
    if (fence) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) {
        if (line.slice(line.indexOf(fenceMatch[1] ?? '') + (fenceMatch[1]?.length ?? 0)).trim() === '')
          fence = undefined
      }
      body.push(line)
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1]
      body.push(line)
      continue
    }
    const heading = ATX_HEADING.exec(line)
    const title = heading ? cleanHeading(heading[2] ?? '') : ''
    if (!heading || (heading[1]?.length === 1 && TAB_HEADING.test(title))) {
      body.push(line)
      continue
    }
    close()
    body = []
    current = { depth: heading[1]?.length ?? 1, title, line: index + 1, bodyLine: index + 2, text: '' }
  }
  close()
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
