/**
 * Link keeps what it derived from frozen page models (merged types) and from example bodies (the
 * typed objects they show) for the next link. A relink after a page changed must see the change,
 * and what one link added to its own copies must not reach the next link's model.
 */
import { describe, expect, it } from 'vitest'
import { extractPages } from '../../src/build/in-memory.js'
import { linkModel } from '../../src/link/index.js'
import { LinkMemo } from '../../src/link/link-memo.js'
import type { ObjectTypeDef, PageModel } from '../../src/model.js'
import { editable } from '../support/editable.js'
import { deepFreeze } from './deep-freeze.js'

const resource = (name: string, rows: string) =>
  `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n${rows}\n`

const createDevice = (body: string) =>
  `---\ndoc_type: apiPageType\n---\n# Create device\n\n## HTTP request\n\`\`\`http\nPOST /devices\n\`\`\`\n\n## Example\n\n### Request\n\`\`\`http\nPOST https://graph.microsoft.com/v1.0/devices\nContent-type: application/json\n\n${body}\n\`\`\`\n`

const page = (file: string, text: string): PageModel => {
  const [model] = extractPages([{ file, text }])
  if (!model) throw new Error(`no page model for ${file}`)
  return deepFreeze(model)
}

/** The memo of one session: every link below relinks against the last. */
const memo = new LinkMemo()

const propertiesOf = (pages: readonly PageModel[], type: string) =>
  (linkModel(pages, memo).types[type] as ObjectTypeDef).properties.map((property) => property.name)

const fromExamples = (pages: readonly PageModel[]) =>
  linkModel(pages, memo)
    .diagnostics.filter((d) => d.code === 'property-from-example')
    .map((d) => d.message.split(' ')[2])

describe('link relinks changed pages', () => {
  const deviceA = page('resources/device-a.md', resource('device', '|id|String||\n|name|String||'))
  const deviceB = page('resources/device-b.md', resource('device', '|model|String||'))

  it('merges a type again when one of its pages changed', () => {
    expect(propertiesOf([deviceA, deviceB], 'microsoft.graph.device')).toEqual(['id', 'name', 'model'])
    const changedB = page('resources/device-b.md', resource('device', '|model|String||\n|color|String||'))
    expect(propertiesOf([deviceA, changedB], 'microsoft.graph.device')).toEqual([
      'id',
      'name',
      'model',
      'color',
    ])
    expect(propertiesOf([deviceA], 'microsoft.graph.device')).toEqual(['id', 'name'])
  })

  it('reads an example body again when it changed, and keeps no property an earlier body added', () => {
    const typed = (members: string) => `{ "@odata.type": "#microsoft.graph.device", ${members} }`
    const withSerial = page('api/device-create.md', createDevice(typed('"name": "x", "serial": "String"')))
    const first = linkModel([deviceA, deviceB, withSerial], memo)
    const firstJson = JSON.stringify(first)
    expect(fromExamples([deviceA, deviceB, withSerial])).toEqual(['serial'])

    const withTag = page('api/device-create.md', createDevice(typed('"tag": 3')))
    expect(fromExamples([deviceA, deviceB, withTag])).toEqual(['tag'])
    expect(propertiesOf([deviceA, deviceB, withTag], 'microsoft.graph.device')).toEqual([
      'id',
      'name',
      'model',
      'tag',
    ])
    expect(propertiesOf([deviceA, deviceB], 'microsoft.graph.device')).toEqual(['id', 'name', 'model'])
    expect(JSON.stringify(first)).toBe(firstJson)
  })

  it('reads the body of an unfrozen example again after it was edited in place', () => {
    const [api] = extractPages([
      {
        file: 'api/device-create.md',
        text: createDevice('{ "@odata.type": "microsoft.graph.device", "a": 1 }'),
      },
    ]).map(editable)
    const example = api?.operations[0]?.examples[0]
    if (!api || !example) throw new Error('expected an example')
    expect(fromExamples([deviceA, api])).toEqual(['a'])
    example.bodyText = '{ "@odata.type": "microsoft.graph.device", "b": true }'
    expect(fromExamples([deviceA, api])).toEqual(['b'])
  })
})
