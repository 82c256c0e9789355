/**
 * A type a route addresses by key is an entity, even where its own page shows no `keyProperty` or
 * Methods. Excerpts of OneDrive/onedrive-api-docs `docs/rest-api/resources/subscription.md` and
 * `docs/rest-api/api/subscription_update.md` (the update's route ends in `{id}` after `subscriptions`).
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

const SUBSCRIPTION = `---
title: Subscription - OneDrive API
---
# Subscription resource type

The subscription resource defines the properties of a single subscription.

## JSON representation

<!-- {
"blockType": "resource",
"@odata.type": "microsoft.graph.subscription",
"optionalProperties": [ "clientState", "expirationDateTime", "resource", "subscriptionId", "changeType" ]
} -->

\`\`\`json
{
  "id": "string",
  "clientState": "optional string",
  "expirationDateTime": "datetime"
}
\`\`\`

## Properties

| Property Name          | Type                          | description |
|:-----------------------|:------------------------------|:------------|
| **id**                 | String                        | The unique identifier for the subscription resource. Read-only. |
| **clientState**        | String - optional             | An optional string value that is passed back in the notification message for this subscription. |
| **expirationDateTime** | DateTime                      | The date and time when the subscription will expire if not updated or renewed. |
`

const UPDATE = (route: string) => `---
title: Update a webhook subscription - OneDrive API
---
# Update subscription

Renew a subscription by extending its expiry time.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
PATCH ${route}
\`\`\`

## Example

### Request

<!-- { "blockType": "request", "name": "patch-subscription", "@odata.type": "oneDrive.subscription" } -->

\`\`\`http
PATCH /drive/root/subscriptions/{id}
Content-type: application/json

{
  "expirationDateTime": "2018-01-03T11:23:00.000Z"
}
\`\`\`

### Response

<!-- { "blockType": "response",  "name": "patch-subscription", "@odata.type": "oneDrive.subscription" } -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
 "id": "1039149811asbc",
 "expirationDateTime": "2018-01-03T11:23:00.000Z"
}
\`\`\`
`

const subscription = (route: string) =>
  buildModel([
    { file: 'resources/subscription.md', text: SUBSCRIPTION },
    { file: 'api/subscription_update.md', text: UPDATE(route) },
  ]).types['microsoft.graph.subscription']

describe('a type addressed by key', () => {
  it('is an entity deriving from the root entity', () => {
    expect(subscription('/subscriptions/{id}')).toMatchObject({
      kind: 'entity',
      baseType: { kind: 'named', name: 'microsoft.graph.entity' },
    })
  })

  it('stays complex where no route ends in a key', () => {
    expect(subscription('/me/subscription')).toMatchObject({ kind: 'complex' })
    expect(subscription('/me/subscription')).not.toHaveProperty('baseType')
  })
})
