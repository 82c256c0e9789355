/**
 * The query options a call takes, from its Optional query parameters section, and those the page
 * says it does not support: today's print-list-shares.md ("supports some of the OData query
 * parameters … ### Exceptions — Some operators are not supported: `$count`, `$search`.") and
 * printershare-get.md ("* The `$count` operator is not supported."). Both were read as supported
 * (the client offered `$count`, and the list lost `$select` and `$filter`).
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

const page = (route: string, sentence: string, section: string) => ({
  file: 'api/print-list-shares.md',
  text: [
    '# List shares',
    '## HTTP request',
    `\`\`\`http\nGET ${route}\n\`\`\``,
    '## Optional query parameters',
    section,
    '## Response',
    sentence,
  ].join('\n\n'),
})
const LIST =
  'If successful, this method returns a `200 OK` response code and a collection of [printerShare](../resources/printershare.md) objects in the response body.'
const GET =
  'If successful, this method returns a `200 OK` response code and a [printerShare](../resources/printershare.md) object in the response body.'

const optionsOf = (route: string, sentence: string, section: string) =>
  buildModel([page(route, sentence, section)]).operations[0]?.queryOptions

describe('query options', () => {
  it('are the standard ones but those an Exceptions subsection says are not supported', () => {
    const section = [
      'This method supports some of the OData query parameters to help customize the response.',
      '> **Note:** Using $top=n query parameter will return **up to** `n` shares.',
      '### Exceptions',
      'Some operators are not supported: `$count`, `$search`.',
    ].join('\n\n')
    expect(optionsOf('/print/shares', LIST, section)).toEqual([
      '$select',
      '$expand',
      '$filter',
      '$orderby',
      '$top',
      '$skip',
    ])
  })

  it('are those the page names, but one a list item says is not supported', () => {
    const section = [
      'This method supports some of the OData query parameters, including `$select` and `$expand`, to help customize the response. For example:',
      '```http\nGET /print/printers/{id}?$select=id,displayName\n```',
      '### Exceptions',
      '* The `$count` operator is not supported.',
    ].join('\n\n')
    expect(optionsOf('/print/shares/{id}', GET, section)).toEqual(['$select', '$expand'])
  })

  // today's accessreviewscheduledefinition-list.md, and the 2021 groupsetting-get.md
  it('keep an option whose limits the page states, and drop one a note denies', () => {
    const limited = [
      'This method supports the `$select`, `$top` and `$filter` OData query parameters to help customize the response.',
      'The `$filter` query parameter is not supported on **accessReviewInactiveUserQueryScope**.',
    ].join('\n\n')
    expect(optionsOf('/print/shares', LIST, limited)).toEqual(['$select', '$top', '$filter'])
    const denied =
      'This method supports the [OData Query Parameters](/graph/query-parameters) to help customize the response.\n\n> Note: $filter is not supported.'
    expect(optionsOf('/print/shares/{id}', GET, denied)).toEqual(['$select', '$expand'])
  })

  it('are those a sentence names, where the next sentence denies another', () => {
    const section =
      'This method supports the `$select` and `$filter` OData query parameters to help customize the response. The `$search` parameter is not supported.'
    expect(optionsOf('/print/shares', LIST, section)).toEqual(['$select', '$filter'])
  })

  it('are every standard one where the page supports them all, and those it names otherwise', () => {
    expect(
      optionsOf(
        '/print/shares',
        LIST,
        'This method supports the OData query parameters to help customize the response.',
      ),
    ).toContain('$count')
    expect(
      optionsOf('/print/shares', LIST, 'This method supports the `$filter` and `$top` query parameters.'),
    ).toEqual(['$filter', '$top'])
  })

  // today's filestorage-list-containers.md and calendar-list-calendarview.md (cut short)
  it('are those a Query parameters sentence says the call supports, beside its own parameters', () => {
    const containers = [
      '# List containers',
      '## HTTP request',
      '```http\nGET /storage/fileStorage/containers?$filter=containerTypeId eq {containerTypeId}\n```',
      '## Query parameters',
      'This method required the `containerTypeId` parameter. It supports the `$expand` OData query parameter, except for the **drive**, **permissions**, and **customProperties** properties. For more information, see [OData query parameters](/graph/query-parameters).',
      '## Response',
      'If successful, this method returns a `200 OK` response code and a collection of [fileStorageContainer](../resources/filestoragecontainer.md) objects in the response body.',
    ].join('\n\n')
    const [operation] = buildModel([
      { file: 'api/filestorage-list-containers.md', text: containers },
    ]).operations
    expect(operation?.queryOptions).toEqual(['$expand'])
    const calendarView = [
      '# List calendarView',
      '## HTTP request',
      '```http\nGET /me/calendar/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}\n```',
      '## Query parameters',
      'In the request URL, provide the following required query parameters with values.',
      '| Parameter | Type | Description |\n|:--|:--|:--|\n| startDateTime | String | The start date and time of the time range. |',
      'This method also supports some of the [OData Query Parameters](/graph/query-parameters) to help customize the response.',
      '> [!NOTE]\n> The **createdDateTime** and **lastModifiedDateTime** properties of [event](../resources/event.md) do not support `$select`.',
      '## Response',
      'If successful, this method returns a `200 OK` response code and a collection of [event](../resources/event.md) objects in the response body.',
    ].join('\n\n')
    const [list] = buildModel([{ file: 'api/calendar-list-calendarview.md', text: calendarView }]).operations
    expect(list?.queryOptions).toEqual([
      '$select',
      '$expand',
      '$filter',
      '$orderby',
      '$top',
      '$skip',
      '$count',
      '$search',
    ])
  })
})
