/**
 * A docs tree of part of an API (one team's pages, a subset) leaves out the format's root entity:
 * the members of an example are still judged against the types that derive from it, whose only
 * inherited property is the root's key. Today's place.md and place-get.md (microsoft-graph-docs-contrib
 * api-reference/v1.0), cut short, with the roomList value of place-list.md's example 2 as the answer;
 * no entity.md.
 */
import { expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

const PLACE = `---
doc_type: "resourcePageType"
---

# place resource type

Namespace: microsoft.graph

Represents basic location attributes such as name, physical address, and geographic coordinates.

## Methods

| Method                              | Return Type                  | Description |
|:------------------------------------|:-----------------------------|:--------|
| [Get place](../api/place-get.md)    | The requested, derived type of [place](place.md)            | Get the properties and relationships of a specified **place** object. |

## Properties

| Property       | Type                                              | Description |
|:---------------|:--------------------------------------------------|:--------|
| displayName    | String                                            | The name associated with the place. |
| geoCoordinates | [outlookGeoCoordinates](outlookgeocoordinates.md) | Specifies the place location in latitude, longitude and (optionally) altitude coordinates. |
| id             | String                                            | Unique identifier for the place. Read-only. |
| phone          | String                                            | The phone number of the place. |

## JSON representation

<!-- {
  "blockType": "resource",
  "optionalProperties": [

  ],
  "@odata.type": "microsoft.graph.place"
}-->

\`\`\`json
{
  "displayName": "String",
  "id": "String (identifier)",
  "geoCoordinates": {"@odata.type": "microsoft.graph.outlookGeoCoordinates"},
  "phone": "String"
}
\`\`\`
`

const GET = `---
doc_type: apiPageType
---

# Get place

Namespace: microsoft.graph

Get the properties and relationships of a [place](../resources/place.md) object.

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\`http
GET /places/{id}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and the requested [place](../resources/place.md) object in the response body.

## Examples

### Request

<!-- {
  "blockType": "request",
  "name": "get_roomlist"
}-->
\`\`\`http
GET https://graph.microsoft.com/v1.0/places/bldg1@contoso.com
\`\`\`

### Response

<!-- {
  "blockType": "response",
  "@odata.type": "microsoft.graph.place"
} -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
  "id": "DC404124-302A-92AA-F98D-7B4DEB0C1705",
  "displayName": "Building 1",
  "geocoordinates": null,
  "phone": null
}
\`\`\`
`

it("judges an example's members against a type whose base is the root entity the tree leaves out", async () => {
  const { diagnostics } = await checkDocs([
    { file: 'resources/place.md', text: PLACE },
    { file: 'api/place-get.md', text: GET },
  ])
  const unknown = diagnostics.filter((each) => each.code === 'example-unknown-property')
  expect(unknown.map(({ line, message }) => `${line} ${message}`)).toEqual([
    '47 Unexpected property geocoordinates in a place object, expected `geoCoordinates` (property names are case-sensitive)',
  ])
})
