/**
 * One id per operation: the server names handlers by id, verify and subsets find operations by it.
 * Two pages of one file name in different folders (v1.0 and beta side by side), or an API page named
 * as a resource page's bound action, gave two operations one id, and the server two handlers of one
 * name; the later (in file order) is renamed and reported.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'

const getPage = (path: string) =>
  `# Get widget\n\n## HTTP request\n\n\`\`\`http\nGET ${path}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code.\n`

describe('operation ids', () => {
  const model = buildModel([
    { file: 'v1.0/api/widget-get.md', text: getPage('/widgets/{id}') },
    { file: 'beta/api/widget-get.md', text: getPage('/beta-widgets/{id}') },
  ])

  it('are one per operation: the later page of a file name takes `-2`, reported', () => {
    expect(model.operations.map(({ id, file }) => `${id} ${file}`)).toEqual([
      'widget-get beta/api/widget-get.md',
      'widget-get-2 v1.0/api/widget-get.md',
    ])
    expect(
      model.diagnostics
        .filter((d) => d.code === 'duplicate-operation-id')
        .map(({ file, severity, message }) => ({ file, severity, message })),
    ).toEqual([
      {
        file: 'v1.0/api/widget-get.md',
        severity: 'info',
        message:
          'Unexpected operation id `widget-get`, which an operation of an earlier file has, expected one id per operation; this one is `widget-get-2`',
      },
    ])
  })

  it('give the server a handler each', () => {
    const handlers = emitAll(model).filter((file) => file.path.startsWith('server/handlers/'))
    expect(handlers.map((file) => file.path).sort()).toEqual([
      'server/handlers/index.ts',
      'server/handlers/widgetGet.ts',
      'server/handlers/widgetGet2.ts',
    ])
  })
})
