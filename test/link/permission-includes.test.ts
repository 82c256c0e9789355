import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { extractFromPage } from '../../src/extract/index.js'
import { check } from '../../src/index.js'
import { readPage } from '../../src/parse/page.js'
import { checkDocs } from '../support/check-docs.js'

// Today's docs: api-reference/v1.0/{api,resources,includes}, permissions in include files.
const api = (include: string) =>
  `---\ndoc_type: apiPageType\n---\n# Get user\n\nNamespace: microsoft.graph\n\n## Permissions\n\nChoose the permission or permissions marked as least privileged for this API.\n\n[!INCLUDE [permissions-table](${include})]\n\n## HTTP request\n\`\`\`http\nGET /users/{id}\n\`\`\`\n\n## Response\nIf successful, this method returns a \`200 OK\` response code and a [user](../resources/user.md) object in the response body.\n`
const includeText =
  '<!-- ---\nPermissions auto-generated.\n--- -->\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|User.Read|User.ReadWrite, User.ReadBasic.All|\n|Application|User.Read.All|User.ReadWrite.All|\n'

describe('permissions in include files', () => {
  it('reads the table of an include resolved relative to the page; include files are not pages', () => {
    const model = buildModel([
      { file: 'v1.0/api/user-get.md', text: api('../includes/permissions/user-get-permissions.md') },
      { file: 'v1.0/includes/permissions/user-get-permissions.md', text: includeText },
    ])
    expect(model.pages).toBe(1)
    expect(model.operations[0]?.permissions).toEqual([
      {
        type: 'Delegated (work or school account)',
        scopes: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All'],
      },
      { type: 'Application', scopes: ['User.Read.All', 'User.ReadWrite.All'] },
    ])
    expect(model.operations[0]).not.toHaveProperty('permissionsIncludes')
    // The Response sentence's [user](../resources/user.md) is not in this two-file tree.
    expect(model.diagnostics.map((d) => [d.code, d.message.split(' for ')[0]])).toEqual([
      ['unresolved-type', 'Unexpected type reference user (v1.0/resources/user.md)'],
    ])
  })

  it('joins the tables of one include per subsection, and reports each that is missing', () => {
    // api-reference/v1.0/api/fido2authenticationmethod-get.md, microsoftgraph/microsoft-graph-docs-contrib@028b8e354879f1054adbd96bfa8d16fff4330811
    const page = api('../includes/permissions/fido2authenticationmethod-get-permissions.md').replace(
      '## HTTP request',
      [
        '### Permissions acting on other users',
        '',
        '<!-- { "blockType": "ignored"  } // Note: Removing this line will result in the permissions autogeneration tool overwriting the table. -->',
        '[!INCLUDE [permissions-table](../includes/permissions/fido2authenticationmethod-get-2-permissions.md)]',
        '',
        '[!INCLUDE [rbac-authentication-methods-apis-read-others](../includes/rbac-for-apis/rbac-authentication-methods-apis-read-others.md)]',
        '',
        '## HTTP request',
      ].join('\n'),
    )
    // api-reference/v1.0/includes/permissions/fido2authenticationmethod-get-permissions.md, @2d3f04b874635ac4ca0ce64a19015fb9cbf314f8
    const self =
      '|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|UserAuthenticationMethod.Read|UserAuthenticationMethod.Read.All, UserAuthenticationMethod.ReadWrite, UserAuthenticationMethod.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|Not supported.|UserAuthenticationMethod.Read.All, UserAuthenticationMethod.ReadWrite.All|\n'
    const others =
      '|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|UserAuthenticationMethod.Read.All|UserAuthenticationMethod.ReadWrite.All|\n|Application|UserAuthenticationMethod.Read.All|UserAuthenticationMethod.ReadWrite.All|\n'
    const file = 'v1.0/api/fido2authenticationmethod-get.md'
    const both = buildModel([
      { file, text: page },
      { file: 'v1.0/includes/permissions/fido2authenticationmethod-get-permissions.md', text: self },
      { file: 'v1.0/includes/permissions/fido2authenticationmethod-get-2-permissions.md', text: others },
    ])
    expect(both.operations[0]?.permissions).toEqual([
      {
        type: 'Delegated (work or school account)',
        scopes: [
          'UserAuthenticationMethod.Read',
          'UserAuthenticationMethod.Read.All',
          'UserAuthenticationMethod.ReadWrite',
          'UserAuthenticationMethod.ReadWrite.All',
        ],
      },
      { type: 'Delegated (personal Microsoft account)', scopes: [] },
      {
        type: 'Application',
        scopes: ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'],
      },
    ])
    expect(both.diagnostics.filter((d) => d.code === 'missing-include')).toEqual([])
    const one = buildModel([
      { file, text: page },
      { file: 'v1.0/includes/permissions/fido2authenticationmethod-get-permissions.md', text: self },
    ])
    expect(one.operations[0]?.permissions[0]?.scopes).toHaveLength(4)
    expect(
      one.diagnostics.filter((d) => d.code === 'missing-include').map((d) => d.message.split(' that ')[0]),
    ).toEqual(['Unexpected include v1.0/includes/permissions/fido2authenticationmethod-get-2-permissions.md'])
  })

  it('reports a missing include where the page names it', () => {
    const model = buildModel([
      { file: 'v1.0/api/user-get.md', text: api('../includes/permissions/user-get-permissions.md') },
    ])
    expect(model.operations[0]?.permissions).toEqual([])
    expect(model.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['unresolved-type', 'v1.0/api/user-get.md', 4],
      ['missing-include', 'v1.0/api/user-get.md', 12],
    ])
  })

  it('reports a missing include once, beside an include that is there', async () => {
    const { diagnostics } = await checkDocs([
      { file: 'v1.0/api/user-get.md', text: api('../includes/permissions/user-get-permissions.md') },
      { file: 'v1.0/api/user-list.md', text: api('../includes/permissions/user-list-permissions.md') },
      { file: 'v1.0/includes/permissions/user-list-permissions.md', text: includeText },
    ])
    expect(
      diagnostics.filter((d) => d.file === 'v1.0/api/user-get.md' && d.line === 12).map((d) => d.code),
    ).toEqual(['missing-include'])
  })

  it('still reports a prose link elsewhere on the page to the missing include', async () => {
    const include = '../includes/permissions/user-get-permissions.md'
    const { diagnostics } = await checkDocs([
      { file: 'v1.0/api/user-get.md', text: `${api(include)}\n## See also\n[Permissions](${include})\n` },
      { file: 'v1.0/includes/permissions/user-list-permissions.md', text: includeText },
    ])
    expect(
      diagnostics
        .filter((d) => d.code === 'missing-include' || d.code === 'broken-link')
        .map((d) => [d.code, d.line]),
    ).toEqual([
      ['missing-include', 12],
      ['broken-link', 23],
    ])
  })

  it.each(['fast', 'remark'] as const)(
    'keeps the include out of the page links, whichever reader (%s)',
    (mode) => {
      const include = '../includes/permissions/user-get-permissions.md'
      const text = `${api(include)}\n## See also\n[Permissions](${include})\n`
      const { links, operations } = extractFromPage(readPage('v1.0/api/user-get.md', text, mode))
      expect(operations[0]?.permissionsIncludes?.[0]?.position.line).toBe(12)
      expect(links.map((link) => [link.target, link.position.line])).toEqual([
        ['v1.0/resources/user.md', 20],
        ['v1.0/includes/permissions/user-get-permissions.md', 23],
      ])
    },
  )

  it('check counts pages, not include files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'doc2ts-includes-'))
    try {
      const files = {
        'v1.0/api/user-get.md': api('../includes/permissions/user-get-permissions.md'),
        'v1.0/includes/permissions/user-get-permissions.md': includeText,
      }
      for (const [file, text] of Object.entries(files)) {
        await mkdir(dirname(join(dir, file)), { recursive: true })
        await writeFile(join(dir, file), text)
      }
      expect((await check({ docs: dir })).summary.pages).toBe(1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
