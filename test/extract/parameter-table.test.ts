import { describe, expect, it } from 'vitest'
import { extractParameterSections, type ParameterLocation } from '../../src/extract/parameter-table.js'
import type { Diagnostic } from '../../src/model.js'
import { readPage } from '../../src/parse/page.js'

const parametersOf = (table: string, location: ParameterLocation) => {
  const page = readPage('api/x.md', `## Section\n${table}`)
  const diagnostics: Diagnostic[] = []
  const parameters = extractParameterSections(page, page.sections.slice(1), location, diagnostics)
  return { parameters, diagnostics }
}

describe('extractParameterSections', () => {
  const cases: [string, string, ParameterLocation, string[]][] = [
    [
      'request body properties',
      '|Property|Type|Description|\n|:--|:--|:--|\n|displayName|String|The name.|\n|attendees|[attendee](../resources/attendee.md) collection|Who.|\n',
      'body',
      ['body displayName String optional', 'body attendees attendee(resources/attendee.md)[] optional'],
    ],
    [
      'action parameters',
      '|Parameter|Type|Description|\n|:--|:--|:--|\n|comment|String|A comment. Required.|\n',
      'body',
      ['body comment String required'],
    ],
    [
      'types qualified after a dash (other teams)',
      '|Name|Type|Description|\n|:--|:--|:--|\n|a|String - required|The a.|\n|b|Int64 - optional|The b. Required when c is set.|\n',
      'body',
      ['body a String required', 'body b Int64 optional'],
    ],
    [
      'Required (Y/N) column',
      '|Property|Type|Required (Y/N)|Description|\n|:--|:--|:--|:--|\n|a|Int32|Y|x|\n|b|Boolean|N|y|\n',
      'body',
      ['body a Int32 required', 'body b Boolean optional'],
    ],
    [
      'Required column of True and False (other teams)',
      '|Name|Type|Required|Description|\n|:--|:--|:--|:--|\n|a|String|True|x|\n|b|Boolean|False|y|\n',
      'body',
      ['body a String required', 'body b Boolean optional'],
    ],
    [
      'Header|Value with entities and a value in the name cell',
      '|Header|Value|\n|:--|:--|\n|Authorization|Bearer &lt;token&gt; Required.|\n|Accept|application/json|\n|Prefer: outlook.timezone|Optional.|\n',
      'header',
      [
        'header Authorization String required',
        'header Accept String optional',
        'header Prefer String optional',
      ],
    ],
    [
      'Name|Type|Description headers',
      '| Name | Type | Description |\n|:--|:--|:--|\n| Authorization | string | Bearer {token}. Required. |\n',
      'header',
      ['header Authorization String required'],
    ],
    [
      'query parameters with backticks',
      '| Query parameter | Type |Description|\n|:--|:--|:--|\n| `$deltatoken` | string | A token (required). |\n',
      'query',
      ['query $deltatoken String required'],
    ],
    [
      'Name|Value|Description body: the Value column holds the type',
      '| Name | Value | Description |\n|:--|:--|:--|\n| parentReference | [ItemReference](../resources/itemreference.md) | Optional. |\n| name | string | Optional. |\n',
      'body',
      [
        'body parentReference ItemReference(resources/itemreference.md) optional',
        'body name String optional',
      ],
    ],
    [
      'Name|Value|Description headers: the Value column is the header value',
      '| Name | Value | Description |\n|:--|:--|:--|\n| *if-match* | etag | If this request header is included… |\n',
      'header',
      ['header if-match String optional'],
    ],
    ['a table without a name column', '|Member|Value|\n|:--|:--|\n|a|0|\n', 'body', []],
    [
      'a lead-in that says the parameters are required: each row is, unless it says Optional',
      'The following table lists the parameters that are required when you call this action.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| keyCredential | String | The new key. The __type__ is a required property. |\n| hint | String | Optional. A hint. |\n',
      'body',
      ['body keyCredential String required', 'body hint String optional'],
    ],
    [
      'a lead-in of optional and required parameters leaves it to each row',
      'The following table lists the optional and required parameters that you can use when you call this action.\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n| queryString | String | The query. Required. |\n| filterExpression | String | A filter. |\n',
      'body',
      ['body queryString String required', 'body filterExpression String optional'],
    ],
    [
      'a lead-in that says there are no required parameters leaves it to each row',
      'This method has no required parameters. The table lists the ones you can use.\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n| top | Int32 | How many. |\n',
      'body',
      ['body top Int32 optional'],
    ],
    [
      // api/application-addpassword.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
      'a lead-in that names the object the table describes: that object is the body',
      'In the request body, provide an optional `passwordCredential` object with the following properties.\n\n| Property      | Type           | Description |\n| :------------ | :------------- | :---------- |\n| displayName   | String         | Friendly name for the password. Optional. |\n',
      'body',
      ['body passwordCredential passwordCredential(undefined) optional'],
    ],
    [
      // api/serviceprincipal-addpassword.md, microsoftgraph/microsoft-graph-docs-contrib@02b4cba04d0426b41fe35819922b100050c5c441
      'a lead-in that names a linked object, empty or with the properties: that object is the body',
      'In the request body, provide an empty [passwordCredential](../resources/passwordcredential.md) object or with the following optional properties.\n\n| Property\t   | Type\t|Description|\n|:---------------|:--------|:----------|\n| displayName | String | Friendly name for the password. Optional. |\n',
      'body',
      ['body passwordCredential passwordCredential(undefined) required'],
    ],
    [
      // api/user-update.md (04452c0d) and accessreviewinstance-update.md (08c3f1ad), microsoftgraph/microsoft-graph-docs-contrib
      'a capitalised Required that a condition follows is not the flag; one a but follows is',
      '| Property\t   | Type\t|Description|\n|:---------------|:--------|:----------|\n|usageLocation|String|A two letter country code (ISO standard 3166). Required for users that will be assigned licenses due to legal requirement to check for availability of services in countries.  Examples include: "US", "JP", and "GB". Not nullable.|\n|scope|[accessReviewScope](../resources/accessreviewscope.md)|Defines the scope of users reviewed in a group. Read-only. Required but not updated.|\n',
      'body',
      [
        'body usageLocation String optional',
        'body scope accessReviewScope(resources/accessreviewscope.md) required',
      ],
    ],
    [
      // today's api/schedule-list-timecards.md, microsoftgraph/microsoft-graph-docs-contrib: "only" before the condition
      'a capitalised Required only under a condition is not the flag',
      '| Name | Description |\n|:--|:--|\n| Authorization | Bearer {token}. Required. |\n| MS-APP-ACTS-AS (deprecated) | A user ID (GUID). Required only if the authorization token is an application token; otherwise, optional. |\n',
      'header',
      ['header Authorization String required', 'header MS-APP-ACTS-AS String optional'],
    ],
    [
      // api/call-answer.md (test/fixtures/verify-undocumented-type): a purpose is no condition
      'a capitalised Required that a purpose follows is the flag',
      '| Parameter | Type | Description |\n|:--|:--|:--|\n| acceptedModalities | String collection | The list of accept modalities. Possible value are: `audio`, `video`, `videoBasedScreenSharing`. Required for answering a call. |\n',
      'body',
      ['body acceptedModalities String[] required'],
    ],
    [
      // today's microsoft-graph-docs-contrib api-reference/v1.0/api/authenticationmethod-resetpassword.md:61
      'a Required for a class of callers, in a row that says what happens when it is omitted, is not the flag',
      "| Parameter    | Type        | Description |\n|:-------------|:------------|:------------|\n|newPassword|String|The new password. Required for tenants with hybrid password scenarios. If omitted for a cloud-only password, the system returns a system-generated password. This is a unicode string with no other encoding. It is validated against the tenant's banned password system before acceptance, and must adhere to the tenant's cloud and/or on-premises password requirements.|\n",
      'body',
      ['body newPassword String optional'],
    ],
    [
      // the same row, each of its two signs alone
      'a Required for a class of callers with a condition, or for a purpose in a row that may leave it out',
      '| Parameter | Type | Description |\n|:--|:--|:--|\n|newPassword|String|The new password. Required for tenants with hybrid password scenarios.|\n|password|String|The new password. Required for a reset by an administrator. If omitted, the system returns a system-generated password.|\n',
      'body',
      ['body newPassword String optional', 'body password String optional'],
    ],
    [
      // near cases: a bare flag stays one whatever the row says of omitting the member
      'a bare Required in a row that says what happens when it is omitted is the flag',
      '| Parameter | Type | Description |\n|:--|:--|:--|\n|newPassword|String|The new password. Required. If omitted, the request fails.|\n',
      'body',
      ['body newPassword String required'],
    ],
    [
      // the row of today's beta api/printer-create.md:49 (its Required column says No), under a required lead-in
      'a row of a required lead-in that says what happens when it is omitted',
      'In the request body, provide the following required properties.\n\n| Property | Type | Description |\n|:--|:--|:--|\n|displayName|String|The name of the printer.|\n|hasPhysicalDevice|Boolean|True if the printer has physical output device, false otherwise. If omitted, the default value is true.|\n',
      'body',
      ['body displayName String required', 'body hasPhysicalDevice Boolean optional'],
    ],
    [
      // today's microsoft-graph-docs-contrib api-reference/v1.0/api/authentication-post-phonemethods.md:57-62
      'a lead-in that names the members the body must include requires those rows',
      'In the request body, supply a JSON representation of a [phoneAuthenticationMethod](../resources/phoneauthenticationmethod.md) object. The JSON must include `phoneNumber` and `phoneType`, but not `smsSignInState` (which is read-only).\n\n| Property     | Type        | Description |\n|:-------------|:------------|:------------|\n|phoneNumber|String|The phone number to text or call for authentication. Phone numbers use the format `+{country code} {number}x{extension}`, with extension optional. For example, `+1 5555551234` or `+1 5555551234x123` are valid. Numbers are rejected when creating or updating if they do not match the required format.|\n|phoneType|String|Possible values are: `mobile`, `alternateMobile`, and `office`.|\n',
      'body',
      ['body phoneNumber String required', 'body phoneType String required'],
    ],
    [
      // near cases: a choice among members, or members the body must not include
      'a lead-in that names members to choose among, or not to include, requires none',
      'The JSON must include `phoneNumber`, `phoneType`, or `emailAddress`. It must not include `smsSignInState`.\n\n| Property | Type | Description |\n|:--|:--|:--|\n|phoneNumber|String|The phone number.|\n|phoneType|String|The type.|\n|smsSignInState|String|The state.|\n',
      'body',
      [
        'body phoneNumber String optional',
        'body phoneType String optional',
        'body smsSignInState String optional',
      ],
    ],
    [
      // today's api/application-addkey.md
      'a lead-in of the following required properties',
      'In the request body, provide the following required properties.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| keyCredential | [keyCredential](../resources/keycredential.md) | The new credential. |\n| proof | String | A self-signed JWT token. |\n',
      'body',
      ['body keyCredential keyCredential(resources/keycredential.md) required', 'body proof String required'],
    ],
    [
      // the same page: a row that says when it is required is not covered by the lead-in
      'a row of a required lead-in that is required only under a condition',
      'In the request body, provide the following required properties.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| passwordCredential | [passwordCredential](../resources/passwordcredential.md) | This property is required only for keys of type `X509CertAndPassword`. Set it to `null` otherwise. |\n| proof | String | A self-signed JWT token. |\n',
      'body',
      [
        'body passwordCredential passwordCredential(resources/passwordcredential.md) optional',
        'body proof String required',
      ],
    ],
    [
      // today's beta api/virtualendpoint-post-deviceimages.md: a label is not the flag
      'a Required that labels what follows is not the flag',
      '| Property | Type | Description |\n|:--|:--|:--|\n| sourceImageResourceId | String | The ID of the source image. Required format: `/subscriptions/{subscription-id}/images/{imageName}`. |\n',
      'body',
      ['body sourceImageResourceId String optional'],
    ],
    [
      'a lead-in of an empty object, unnamed, lists the body parameters',
      'In the request body, provide an empty object or with the following optional properties.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| displayName | String | Friendly name. Optional. |\n',
      'body',
      ['body displayName String optional'],
    ],
    [
      'a lead-in of a JSON object lists the body parameters',
      'In the request body, provide a JSON object with the following properties.\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n| top | Int32 | How many. |\n',
      'body',
      ['body top Int32 optional'],
    ],
  ]
  it.each(cases)('%s', (_name, table, location, expected) => {
    const { parameters } = parametersOf(table, location)
    expect(
      parameters.map((p) => {
        const type =
          p.type.kind === 'named'
            ? `${p.type.name}(${p.type.target})`
            : p.type.kind === 'primitive'
              ? p.type.name
              : '?'
        return `${p.in} ${p.name} ${type}${p.collection ? '[]' : ''} ${p.required ? 'required' : 'optional'}`
      }),
    ).toEqual(expected)
  })

  it('keeps extra cells from unescaped pipes in the description and reports the row', () => {
    const { parameters, diagnostics } = parametersOf(
      '|Property|Type|Description|\n|:--|:--|:--|\n|payloadFileName|String|Payload file name (*.mobileconfig | *.xml).|\n',
      'body',
    )
    expect(parameters[0]?.description).toBe('Payload file name (*.mobileconfig | *.xml).')
    expect(diagnostics).toMatchObject([{ code: 'malformed-table', line: 4 }])
  })

  it('reads a later row of the same parameter with words after its name as another use of it', () => {
    // microsoft-graph-docs-contrib: api-reference/v1.0/api/opentypeextension-get.md
    const { parameters } = parametersOf(
      [
        '|Parameter|Description|Example|',
        '|:---------------|:--------|:-------|',
        '|$filter|Returns an extension with its **id** matching the `extensionId` parameter value.|[Request 3](#request-3)|',
        '|$filter with **any** operator|Returns instances of a resource collection that contain an extension with its **id** matching the `extensionId` parameter value.|[Request 5](#request-5)|',
        '|$expand|Expands a resource instance to include an extension. |[Request 3](#request-3) and [request 5](#request-5)|',
        '',
      ].join('\n'),
      'query',
    )
    expect(parameters.map((parameter) => parameter.name)).toEqual(['$filter', '$expand'])
    // A header's rows, each with a value of it, stay.
    const headers = parametersOf(
      '|Name|Description|\n|:--|:--|\n|Prefer: outlook.timezone|A time zone.|\n|Prefer: outlook.body-content-type|A format.|\n',
      'header',
    )
    expect(headers.parameters.map((parameter) => parameter.name)).toEqual(['Prefer', 'Prefer'])
  })

  it('places parameters at their row', () => {
    const { parameters } = parametersOf(
      '\n|Name|Description|\n|:--|:--|\n|Authorization|Bearer {token}. Required.|\n',
      'header',
    )
    expect(parameters[0]?.position).toEqual({ file: 'api/x.md', line: 5, column: 1 })
    expect(parameters[0]?.description).toBe('Bearer {token}. Required.')
  })
})
