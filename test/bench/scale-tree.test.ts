import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  buildScaleTree,
  movePermissionsToInclude,
  pathForCopy,
  renameForCopy,
} from '../../src/bench/scale-tree.js'
import { main } from '../../src/cli.js'

describe('renameForCopy', () => {
  it.each([
    ['Namespace: microsoft.graph', 'Namespace: microsoft.graph.c2'],
    ['Namespace: microsoft.graph.callRecords', 'Namespace: microsoft.graph.c2.callRecords'],
    ['"@odata.type": "#microsoft.graph.user"', '"@odata.type": "#microsoft.graph.c2.user"'],
    ['GET /users/{id}/messages', 'GET /usersC2/{id}/messages'],
    [
      'POST https://graph.microsoft.com/v1.0/me/sendMail',
      'POST https://graph.microsoft.com/v1.0/meC2/sendMail',
    ],
    [
      'GET https://graph.microsoft.com/beta/groups?$top=1',
      'GET https://graph.microsoft.com/beta/groupsC2?$top=1',
    ],
    ['[user](../resources/user.md#properties)', '[user](../resources/user-c2.md#properties)'],
    ['[docs](https://example.com/readme.md)', '[docs](https://example.com/readme.md)'],
    ['Call GET /users in prose', 'Call GET /users in prose'],
  ])('%s → %s', (text, expected) => {
    expect(renameForCopy(text, 2)).toBe(expected)
  })

  it('renames page files so operation ids stay distinct', () => {
    expect(pathForCopy('api/user-get.md', 3)).toBe('api/user-get-c3.md')
  })
})

describe('movePermissionsToInclude', () => {
  const page = [
    '# Get user',
    '## Permissions',
    'One of the following permissions is required to call this API.',
    '',
    '|Permission type | Permissions|',
    '|:---|:---|',
    '|Application | User.Read.All|',
    '',
    '## HTTP request',
  ].join('\n')

  it('moves the table to an include the page names, as today’s docs lay them out', () => {
    const moved = movePermissionsToInclude(page, 'includes/permissions/user-get-c2-permissions.md')
    expect(moved.page).toBe(
      [
        '# Get user',
        '## Permissions',
        'One of the following permissions is required to call this API.',
        '',
        '<!-- { "blockType": "permissions", "name": "user_get_c2_permissions" } -->',
        '[!INCLUDE [permissions-table](../includes/permissions/user-get-c2-permissions.md)]',
        '',
        '## HTTP request',
      ].join('\n'),
    )
    expect(moved.include).toContain(
      'ms.localizationpriority: medium\n---\n\n|Permission type | Permissions|\n|:---|:---|\n',
    )
  })

  it('leaves a page without a permissions table as it is', () => {
    const without = page.replace(/\|[^\n]*\n/g, '')
    expect(movePermissionsToInclude(without, 'includes/x.md')).toEqual({ page: without })
  })
})

describe('buildScaleTree', () => {
  const work = mkdtempSync(join(tmpdir(), 'doc2ts-scale-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('gives a model that grows with the copies instead of merging them', async () => {
    const sizes: { types: number; operations: number; permitted: number }[] = []
    for (const copies of [1, 3]) {
      const docs = join(work, `docs${copies}`)
      const out = join(work, `out${copies}`)
      expect(buildScaleTree('input-docs', docs, copies)).toBeGreaterThan(0)
      const quiet = { out: () => {}, err: () => {} }
      expect(await main(['generate', docs, '--out', out, '--no-cache', '--quiet'], quiet)).toBe(0)
      const model = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8'))
      const permitted = model.operations.filter(
        (operation: { permissions: unknown[] }) => operation.permissions.length > 0,
      ).length
      const missing = model.diagnostics.filter((d: { code: string }) => d.code === 'missing-include')
      expect(missing).toEqual([])
      sizes.push({ types: Object.keys(model.types).length, operations: model.operations.length, permitted })
    }
    const [one, three] = sizes
    expect(one?.types).toBeGreaterThan(0)
    expect(one?.permitted).toBeGreaterThan(0)
    // Copies 2 and 3 read their permissions from include files, as many as copy 1 from its tables.
    expect(three).toEqual({
      types: 3 * (one?.types ?? 0),
      operations: 3 * (one?.operations ?? 0),
      permitted: 3 * (one?.permitted ?? 0),
    })
  })
})
