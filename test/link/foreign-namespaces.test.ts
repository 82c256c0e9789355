/**
 * A page without a Namespace line whose resource annotation names a legacy namespace: the type
 * joins the docs' own namespace when most of the docs' types are in it. Excerpts of
 * OneDrive/onedrive-api-docs `docs/rest-api/resources/folder.md` (annotated `oneDrive.folder`) and
 * `docs/rest-api/resources/driveitem.md` (annotated `microsoft.graph.driveItem`, its facet
 * `"folder": { "@odata.type": "microsoft.graph.folder" }`), shortened.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, extractPages } from '../../src/build/in-memory.js'
import { extractPage } from '../../src/extract/index.js'
import { linkModel } from '../../src/link/index.js'
import { LinkMemo } from '../../src/link/link-memo.js'
import { deepFreeze } from './deep-freeze.js'

const resourcePage = (title: string, namespaceLine: string, odataType: string, property: string) =>
  [
    `# ${title} resource type`,
    '',
    namespaceLine,
    '',
    `The **${title}** resource groups related data on an item into a single structure.`,
    '',
    '## JSON representation',
    '',
    '<!-- {',
    '  "blockType": "resource",',
    '  "optionalProperties": [',
    '',
    '  ],',
    `  "@odata.type": "${odataType}"`,
    '}-->',
    '',
    '```json',
    '{',
    `  "${property}": 1024`,
    '}',
    '```',
    '',
    '## Properties',
    '',
    '| Property       | Type           | Description',
    '|:---------------|:---------------|:-------------------------------------------',
    `| **${property}** | Int32          | Number of children contained immediately within this container.`,
    '',
  ].join('\n')

const folder = (odataType: string, namespaceLine = '') => ({
  file: 'resources/folder.md',
  text: resourcePage('Folder', namespaceLine, odataType, 'childCount'),
})
const others = (namespace: string) =>
  ['driveItem', 'drive', 'quota'].map((name) => ({
    file: `resources/${name.toLowerCase()}.md`,
    text: resourcePage(name, '', `${namespace}.${name}`, 'size'),
  }))

describe("a type named in a namespace other than the docs' own", () => {
  it("joins the docs' namespace, keeps the written name as another, and is reported", () => {
    const model = buildModel([folder('oneDrive.folder'), ...others('microsoft.graph')])
    expect(model.types['microsoft.graph.folder']).toMatchObject({
      namespace: 'microsoft.graph',
      aliases: ['oneDrive.folder'],
    })
    expect(model.types).not.toHaveProperty(['oneDrive.folder'])
    expect(Object.values(model.types).some((type) => 'unstatedNamespace' in type)).toBe(false)
    const reported = model.diagnostics.filter((each) => each.code === 'foreign-namespace')
    expect(reported.map((each) => `${each.file}:${each.line}`)).toEqual(['resources/folder.md:17'])
  })

  it("leaves docs whose types are all in their own namespace, and a namespace nested in the docs' one", () => {
    const contoso = buildModel([folder('contoso.folder'), ...others('contoso')])
    expect(Object.keys(contoso.types).sort()).toEqual([
      'contoso.drive',
      'contoso.driveItem',
      'contoso.folder',
      'contoso.quota',
    ])
    const nested = buildModel([
      folder('microsoft.graph.externalConnectors.folder'),
      ...others('microsoft.graph'),
    ])
    expect(nested.types).toHaveProperty(['microsoft.graph.externalConnectors.folder'])
    for (const model of [contoso, nested])
      expect(model.diagnostics.filter((each) => each.code === 'foreign-namespace')).toEqual([])
  })

  it("moves an enum page that names no namespace into another team's (the format's default is Graph's)", () => {
    const sizes = (namespaceLine: string) => ({
      file: 'resources/foldersize.md',
      text: `# folderSize enum type\n\n${namespaceLine}\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| small | Small. |\n| large | Large. |\n`,
    })
    const model = buildModel([sizes(''), folder('contoso.folder'), ...others('contoso')])
    expect(model.types['contoso.folderSize']).toMatchObject({ kind: 'enum', namespace: 'contoso' })
    expect(model.types).not.toHaveProperty(['microsoft.graph.folderSize'])
    const reported = model.diagnostics.filter((each) => each.code === 'foreign-namespace')
    expect(reported.map((each) => `${each.file}:${each.line} ${each.message}`)).toEqual([
      "resources/foldersize.md:1 Unexpected page without a Namespace line naming folderSize in no namespace, expected one; named contoso.folderSize, in the docs' namespace",
    ])
    // Graph's own docs, and a page that states its namespace, are left as written.
    expect(
      buildModel([sizes(''), folder('microsoft.graph.folder'), ...others('microsoft.graph')]).types,
    ).toHaveProperty(['microsoft.graph.folderSize'])
    expect(
      buildModel([sizes('Namespace: microsoft.graph'), folder('contoso.folder'), ...others('contoso')]).types,
    ).toHaveProperty(['microsoft.graph.folderSize'])
  })

  it('moves a type annotated without a namespace in, keeping no Graph name for it', () => {
    const model = buildModel([folder('folder'), ...others('contoso')])
    expect(model.types['contoso.folder']).toBeDefined()
    expect(model.types['contoso.folder']).not.toHaveProperty('aliases')
    expect(
      model.diagnostics.filter((each) => each.code === 'foreign-namespace').map((each) => each.message),
    ).toEqual([
      "Unexpected page without a Namespace line naming folder in no namespace, expected one; named contoso.folder, in the docs' namespace",
    ])
  })

  it("keeps the Graph name an annotation writes in full, where the docs are another team's", () => {
    const model = buildModel([folder('microsoft.graph.folder'), ...others('contoso')])
    expect(model.types['contoso.folder']).toMatchObject({ aliases: ['microsoft.graph.folder'] })
  })

  it('leaves a namespace a Namespace line declares', () => {
    const page = extractPage('resources/folder.md', folder('oneDrive.folder', 'Namespace: oneDrive').text)
    expect(page.types[0]).not.toHaveProperty('unstatedNamespace')
    const model = buildModel([folder('oneDrive.folder', 'Namespace: oneDrive'), ...others('microsoft.graph')])
    expect(model.types).toHaveProperty(['oneDrive.folder'])
  })
})

describe('a moved type in a lasting session', () => {
  it('is linked again after a save that changes only its descriptions, as a fresh link links it', () => {
    const frozen = (pages: { file: string; text: string }[]) => extractPages(pages).map(deepFreeze)
    const memo = new LinkMemo()
    const before = frozen([folder('oneDrive.folder'), ...others('microsoft.graph')])
    linkModel(before, memo)
    const edited = folder('oneDrive.folder')
    edited.text = edited.text.replace('Number of children', 'How many children are')
    const after = frozen([edited, ...others('microsoft.graph')])
    const relinked = linkModel(after, memo)
    expect(JSON.stringify(relinked)).toBe(JSON.stringify(linkModel(after)))
    expect(relinked.types['microsoft.graph.folder']?.description).toBeDefined()
  })
})
