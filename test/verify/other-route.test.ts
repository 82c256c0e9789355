/**
 * A replayed example that calls another route than its page's, one no page documents, has no
 * documented answer to be judged by: its page's responses are another call's. The sample's
 * rangeformat-update.md (test/fixtures/verify-other-route) sends a font to `…/format/font` under its
 * `PATCH …/format` request lines; a service that answers it with the font answers no range format.
 */
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'
import { ROOT } from '../server/helpers.js'
import { plainService } from './servers.js'

const DOCS = `${ROOT}test/fixtures/verify-other-route`

const FORMAT = { columnWidth: 135, rowHeight: 49, verticalAlignment: 'Top', wrapText: false }
const FONT = { bold: true, color: '#4B180E', italic: false, name: 'Calibri', size: 26, underline: 'None' }

describe('an example of another route that no page documents', () => {
  it("is not judged by its page's response", async () => {
    const service = await plainService((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(request.url?.endsWith('/font') ? FONT : FORMAT))
    })
    try {
      const { findings } = await verify({ docs: DOCS, baseUrl: service.url, unsafe: true })
      expect(findings.map(({ code, line, message }) => ({ code, line, message }))).toEqual([
        {
          code: 'verify-docs-contradiction',
          line: 51,
          message: expect.stringContaining('a route no page documents'),
        },
      ])
    } finally {
      await service.close()
    }
  })
})
