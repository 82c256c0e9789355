/**
 * The reference page as text: its data is the model's, embedded once; its only scripts are its own
 * two, allowed by hash in its Content-Security-Policy; markup in the docs never becomes markup of
 * the page. (What it does in a browser: `browser.test.ts`.)
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { emitReference, REFERENCE_PAGE } from '../../src/emit/reference/emit-reference.js'
import { referenceData, UNGROUPED } from '../../src/emit/reference/reference-data.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { ROOT, SEED_DOCS } from '../server/helpers.js'

async function modelOf(dir: string): Promise<ApiModel> {
  return buildModel((await readDocs(dir)).pages)
}

function pageOf(model: ApiModel): string {
  const file = emitReference(model, shapeApi(model))
  expect(file.path).toBe(REFERENCE_PAGE)
  return file.text
}

const between = (text: string, open: string, close: string) =>
  [...text.matchAll(new RegExp(`${open}([\\s\\S]*?)${close}`, 'g'))].map((match) => match[1] ?? '')

describe('the reference page of the seed API', async () => {
  const model = await modelOf(SEED_DOCS)
  const page = pageOf(model)

  it('embeds the reference data once, as the model gives it', () => {
    const [data, ...more] = between(page, '<script type="application/json" id="reference-data">', '</script>')
    expect(more).toEqual([])
    expect(JSON.parse(data ?? '')).toEqual(JSON.parse(JSON.stringify(referenceData(model, shapeApi(model)))))
  })

  it('lets run only its own script and style, and connect only to its origin', () => {
    const [policy] = between(page, '<meta http-equiv="Content-Security-Policy" content="', '">')
    const scripts = between(page, '<script>', '</script>')
    const styles = between(page, '<style>', '</style>')
    expect([scripts.length, styles.length]).toEqual([1, 1])
    const hash = (text = '') => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(policy).toBe(
      `default-src 'none'; script-src ${hash(scripts[0])}; style-src ${hash(styles[0])}; connect-src 'self'; base-uri 'none'; form-action 'none'`,
    )
  })

  it('groups every operation under a resource, an action by the path of its collection', () => {
    const data = referenceData(model, shapeApi(model))
    const grouped = data.resources.flatMap((resource) => resource.operations.map((op) => op.id))
    expect(grouped.sort()).toEqual(model.operations.map((op) => op.id).sort())
    expect(data.resources.map((resource) => resource.name)).not.toContain(UNGROUPED)
    const actions = model.operations.filter((op) => op.kind === 'action' && !op.resources?.length)
    expect(actions.length).toBeGreaterThan(0)
  })

  it('sends the documented request: path and query without host and version', () => {
    const data = referenceData(model, shapeApi(model))
    for (const op of data.resources.flatMap((resource) => resource.operations)) {
      expect(op.try?.target, op.id).toMatch(/^\/deviceManagement\//)
    }
  })
})

describe('the reference page of pages made of markup and script', async () => {
  const page = pageOf(await modelOf(join(ROOT, 'test/fixtures/reference-hostile')))

  it('holds no markup from the docs: only its own elements open', () => {
    expect(page).toContain('\\u003cscript\\u003ewindow.__pwned')
    expect(page.match(/<script/g)).toHaveLength(2)
    expect(page.match(/<\/script/g)).toHaveLength(2)
    expect(page).not.toMatch(/<(img|svg|iframe|b)\b/i)
    const markup = page.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, '')
    expect(markup).not.toContain('__pwned')
    expect(markup).not.toMatch(/\son\w+=/i)
  })
})
