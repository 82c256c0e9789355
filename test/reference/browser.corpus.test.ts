/**
 * The interactive reference in a real headless Chromium (Debian's `/usr/bin/chromium`, driven by
 * playwright-core), served by `doc2ts mock` over loopback: on the seed API it loads without a page
 * error or a request to another origin, lists every (method, path) of the model, filters as you
 * type and "Try it" shows the mock's answer; on pages made of markup and script it runs none of it.
 * A screenshot is saved to test-results/reference.png. A corpus-project test: two servers and a
 * browser.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningMock, startMockServer } from '../../src/mock/serve.js'
import { readDocs } from '../../src/read-docs.js'
import { ROOT, SEED_DOCS } from '../server/helpers.js'
import { type Browser, launchChromium } from '../support/chromium.js'

const HOSTILE_DOCS = join(ROOT, 'test/fixtures/reference-hostile')
const SCREENSHOT = join(ROOT, 'test-results/reference.png')

let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
  context = browser.context
})
afterAll(() => browser?.close())

/** What a page did: its errors, dialogs, and every request, those to another origin aborted. */
interface Watched {
  page: Page
  errors: string[]
  dialogs: string[]
  requests: string[]
}

async function openReference(mock: RunningMock): Promise<Watched> {
  const page = await context.newPage()
  const watched: Watched = { page, errors: [], dialogs: [], requests: [] }
  page.on('pageerror', (error) => watched.errors.push(error.message))
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.route('**/*', (route) => {
    const url = route.request().url()
    watched.requests.push(url)
    return new URL(url).origin === mock.url ? route.continue() : route.abort()
  })
  await page.goto(`${mock.url}/`)
  await page.waitForSelector('#count:not(:empty)')
  return watched
}

/** Expressions run in the page (as text: this project's types have no DOM). */
const BROWSER = {
  pwned: 'window.__pwned',
  /** Attributes that would run code: event handlers and javascript: URLs. */
  handlers: `[...document.querySelectorAll('*')].flatMap((node) => [...node.attributes])
    .filter((a) => a.name.startsWith('on') || /javascript:/i.test(a.value)).length`,
  /** Every "Try it" output shows a status line. */
  answered: `[...document.querySelectorAll('.try-status')].every((status) => /^\\d{3} /.test(status.textContent))`,
}

/** Wait until `expression`, evaluated from outside the page (as `page.evaluate` does), is true. */
async function waitUntil(page: Page, expression: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

interface Served {
  mock: RunningMock
  watched: Watched
}

/** In the enclosing describe: a mock of `docsDir` on loopback, its reference open in a page. */
function serveReference(docsDir: string): Served {
  const served = {} as Served
  beforeAll(async () => {
    served.mock = await startMockServer((await readDocs(docsDir)).pages, { port: 0, log: false })
    served.watched = await openReference(served.mock)
  })
  afterAll(async () => {
    await served.watched?.page.close()
    await served.mock?.close()
  })
  return served
}

function toOtherOrigins({ mock, watched }: Served): string[] {
  return watched.requests.filter((url) => new URL(url).origin !== mock.url)
}

describe('the reference of the seed API, served by the mock', () => {
  const served = serveReference(SEED_DOCS)

  it('loads with no page error and no request to another origin', () => {
    expect(served.watched.errors).toEqual([])
    expect(served.watched.requests.length).toBeGreaterThan(0)
    expect(toOtherOrigins(served)).toEqual([])
  })

  it('lists every (method, path) of the model', async () => {
    const listed = await served.watched.page
      .locator('.op .route')
      .evaluateAll((routes) =>
        routes.map((route) => `${route.getAttribute('data-method')} ${route.getAttribute('data-path')}`),
      )
    const documented = served.mock.model.operations.flatMap((op) =>
      op.routes.map((r) => `${r.method} ${r.raw}`),
    )
    expect(documented.length).toBeGreaterThan(10)
    expect(listed.sort()).toEqual(documented.sort())
  })

  it('filters operations and the navigation as you type, and shows all again when cleared', async () => {
    const { page } = served.watched
    const term = 'delete'
    const matching = served.mock.model.operations.filter((op) =>
      [op.id, op.title, op.description, ...op.routes.map((r) => `${r.method} ${r.raw}`)]
        .join('\n')
        .toLowerCase()
        .includes(term),
    )
    expect(matching.length).toBeGreaterThan(0)
    expect(matching.length).toBeLessThan(served.mock.model.operations.length)
    await page.locator('input[type=search]').pressSequentially(term)
    const visible = () => page.locator('.op:visible').evaluateAll((ops) => ops.map((op) => op.id))
    expect((await visible()).sort()).toEqual(matching.map((op) => `op-${op.id}`).sort())
    expect(await page.locator('nav a[href^="#op-"]:visible').count()).toBe(matching.length)
    await page.locator('input[type=search]').fill('')
    expect(await page.locator('.op:visible').count()).toBe(served.mock.model.operations.length)
  })

  it('"Try it" on a GET shows 200 and the body the mock answers', async () => {
    const { page } = served.watched
    const get = served.mock.model.operations.find((op) => op.kind === 'get')
    expect(get).toBeDefined()
    const section = page.locator(`[id="op-${get?.id}"]`)
    const target = await section.locator('.try input').inputValue()
    expect(target.startsWith('/')).toBe(true)
    await section.locator('.try-button').click()
    await expect.poll(() => section.locator('.try-status').textContent()).toMatch(/^200\b/)
    const answered = await (await fetch(new URL(target, served.mock.url))).json()
    expect(JSON.parse((await section.locator('.try-body').textContent()) ?? '')).toEqual(answered)
    await section.scrollIntoViewIfNeeded()
    mkdirSync(join(ROOT, 'test-results'), { recursive: true })
    await page.screenshot({ path: SCREENSHOT })
    console.log(`reference screenshot: ${SCREENSHOT}`)
    expect(toOtherOrigins(served)).toEqual([])
  })
})

describe('the reference of pages made of markup and script', () => {
  const served = serveReference(HOSTILE_DOCS)
  beforeAll(async () => {
    const { page } = served.watched
    // Render everything the page renders on demand, and send every request.
    for (const details of await page.locator('details').all()) await details.locator('summary').click()
    for (const button of await page.locator('.try-button').all()) await button.click()
    expect(await page.locator('.try-button').count()).toBe(2)
    // Polled from outside the page: waitForFunction evaluates its string inside the page, which the
    // page's Content-Security-Policy (no 'unsafe-eval') rightly refuses.
    await waitUntil(page, BROWSER.answered)
  })

  it('runs nothing: no dialog, no error, no element or handler from the docs', async () => {
    const { page } = served.watched
    expect(served.watched.dialogs).toEqual([])
    expect(served.watched.errors).toEqual([])
    expect(await page.evaluate(BROWSER.pwned)).toBeUndefined()
    expect(await page.locator('img, svg, iframe, b, script:not(#reference-data)').count()).toBe(1)
    expect(await page.evaluate(BROWSER.handlers)).toBe(0)
    expect(toOtherOrigins(served)).toEqual([])
  })

  it('shows the markup as text', async () => {
    const text = (await served.watched.page.locator('main').textContent()) ?? ''
    expect(text).toContain(`<script>window.__pwned = 'description'; alert('description')</script>`)
    expect(text).toContain(`<img src=x onerror="alert('title')">`)
    expect(text).toContain(`</script><script>window.__pwned = 'json'; alert('json')</script>`)
    expect(text).toContain(`</script><svg onload=\\"alert('created')\\"></svg>`)
  })
})
