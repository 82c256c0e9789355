import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

const resource = (qualifiedName: string, base: string) => {
  const dot = qualifiedName.lastIndexOf('.')
  return `---\ndoc_type: resourcePageType\n---\n# ${qualifiedName.slice(dot + 1)} resource type\n\nNamespace: ${qualifiedName.slice(0, dot)}\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String||\n\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "${qualifiedName}", "baseType": "${base}" } -->\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`
}
const api = (sentenceType: string, target: string, annotationType: string) =>
  `---\ndoc_type: apiPageType\n---\n# List attachments\n\n## HTTP request\n\`\`\`http\nGET /me/messages/{id}/attachments\n\`\`\`\n\n## Response\nIf successful, this method returns a \`200 OK\` response code and a collection of [${sentenceType}](../resources/${target}.md) objects in the response body.\n\n## Example\n### Response\n<!-- { "blockType": "response", "@odata.type": "${annotationType}", "isCollection": true } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "value": [ { "@odata.type": "#${annotationType}", "id": "1" } ] }\n\`\`\`\n`
const responseOf = (sentenceType: string, annotationType: string, target = sentenceType.toLowerCase()) => {
  const model = buildModel([
    { file: 'api/message-list-attachments.md', text: api(sentenceType, target, annotationType) },
    { file: 'resources/user.md', text: resource('microsoft.graph.user', 'microsoft.graph.directoryObject') },
    {
      file: 'resources/attachment.md',
      text: resource('microsoft.graph.attachment', 'microsoft.graph.entity'),
    },
    {
      file: 'resources/fileattachment.md',
      text: resource('microsoft.graph.fileAttachment', 'microsoft.graph.attachment'),
    },
    {
      file: 'resources/itemattachment.md',
      text: resource('microsoft.graph.itemAttachment', 'microsoft.graph.attachment'),
    },
    {
      file: 'resources/security-alertbase.md',
      text: resource('microsoft.graph.security.alertBase', 'microsoft.graph.security.evidence'),
    },
    // Its base is written unqualified: the name is read in the type's own namespace.
    { file: 'resources/security-alert.md', text: resource('microsoft.graph.security.alert', 'alertBase') },
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
    // Two steps up, past a documented base, to one no page defines; its name in any case or spelling.
    ['entity', 'fileAttachment', 'entity', 'sentence', 'an undocumented grand-base'],
    ['Entity', 'fileAttachment', 'entity', 'sentence', 'another case'],
    ['microsoft.graph.entity', 'fileAttachment', 'entity', 'sentence', 'a qualified name'],
    ['Attachment', 'fileAttachment', 'attachment', 'sentence', 'a documented base, another case'],
    // The chain of a type in another namespace, its unqualified base read in that namespace.
    ['alertBase', 'security.alert', 'security.alertBase', 'sentence', 'a documented base'],
    [
      'microsoft.graph.security.evidence',
      'security.alert',
      'security.evidence',
      'sentence',
      'an undocumented one',
    ],
    // An undocumented base is matched by its last name segment; the response keeps the sentence's
    // name, a placeholder in the default namespace.
    ['evidence', 'security.alert', 'evidence', 'sentence', 'an undocumented base, unqualified'],
    ['securityEvidence', 'security.alert', 'security.alert', 'annotation', 'another name'],
    ['alert', 'security.alert', 'security.alert', 'annotation', 'the type itself'],
    // The format's root names no particular type (today's authenticationmethod-resetpassword.md
    // annotates `microsoft.graph.entity`): no base to go back to, whatever derives from it.
    ['attachment', 'entity', 'attachment', 'sentence', 'the root, a placeholder'],
  ]
  it.each(cases)('sentence %s, annotation %s: %s from the %s (%s)', (sentence, annotation, type, source) => {
    expect(responseOf(sentence, `microsoft.graph.${annotation}`)).toEqual([
      `microsoft.graph.${type}`,
      source,
      true,
    ])
  })

  it('takes a documented base by the name when the link denotes no page', () => {
    expect(responseOf('attachment', 'microsoft.graph.fileAttachment', 'nothing')).toEqual([
      'microsoft.graph.attachment',
      'sentence',
      true,
    ])
  })
})

