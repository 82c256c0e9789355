import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listMarkdownFiles } from '../../src/read-docs.js'

describe('listMarkdownFiles', async () => {
  const root = await mkdtemp(join(tmpdir(), 'doc2ts-list-'))
  afterAll(() => rm(root, { recursive: true, force: true }))
  const files = [
    'api/user-get.md',
    'api/nested/deep/page.MD',
    'resources/user.md',
    'includes/permissions/user-get.md',
    'readme.md',
    '.git/ignored.md',
    'node_modules/pkg/ignored.md',
    'api/.hidden/ignored.md',
    'api/not-markdown.txt',
  ]
  for (const file of files) {
    await mkdir(join(root, file, '..'), { recursive: true })
    await writeFile(join(root, file), '# page\n')
  }
  await symlink(join(root, 'resources'), join(root, 'linked'))

  it('lists every Markdown file below the folder by its docs-relative path, sorted', () => {
    expect(listMarkdownFiles(root)).toEqual([
      'api/nested/deep/page.MD',
      'api/user-get.md',
      'includes/permissions/user-get.md',
      'readme.md',
      'resources/user.md',
    ])
  })
})
