import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildScaleTree, pathForCopy, renameForCopy } from '../../src/bench/scale-tree.js'
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

describe('buildScaleTree', () => {
  const work = mkdtempSync(join(tmpdir(), 'doc2ts-scale-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('gives a model that grows with the copies instead of merging them', async () => {
    const sizes: { types: number; operations: number }[] = []
    for (const copies of [1, 3]) {
      const docs = join(work, `docs${copies}`)
      const out = join(work, `out${copies}`)
      expect(buildScaleTree('input-docs', docs, copies)).toBeGreaterThan(0)
      const quiet = { out: () => {}, err: () => {} }
      expect(await main(['generate', docs, '--out', out, '--no-cache', '--quiet'], quiet)).toBe(0)
      const model = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8'))
      sizes.push({ types: Object.keys(model.types).length, operations: model.operations.length })
    }
    const [one, three] = sizes
    expect(one?.types).toBeGreaterThan(0)
    expect(three).toEqual({ types: 3 * (one?.types ?? 0), operations: 3 * (one?.operations ?? 0) })
  })
})