describe('the response type when the examples show several outcomes', () => {
  // microsoftgraph/microsoft-graph-docs-contrib@0d01005046b5fe36fd21c40401b10965ae33cc50,
  // api-reference/v1.0/api/partners-billing-operation-get.md: one example per outcome.
  const outcome = (type: string) =>
    `<!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.${type}" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ "@odata.type": "#microsoft.graph.${type}", "id": "6fe687d7" }\n\`\`\`\n`
  const getOperation = (outcomes: readonly string[]) =>
    `---\ndoc_type: apiPageType\n---\n# Get operation\n\n## HTTP request\n\`\`\`http\nGET /reports/partners/billing/operations/{id}\n\`\`\`\n\n## Response\nIf an operation completes successfully, this method returns a \`200 OK\` response code and a [microsoft.graph.${outcomes[0]}](../resources/x.md) object in the response body.\n\n## Examples\n${outcomes.map((type) => `### Response\n${outcome(type)}`).join('\n')}`
  const responseOf = (outcomes: readonly string[]) => {
    const model = buildModel([
      { file: 'api/partners-billing-operation-get.md', text: getOperation(outcomes) },
      {
        file: 'resources/partners-billing-operation.md',
        text: resource('microsoft.graph.partners.billing.operation', 'microsoft.graph.entity'),
      },
      ...['exportSuccessOperation', 'failedOperation', 'runningOperation'].map((name) => ({
        file: `resources/partners-billing-${name.toLowerCase()}.md`,
        text: resource(
          `microsoft.graph.partners.billing.${name}`,
          'microsoft.graph.partners.billing.operation',
        ),
      })),
      { file: 'resources/user.md', text: resource('microsoft.graph.user', 'microsoft.graph.entity') },
    ])
    const response = model.operations[0]?.response
    expect(response && 'outcomes' in response).toBe(false)
    return response?.type?.kind === 'named' ? response.type.resolved : undefined
  }

  it.each([
    [
      [
        'partners.billing.exportSuccessOperation',
        'partners.billing.failedOperation',
        'partners.billing.runningOperation',
      ],
      'microsoft.graph.partners.billing.operation',
    ],
    [
      ['partners.billing.failedOperation', 'partners.billing.operation'],
      'microsoft.graph.partners.billing.operation',
    ],
    // The format's root entity says nothing of the outcomes: the first one stays.
    [['partners.billing.failedOperation', 'user'], 'microsoft.graph.partners.billing.failedOperation'],
  ])('%j: %s', (outcomes, type) => {
    expect(responseOf(outcomes)).toBe(type)
  })
})

describe("the response type's names, read in the namespace of the operation's page", () => {
  // A bare name on a page of the security namespace names that namespace's type before the default
  // namespace's, which has an alert of its own (as Graph has microsoft.graph.alert and
  // microsoft.graph.security.alert); the link here leads to no page, so the name decides.
  const page = (sentence: string, annotation: string) =>
    `---\ndoc_type: apiPageType\n---\n# Get alert\n\nNamespace: microsoft.graph.security\n\n## HTTP request\n\`\`\`http\nGET /security/alerts_v2/{alertId}\n\`\`\`\n\n## Response\nIf successful, this method returns a \`200 OK\` response code and an [${sentence}](../resources/nothing.md) object in the response body.\n\n## Example\n### Response\n<!-- { "blockType": "response", "@odata.type": "${annotation}" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "@odata.type": "#${annotation}", "id": "1" }\n\`\`\`\n`
  it('takes the base type of the annotated one in the page namespace, not a namesake elsewhere', () => {
    const model = buildModel([
      { file: 'api/security-alert-get.md', text: page('alert', 'microsoft.graph.security.incidentAlert') },
      { file: 'resources/alert.md', text: resource('microsoft.graph.alert', 'microsoft.graph.entity') },
      {
        file: 'resources/security-alert.md',
        text: resource('microsoft.graph.security.alert', 'microsoft.graph.entity'),
      },
      {
        file: 'resources/security-incidentalert.md',
        text: resource('microsoft.graph.security.incidentAlert', 'microsoft.graph.security.alert'),
      },
    ])
    const type = model.operations[0]?.response.type
    expect(type?.kind === 'named' && type.resolved).toBe('microsoft.graph.security.alert')
  })
})
