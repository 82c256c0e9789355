/**
 * The fast readers over every corpus page: where they accept a section (or front matter), they
 * read what remark (or the YAML parser) reads.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { lightBlocks } from '../../src/parse/light-blocks.js'
import { lightTree } from '../../src/parse/light-tree.js'
import { pageDefinitions } from '../../src/parse/link-definitions.js'
import { proseLinks } from '../../src/parse/prose-links.js'
import { markersAreText, parseSectionBody } from '../../src/parse/section-tree.js'
import { type Section, splitSections } from '../../src/parse/sections.js'
import { simpleFrontMatter } from '../../src/parse/simple-front-matter.js'
import { corpusDir } from '../support/corpus.js'
import { fastParagraphs, linkSummary, readable, remarkParagraphs } from './fast-reader-views.js'

/** Each corpus page's name and text. */
function* corpusPages(): Generator<[string, string]> {
  for (const folder of ['api', 'resources'])
    for (const name of readdirSync(join(corpusDir, folder)).filter((file) => file.endsWith('.md')))
      yield [name, readFileSync(join(corpusDir, folder, name), 'utf8')]
}

/** Each section of each corpus page, with the page's link definitions (`pageDefinitions`). */
function forEachCorpusSection(visit: (name: string, section: Section, definitions: string) => void) {
  for (const [name, text] of corpusPages()) {
    const normalized = text.replace(/\r\n?/g, '\n')
    const definitions = pageDefinitions(normalized)
    for (const section of splitSections(normalized).sections) visit(name, section, definitions)
  }
}

describe('parseSectionBody', () => {
  it('makes of every corpus section, fast, the tree remark makes, positions included', () => {
    let light = 0
    forEachCorpusSection((name, section, definitions) => {
      if (lightTree(section.text, section.bodyLine, markersAreText(definitions))) light++
      const fast = parseSectionBody(section.text, definitions, section.bodyLine, 'fast').tree
      const remark = parseSectionBody(section.text, definitions, section.bodyLine, 'remark').tree
      expect(fast, `${name} line ${section.line}`).toEqual(remark)
    })
    // Most sections are read by the light reader alone.
    expect(light).toBeGreaterThan(5000)
  })
})

describe('proseLinks', () => {
  it('reads every corpus section it accepts as remark does', () => {
    let accepted = 0
    forEachCorpusSection((name, section) => {
      const scanned = lightBlocks(section.text, section.bodyLine)
      const fast = scanned && !scanned.linkFree && proseLinks(scanned.prose, section.bodyLine)
      if (!scanned || !fast) return
      accepted++
      const remark = parseSectionBody(scanned.prose, '', section.bodyLine, 'remark').tree
      expect(linkSummary(fast), `${name} line ${section.line}`).toEqual(linkSummary(remark))
    })
    expect(accepted).toBeGreaterThan(1000)
  })
})

describe('plainParagraphs', () => {
  it('reads every corpus section it accepts as remark does', () => {
    let accepted = 0
    forEachCorpusSection((name, section) => {
      const fast = fastParagraphs(section.text, section.bodyLine)
      if (!fast) return
      accepted++
      const remark = remarkParagraphs(section.text, section.bodyLine)
      expect(readable(fast), `${name} line ${section.line}`).toEqual(readable(remark))
    })
    expect(accepted).toBeGreaterThan(1000)
  })
})

describe('simpleFrontMatter', () => {
  it('reads the corpus front matter as YAML does', () => {
    let accepted = 0
    for (const [name, text] of corpusPages()) {
      const yaml = splitSections(text).frontMatter
      const simple = yaml === undefined ? undefined : simpleFrontMatter(yaml)
      if (yaml === undefined || !simple) continue
      accepted++
      expect(simple, name).toEqual(parseYaml(yaml))
    }
    expect(accepted).toBeGreaterThan(1000)
  })
})
