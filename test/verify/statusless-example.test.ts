/**
 * A response example without a status line (a JSON block, as another team writes its examples)
 * shows the status its page documents, for verify as for the shape, openapi.json and the mock
 * (`shownStatus`). The add-widget page documents `202 Accepted`, and its example creates the widget
 * at the path the create page documents (`201 Created`): a service that answers 202 answers as the
 * docs' example shows, which contradicts the create page, not with a status the docs never show.
 */
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'
import { ROOT } from '../server/helpers.js'
import { plainService } from './servers.js'

const DOCS = `${ROOT}test/fixtures/verify-statusless`

describe('a response example without a status line', () => {
  it('shows the documented status', async () => {
    const service = await plainService((_, response) => {
      response.writeHead(202, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ id: '1', name: 'a' }))
    })
    try {
      const { findings } = await verify({ docs: DOCS, baseUrl: service.url, unsafe: true })
      const byFile = (file: string) => findings.filter((finding) => finding.file === file)
      // The create page's example shows 201: its answer of 202 is still the service's to explain.
      expect(byFile('api/widget-post.md')).toMatchObject([
        { code: 'verify-status', message: expect.stringContaining('Unexpected status 202, expected 201') },
      ])
      expect(byFile('api/gadget-post-widgets.md')).toMatchObject([
        {
          code: 'verify-docs-contradiction',
          message: 'The example at api/gadget-post-widgets.md:31 answers 202, the page declares 201',
        },
      ])
    } finally {
      await service.close()
    }
  })
})
