import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

const resource = (name: string, base: string) =>
  `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String||\n\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}", "baseType": "microsoft.graph.${base}" } -->\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`
const api = (sentenceType: string, annotationType: string) =>
  `---\ndoc_type: apiPageType\n---\n# List attachments\n\n## HTTP request\n\`\`\`http\nGET /me/messages/{id}/attachments\n\`\`\`\n\n## Response\nIf successful, this method returns a \`200 OK\` response code and a collection of [${sentenceType}](../resources/${sentenceType.toLowerCase()}.md) objects in the response body.\n\n## Example\n### Response\n<!-- { "blockType": "response", "@odata.type": "microsoft.graph.${annotationType}", "isCollection": true } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "value": [ { "@odata.type": "#microsoft.graph.${annotationType}", "id": "1" } ] }\n\`\`\`\n`
const responseOf = (sentenceType: string, annotationType: string) => {
  const model = buildModel([
    { file: 'api/message-list-attachments.md', text: api(sentenceType, annotationType) },
    { file: 'resources/user.md', text: resource('user', 'directoryObject') },
    { file: 'resources/attachment.md', text: resource('attachment', 'entity') },
    { file: 'resources/fileattachment.md', text: resource('fileAttachment', 'attachment') },
    { file: 'resources/itemattachment.md', text: resource('itemAttachment', 'attachment') },
  ])
  const response = model.operations[0]?.response
  const { type, source, collection } = response ?? {}
  // What the page's other evidence named is the page model's, not the linked model's.
  expect(response && 'alternative' in response).toBe(false)
  return [type?.kind === 'named' ? type.resolved : undefined, source, collection]
}

describe('the response type when the sentence and the annotation name related types', () => {
  const cases: [string, string, string, string, string][] = [
    // The annotation names the example's derived instance: the base type is what is returned.
    ['attachment', 'fileAttachment', 'attachment', 'sentence', 'a derived annotation'],
    ['directoryObject', 'user', 'directoryObject', 'sentence', 'a base the docs only name'],
    ['fileAttachment', 'attachment', 'attachment', 'annotation', 'the annotation is the base'],
    ['itemAttachment', 'fileAttachment', 'fileAttachment', 'annotation', 'neither derives from the other'],
  ]
  it.each(cases)('sentence %s, annotation %s: %s from the %s (%s)', (sentence, annotation, type, source) => {
    expect(responseOf(sentence, annotation)).toEqual([`microsoft.graph.${type}`, source, true])
  })
})
