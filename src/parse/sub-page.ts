/**
 * A part of a page read as a page of its own: a heading and its subsections, the heading as the
 * page's H1 (other teams document a second call on a page under a heading of its own). The parts'
 * trees are the page's: each section is parsed once, whichever reads it.
 */
import type { Page } from './page.js'
import type { Section } from './sections.js'

export function subPage(page: Page, sections: readonly Section[]): Page {
  const shift = (sections[0]?.depth ?? 1) - 1
  const originals = new Map<Section, Section>()
  const shifted = sections.map((section) => {
    const copy = { ...section, depth: section.depth - shift }
    originals.set(copy, section)
    return copy
  })
  const own = (section: Section) => originals.get(section) ?? section
  return {
    ...page,
    sections: shifted,
    tree: (section) => page.tree(own(section)),
    blocks: (section) => page.blocks(own(section)),
    links: (section) => page.links(own(section)),
    paragraphs: (section) => page.paragraphs(own(section)),
  }
}
