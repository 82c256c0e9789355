/**
 * The arguments a request example writes in its path's function call are judged as the server reads
 * them, by the rows of the Function parameters table: the sample's worksheet-cell.md (cut) writes
 * `cell(row=<row>,column=<column>)` where both are Int32, so the example calls nothing the server
 * answers; its `{row}` template and a number are values.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

const cell = (call: string) => `---
doc_type: apiPageType
---
# Get cell

Namespace: microsoft.graph

Gets the range object containing the single cell based on row and column numbers.

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
GET /me/drive/items/{id}/workbook/worksheets/{id|name}/cell(row={row},column={column})
\`\`\`

## Function parameters
In the request path, provide the following parameters.

| Parameter	   | Type	|Description|
|:---------------|:--------|:----------|
|row|Int32|Row number of the cell to be retrieved. Zero-indexed.|
|column|Int32|Column number of the cell to be retrieved. Zero-indexed.|

## Response

If successful, this method returns \`200 OK\` response code.

## Example
##### Request
<!--{
  "blockType": "request",
  "name": "worksheet_cell"
}-->
\`\`\`http
GET https://graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/worksheets/{id|name}/${call}
\`\`\`
`

const faultsOf = async (call: string) => {
  const { diagnostics } = await checkDocs([{ file: 'api/worksheet-cell.md', text: cell(call) }])
  return diagnostics
    .filter((each) => each.code === 'example-invalid-format')
    .map(({ line, message }) => `${line} ${message}`)
}

describe("a request example's function arguments", () => {
  it('are judged by their rows: a placeholder is no Int32', async () => {
    expect(await faultsOf('cell(row=<row>,column=<column>)')).toEqual([
      '35 Unexpected `<row>` for the argument row, expected an Int32; Unexpected `<column>` for the argument column, expected an Int32',
    ])
  })

  it('take a template and a number', async () => {
    expect(await faultsOf('cell(row={row},column=2)')).toEqual([])
  })
})
