/** The service the docs describe, as their request examples call it. */
import { describe, expect, it } from 'vitest'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import type { ExampleDef, OperationDef, RouteTemplate } from '../../src/model.js'
import { exampleRootsOf, serviceOf } from '../../src/shape/service-root.js'

/** An operation documenting `line`, with a request example of each of `urls` (what the rule reads). */
function operation(line: string, urls: string[]): OperationDef {
  const position = { file: 'api/x.md', line: 1, column: 1 }
  const route = parseRouteTemplate(line, position).route as RouteTemplate
  const examples = urls.map(
    (url): ExampleDef => ({ kind: 'request', method: 'GET', url, headers: {}, position }),
  )
  return { routes: [route], examples } as unknown as OperationDef
}

/** The service of `operations`, from their votes as their shapes keep them. */
const serviceOfOperations = (operations: readonly OperationDef[]) =>
  serviceOf(operations.map((each) => ({ exampleRoots: exampleRootsOf(each) })))

describe('serviceOf', () => {
  const cases: [string, OperationDef[], string, string, string][] = [
    [
      "Graph v1.0 from v1.0 pages' examples (api/user-get.md)",
      [operation('GET /users/{id}', ['https://graph.microsoft.com/v1.0/users/87d349ed'])],
      'https://graph.microsoft.com/v1.0',
      'v1.0',
      'Microsoft Graph',
    ],
    [
      "the beta root from beta pages' examples, so that their client does not call v1.0",
      [
        operation('GET /security/alerts_v2/{alertId}', [
          'https://graph.microsoft.com/beta/security/alerts_v2/da637',
        ]),
      ],
      'https://graph.microsoft.com/beta',
      'beta',
      'Microsoft Graph',
    ],
    [
      "another team's host and version segment",
      [
        operation('GET /widgets/{id}', ['https://api.contoso.com/v2.1/widgets/1']),
        operation('GET /widgets', ['https://api.contoso.com/v2.1/widgets']),
      ],
      'https://api.contoso.com/v2.1',
      'v2.1',
      'api.contoso.com',
    ],
  ]
  it.each(cases)('takes %s', (_, operations, root, version, title) => {
    expect(serviceOfOperations(operations)).toEqual({ root, version, title })
  })

  it('counts only URLs of the operation routes: a path alone is the default root, an upload host none', () => {
    // OneDrive: `PUT /me/drive/items/{parent-id}:/{filename}:/content`, then the upload session's
    // own URL on another host (docs/rest-api/api/driveitem_createuploadsession.md).
    const service = serviceOfOperations([
      operation('GET /me/drive', ['/me/drive']),
      // Its fragments, each uploaded to the session's URL.
      operation('PUT /me/drive/items/{parent-id}/content', [
        'https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337',
        'https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337',
      ]),
    ])
    expect(service.root).toBe('https://graph.microsoft.com/v1.0')
  })

  it("counts a host written in another letter case as the same service's", () => {
    const service = serviceOfOperations([
      operation('GET /users/{id}', ['HTTPS://Graph.Microsoft.com/beta/users/1']),
      operation('GET /me', ['https://graph.microsoft.com/beta/me', 'https://graph.microsoft.com/v1.0/me']),
    ])
    expect(service.root).toBe('https://graph.microsoft.com/beta')
  })

  it("keeps a placeholder host's written case, and its port", () => {
    const roots = exampleRootsOf(
      operation('GET /companies', [
        'https://{businesscentralPrefix}/api/v2.0/companies',
        'https://{businesscentralPrefix}:8080/api/v2.0/companies',
      ]),
    ).map(({ root }) => root)
    expect(roots).toEqual([
      'https://{businesscentralPrefix}/api/v2.0',
      'https://{businesscentralPrefix}:8080/api/v2.0',
    ])
  })

  it('leaves out a root no URL parser reads, rather than failing on it', () => {
    const operations = [operation('GET /widgets', ['https://%%/v1/widgets'])]
    expect(exampleRootsOf(operations[0] as OperationDef).map(({ root }) => root)).toEqual([])
    expect(serviceOfOperations(operations).root).toBe('https://graph.microsoft.com/v1.0')
  })
})
