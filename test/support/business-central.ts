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
