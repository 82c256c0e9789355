/** extractApiPage over every API page of the corpus, and the hard cases the field guide names. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractApiPage } from '../../src/extract/api-page.js'
import type { OperationDef } from '../../src/model.js'
import { readPage } from '../../src/parse/page.js'
import { corpusDir } from '../support/corpus.js'

const CORPUS = join(corpusDir, 'api')

describe('extractApiPage over the corpus', () => {
  it('reads every page without throwing, with routes for every request line', () => {
    let pagesWithoutRoutes = 0
    let requestLines = 0
    let routes = 0
    const files = readdirSync(CORPUS).filter((name) => name.endsWith('.md'))
    for (const name of files) {
      const text = readFileSync(join(CORPUS, name), 'utf8')
      const { operations } = extractApiPage(readPage(`api/${name}`, text))
      const operation = operations[0]
      expect(operations).toHaveLength(1)
      if (!operation || operation.routes.length === 0) pagesWithoutRoutes++
      routes += operation?.routes.length ?? 0
      const section = /^## HTTP request[^\n]*\n([\s\S]*?)(?=^## )/im.exec(text)?.[1] ?? ''
      // Each distinct line, less the query forms that call another route (`GET /me?$expand=manager`
      // on a page that has routes of its own).
      const lines = [
        ...new Set(
          section
            .split('\n')
            .filter((line) => /^\s*(GET|POST|PATCH|PUT|DELETE)\s+\S/.test(line))
            .map((line) => line.trim()),
        ),
      ]
      const own = lines.filter((line) => !/[?&]\$(?!id=)[a-z]+=/i.test(line))
      requestLines += own.length > 0 ? own.length : lines.length
    }
    expect(files.length).toBeGreaterThan(1000)
    expect(pagesWithoutRoutes).toBe(0)
    expect(routes / requestLines).toBeGreaterThanOrEqual(0.99)
  }, 120_000)

  it('reads the hard cases from the field guide', () => {
    const read = (name: string) => {
      const result = extractApiPage(readPage(`api/${name}`, readFileSync(join(CORPUS, name), 'utf8')))
      return { ...result, operation: result.operations[0] as OperationDef }
    }
    expect(read('attachment-get.md').operation.routes.length).toBe(28)
    expect(read('groupsetting-list.md').operation.routes[1]?.raw).toBe('/groups/{id}/settings')
    expect(read('insights-list-shared.md').operation.routes.map((r) => r.raw)).toContain(
      '/me/insights/shared/{id}/resource',
    )
    expect(read('workbook-closesession.md').diagnostics.filter((d) => d.code === 'unparsable-route')).toEqual(
      [],
    )
    const entireRow = read('range-entirerow.md')
    expect(entireRow.operation.routes.length).toBe(6)
    expect(entireRow.diagnostics.some((d) => d.code === 'unparsable-route')).toBe(true)
    const range = read('range-get.md')
    expect(range.operation.response.type).toMatchObject({ name: 'microsoft.graph.workbookRange' })
    expect(range.operation.response.typeConflict?.diagnostic.code).toBe('response-type-conflict')
    const audit = read('intune-auditing-auditevent-getauditactivitytypes.md').operation
    expect(audit.kind).toBe('function')
    // The request line leaves the parameter out; the example calls `getAuditActivityTypes(category='…')`:
    // the route as written, and the call.
    expect(audit.routes.map((route) => route.raw)).toEqual([
      '/deviceManagement/auditEvents/getAuditActivityTypes',
      '/deviceManagement/auditEvents/getAuditActivityTypes(category={category})',
    ])
    expect(audit.parameters.find((p) => p.name === 'category')).toMatchObject({ in: 'path' })
  })
})
