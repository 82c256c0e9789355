/**
 * A response example's body shown as one object votes on collection-ness only where it shows the
 * response type: a member of it, or an `@odata.type` naming it or a type derived from it. An object
 * none of whose members the type has says nothing of collection-ness, and the Response sentence
 * decides where the annotation is silent.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { checkDocs } from '../support/check-docs.js'

// Today's microsoft-graph-docs-contrib api-reference/v1.0/api/bookingbusiness-getstaffavailability.md,
// resources/staffavailabilityitem.md and resources/availabilityitem.md (cut to the minimum).
const staffAvailabilityItem = `# staffAvailabilityItem resource type

Namespace: microsoft.graph

## Properties

| Property  | Type |Description|
|:---------------|:--------|:----------|
|availabilityItems |[availabilityItem](availabilityitem.md) collection |Each item in this collection indicates a slot and the status of the staff member.|
|staffId |String |The ID of the staff member.|

<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.staffAvailabilityItem"
}-->
\`\`\` json
{
  "availabilityItems": [{"@odata.type": "microsoft.graph.availabilityItem"}],
  "staffId": "String"
}
\`\`\`
`
const availabilityItem = `# availabilityItem resource type

Namespace: microsoft.graph

## Properties

| Property  | Type |Description|
|:---------------|:--------|:----------|
|serviceId |String |Indicates the service ID for 1:n appointments. If the appointment is of type 1:n, this field is present, otherwise, \`null\`.|
|status |bookingsAvailabilityStatus |The status of the staff member. Possible values are: \`available\`, \`busy\`, \`slotsAvailable\`, \`outOfOffice\`, \`unknownFutureValue\`.|

<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.availabilityItem"
}-->
\`\`\` json
{
  "serviceId": "String",
  "status": "String"
}
\`\`\`
`
const getStaffAvailability = (body: string) => `# bookingsBusiness: getStaffAvailability

Namespace: microsoft.graph

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\`http
POST /solutions/bookingBusinesses/{id}/getStaffAvailability
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [staffAvailabilityItem](../resources/staffavailabilityitem.md) collection in the response.

## Example

### Request

<!-- {
  "blockType": "request",
  "name": "bookingbusiness_getstaffavailability"
}-->

\`\`\`http
POST https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/Contosolunchdelivery@contoso.onmicrosoft.com/getStaffAvailability 
Content-Type: application/json

{ 
    "staffIds": [ 
        "311a5454-08b2-4560-ba1c-f715e938cb79" 
    ]
}
\`\`\`

### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.staffAvailabilityItem",
} -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

${body}
\`\`\`
`
// The page's body: the items under a key of their own, none of staffAvailabilityItem's members.
const underOwnKey = `{ 
    "staffAvailabilityItem": [ 
        { 
            "staffId": "311a5454-08b2-4560-ba1c-f715e938cb79", 
            "availabilityItems": [ 
                { 
                    "status": "Available", 
                    "serviceId": "" 
                }, 
                { 
                    "status": "Busy", 
                    "serviceId": "57da6774-a087-4d69-b0e6-6fb82c339976" 
                }
            ] 
        } 
    ] 
}`

const pages = (body: string) => [
  { file: 'api/bookingbusiness-getstaffavailability.md', text: getStaffAvailability(body) },
  { file: 'resources/staffavailabilityitem.md', text: staffAvailabilityItem },
  { file: 'resources/availabilityitem.md', text: availabilityItem },
]

const collectionOf = (docs: ReturnType<typeof pages>) => {
  const response = buildModel(docs).operations[0]?.response
  // What the page's vote would be without its body is the page model's, not the linked model's.
  expect(response && 'objectBodyVote' in response).toBe(false)
  return response?.collection
}

describe('a response example body that is no object of the response type', () => {
  it('does not outvote the Response sentence: a collection', () => {
    expect(collectionOf(pages(underOwnKey))).toBe(true)
  })

  it('still votes where it shows the type: a member, or its @odata.type', () => {
    // A silent annotation breaks the tie of the sentence and a body of one staffAvailabilityItem.
    expect(collectionOf(pages('{ "staffId": "311a5454-08b2-4560-ba1c-f715e938cb79" }'))).toBe(false)
    expect(collectionOf(pages('{ "StaffId": "311a5454-08b2-4560-ba1c-f715e938cb79" }'))).toBe(false)
    const typed = '{ "@odata.type": "#microsoft.graph.staffAvailabilityItem", "staff": "311a5454" }'
    expect(collectionOf(pages(typed))).toBe(false)
    // An undocumented response type has no members to judge the body by.
    const undocumented = pages(underOwnKey).filter((page) => !page.file.endsWith('staffavailabilityitem.md'))
    expect(collectionOf(undocumented)).toBe(false)
  })

  it('checks the items under the other key, and reports no collection sentence', async () => {
    const { diagnostics } = await checkDocs(pages(underOwnKey))
    const found = diagnostics
      .filter((d) => /collection|sentence|enum|unknown-property/.test(d.code))
      .map((d) => [d.code, d.line, d.message])
    expect(found).toEqual([
      [
        'example-collection-mismatch',
        49,
        'Unexpected `"staffAvailabilityItem": [ … ]` as response body, expected a collection `{ "value": [ … ] }` of microsoft.graph.staffAvailabilityItem: the operation returns a collection',
      ],
      [
        'example-invalid-enum',
        54,
        'Unexpected bookingsAvailabilityStatus value "Available" for status, expected one of available, busy, slotsAvailable, outOfOffice, unknownFutureValue',
      ],
      [
        'example-invalid-enum',
        58,
        'Unexpected bookingsAvailabilityStatus value "Busy" for status, expected one of available, busy, slotsAvailable, outOfOffice, unknownFutureValue',
      ],
    ])
  })

  it('reads a member of the type holding an array as one object, not as another key', async () => {
    const stated = pages('{ "availabilityItems": [ { "status": "Available" } ] }').map((page) => ({
      ...page,
      text: page.text.replace('"truncated": true,', '"truncated": true,\n  "isCollection": true,'),
    }))
    const { diagnostics } = await checkDocs(stated)
    const found = diagnostics.filter((d) => /^example-/.test(d.code)).map((d) => [d.code, d.line, d.message])
    expect(found).toEqual([
      [
        'example-collection-mismatch',
        49,
        'Unexpected single object as response body, expected a collection `{ "value": [ … ] }` of microsoft.graph.staffAvailabilityItem: the operation returns a collection',
      ],
    ])
  })
})
