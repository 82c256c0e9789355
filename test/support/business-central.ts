/**
 * An excerpt of another team's reference in the Graph page format: MicrosoftDocs/dynamics365smb-devitpro-pb
 * dev-itpro/api-reference/v2.0/resources/dynamics_currency.md (0566a9d3aee9ef4023ad4e5fe34f9e73aa54802c),
 * cut to two Methods rows and two properties: no annotations, Return Types as plain names.
 */
export const CURRENCY_RESOURCE = `# currency resource type

## Methods

| Method | Return Type|Description |
|:--------------------|:-----------|:-------------------------|
|[GET currency](../api/dynamics_currency_get.md)|currency|Gets a currency object.|
|[DELETE currency](../api/dynamics_currency_delete.md)|none|Deletes a currency object.|

## Properties

| Property           | Type   |Description     |
|:-------------------|:-------|:---------------|
|id|GUID|The unique ID of the currency. Non-editable.|
|code|string|The code of the currency.|
`

/**
 * MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/api/dynamics_currency_get.md
 * (0cd1dbbaf104281988695402c038de1d6c4ddc65), cut short: keys in parentheses, a stand-in for the
 * service root.
 */
export const CURRENCY_GET = `# Get currencies

## HTTP request

\`\`\`
GET businesscentralPrefix/companies({id})/currencies({id})
\`\`\`

## Response
If successful, this method returns a \`\`\`200 OK\`\`\` response code and a **currencies** object in the response body.

## Example

**Request**

\`\`\`json
GET https://{businesscentralPrefix}/api/v2.0/companies({id})/currencies({id})
\`\`\`

**Response**

\`\`\`json
{
    "id": "0ca5738a-44e3-ea11-bb43-000d3a2feca1",
    "code": "CAD"
}
\`\`\`
`
