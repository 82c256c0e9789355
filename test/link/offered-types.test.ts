import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { TypeRef } from '../../src/model.js'

// api-reference/v1.0/api/call-answer.md and resources/{mediaconfig,apphostedmediaconfig}.md,
// microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78 (abridged)
const answer = `---\ndoc_type: apiPageType\n---\n# call: answer\n\n## HTTP request\n\`\`\`http\nPOST /communications/calls/{id}/answer\n\`\`\`\n\n## Request body\n| Parameter | Type | Description |\n|:--|:--|:--|\n| callbackUri | String | Allows bots to provide a specific callback URI. (Required) |\n| mediaConfig | [appHostedMediaConfig](../resources/apphostedmediaconfig.md) or [serviceHostedMediaConfig](../resources/servicehostedmediaconfig.md) | The media configuration. (Required) |\n\n## Response\nIf successful, this method returns a \`202 Accepted\` response code.\n`
const resource = (name: string, base?: string) =>
  `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|blob|String|The media configuration blob.|\n\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}"${base ? `, "baseType": "microsoft.graph.${base}"` : ''} } -->\n\`\`\`json\n{ "blob": "String" }\n\`\`\`\n`

const mediaConfigOf = (pages: Record<string, string>) => {
  const model = buildModel([
    { file: 'api/call-answer.md', text: answer },
    ...Object.entries(pages).map(([file, text]) => ({ file, text })),
  ])
  const parameter = model.operations[0]?.parameters.find((each) => each.name === 'mediaConfig')
  const resolved = (type: TypeRef | undefined) => (type?.kind === 'named' ? type.resolved : type?.kind)
  return { type: resolved(parameter?.type), otherTypes: parameter?.otherTypes?.map(resolved) }
}

describe('a parameter whose Type cell offers several types', () => {
  it('is the documented base type they share', () => {
    const pages = {
      'resources/mediaconfig.md': resource('mediaConfig'),
      'resources/apphostedmediaconfig.md': resource('appHostedMediaConfig', 'mediaConfig'),
      'resources/servicehostedmediaconfig.md': resource('serviceHostedMediaConfig', 'mediaConfig'),
    }
    // The cell's offer is evidence of the page model, not part of the linked model.
    expect(mediaConfigOf(pages)).toEqual({ type: 'microsoft.graph.mediaConfig', otherTypes: undefined })
  })

  it('is any type offered where the docs document no base they share', () => {
    // serviceHostedMediaConfig has no page: nothing says what it derives from.
    const pages = {
      'resources/mediaconfig.md': resource('mediaConfig'),
      'resources/apphostedmediaconfig.md': resource('appHostedMediaConfig', 'mediaConfig'),
    }
    const either = {
      type: 'microsoft.graph.appHostedMediaConfig',
      otherTypes: ['microsoft.graph.serviceHostedMediaConfig'],
    }
    expect(mediaConfigOf(pages)).toEqual(either)
    // Types that share only the root entity share nothing that says more than either.
    const unrelated = {
      'resources/entity.md': resource('entity'),
      'resources/apphostedmediaconfig.md': resource('appHostedMediaConfig', 'entity'),
      'resources/servicehostedmediaconfig.md': resource('serviceHostedMediaConfig', 'entity'),
    }
    expect(mediaConfigOf(unrelated)).toEqual(either)
  })
})

// microsoft-graph-docs-contrib api-reference/v1.0/api/identitycontainer-post-identityproviders.md (abridged).
const create = (description: string) =>
  `---\ndoc_type: apiPageType\n---\n# Create identityProvider\n\n${description}\n\n## HTTP request\n\`\`\`http\nPOST /identity/identityProviders\n\`\`\`\n\n## Request body\n\nIn Azure AD B2C provide a JSON representation of [socialIdentityProvider](../resources/socialidentityprovider.md), or an [appleManagedIdentityProvider](../resources/applemanagedidentityprovider.md) object.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| blob | String | Required. |\n\n## Response\nIf successful, this method returns a \`201 Created\` response code.\n`

describe('a Request body that offers several types', () => {
  const bodyOf = (description: string) => {
    const model = buildModel([
      { file: 'api/identitycontainer-post-identityproviders.md', text: create(description) },
      { file: 'resources/identityproviderbase.md', text: resource('identityProviderBase') },
      {
        file: 'resources/socialidentityprovider.md',
        text: resource('socialIdentityProvider', 'identityProviderBase'),
      },
      {
        file: 'resources/applemanagedidentityprovider.md',
        text: resource('appleManagedIdentityProvider', 'identityProviderBase'),
      },
    ])
    const body = model.operations[0]?.requestBody
    expect(body && 'otherTypes' in body).toBe(false)
    return body?.type.kind === 'named' ? body.type.resolved : body?.type.kind
  }

  it('sends the documented base type they share', () => {
    expect(
      bodyOf('Create an identity provider object that is of the type specified in the request body.'),
    ).toBe('microsoft.graph.identityProviderBase')
    // A description naming one of them names no shared type.
    expect(bodyOf('Create a [socialIdentityProvider](../resources/socialidentityprovider.md).')).toBe(
      'microsoft.graph.identityProviderBase',
    )
  })
})
