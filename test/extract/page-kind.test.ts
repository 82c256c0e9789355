import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'
import { classifyPage } from '../../src/extract/page-kind.js'
import { readPage } from '../../src/parse/page.js'

const page = (docType: string, body: string, file = 'x/page.md') =>
  readPage(file, `---\n${docType ? `doc_type: ${docType}\n` : ''}---\n# Title\n\n${body}\n`)
const properties = '## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String||\n'
const http = '## HTTP request\n```http\nGET /things\n```\n'

describe('classifyPage', () => {
  it.each([
    ['apiPageType', http, 'api'],
    ['resourcePageType', properties, 'resource'],
    ['', http, 'api'],
    ['', properties, 'resource'],
    ['enumPageType', '## Members\n|Member|Value|\n|:--|:--|\n|a|0|\n', 'enum'],
    // The structure beats a contradicting front matter.
    ['apiPageType', properties, 'resource'],
    ['resourcePageType', http, 'api'],
    ['conceptualPageType', 'Prose.', 'conceptual'],
    ['conceptualPageType', http, 'api'],
    ['conceptualPageType', `${http}\n${properties}`, 'conceptual'],
  ])('doc_type %s with %j → %s', (docType, body, kind) => {
    expect(classifyPage(page(docType, body))).toBe(kind)
  })

  it('lets the structure decide where the doc_type is not one the format names', () => {
    // api-reference/v1.0/resources/schedule.md (microsoft-graph-docs, mid-2021): `doc_type: resourcePageType_`
    // on six Shifts resource pages, whose types were lost.
    expect(classifyPage(page('resourcePageType_', properties))).toBe('resource')
    expect(classifyPage(page('resourcePageType_', http))).toBe('api')
    expect(classifyPage(page('resourcePageType_', 'Prose.'))).toBe('unknown')
  })

  it('takes a page without front matter as an API page by a qualified heading or a request example', () => {
    expect(classifyPage(page('', '## HTTP request (to add one)\n```http\nPUT /things\n```'))).toBe('api')
    const example =
      '## Example\n<!-- { "blockType": "request", "name": "get" } -->\n```http\nGET /things\n```'
    expect(classifyPage(page('', example))).toBe('api')
    expect(classifyPage(page('', `${properties}\n${example}`))).toBe('resource')
  })

  it('reads an API page filed as conceptual, its request lines in zone pivots', () => {
    // The head of today's Copilot Retrieval API page (MicrosoftDocs/m365copilot-docs,
    // `docs/api/ai-services/retrieval/copilotroot-retrieval.md`, CC BY 4.0).
    const text = [
      '---',
      'title: Use the Microsoft 365 Copilot Retrieval API to Retrieve Grounding Data',
      'doc_type: conceptualPageType',
      'zone_pivot_groups: graph-api-versions',
      '---',
      '',
      '# Retrieve grounding data',
      '',
      ':::zone pivot="graph-preview"',
      '[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]',
      ':::zone-end',
      '',
      'The Microsoft 365 Copilot Retrieval API allows for the retrieval of relevant text extracts.',
      '',
      '## HTTP request',
      '',
      ':::zone pivot="graph-preview"',
      '',
      '```http',
      'POST https://graph.microsoft.com/beta/copilot/retrieval',
      '```',
      '',
      ':::zone-end',
      '',
      ':::zone pivot="graph-v1"',
      '',
      '```http',
      'POST https://graph.microsoft.com/v1.0/copilot/retrieval',
      '```',
      '',
      ':::zone-end',
      '',
      '## Response',
      '',
      'If successful, this action returns a `200 OK` response code and a [retrievalResponse](resources/retrievalresponse.md) in the response body.',
    ].join('\n')
    const model = extractPage('docs/api/ai-services/retrieval/copilotroot-retrieval.md', text)
    expect(model.pageKind).toBe('api')
    expect(
      model.operations.map((each) => [
        each.description,
        each.routes.map((route) => `${route.method} ${route.raw}`),
        each.response.type,
      ]),
    ).toEqual([
      [
        'The Microsoft 365 Copilot Retrieval API allows for the retrieval of relevant text extracts.',
        ['POST /copilot/retrieval'],
        expect.objectContaining({ name: 'retrievalResponse' }),
      ],
    ])
  })

  it('takes anything under an includes/ folder as include material', () => {
    expect(classifyPage(page('', http, 'v1.0/includes/permissions/x.md'))).toBe('include')
    expect(classifyPage(page('', http, 'includes/x.md'))).toBe('include')
  })
})

describe('links of every page kind', () => {
  it('collects the relative links of a conceptual page for the broken-link check', () => {
    const model = extractPage(
      'resources/overview.md',
      '---\ndoc_type: conceptualPageType\n---\n# Working with mail\n\nSee [message](message.md).\n',
    )
    expect(model.links.map((link) => [link.target, link.position.line])).toEqual([
      ['resources/message.md', 6],
    ])
  })
})
