import { describe, expect, it } from 'vitest'
import { readPropertyFlags } from '../../src/extract/property-flags.js'

describe('readPropertyFlags', () => {
  it.each([
    ['The GUID of the object. Read-only.', true],
    ['Read-only, nullable.', true],
    ['read only', true],
    ['Read-only for users synced from on-premises directory.', false],
    ['This property is read-only when the item is locked.', false],
    ['Read-only for users synced from on-premises. Read-only.', true],
    ['The display name.', false],
  ])('%s → read-only %s', (description, readOnly) => {
    expect(readPropertyFlags(description, 'status').readOnly).toBe(readOnly)
  })

  it.each([
    ['Possible values are: `a`, `b`, `c`.', ['a', 'b', 'c']],
    ['Allowed values: `null`, `Minor`, `NotAdult` and `Adult`.', ['Minor', 'NotAdult', 'Adult']],
    ['Possible values are: `null`.', undefined],
    // Quoted, where the list has neither code nor bold (Defender for Endpoint's alert and machine).
    [
      "Specifies the current status of the alert. Possible values are: 'Unknown', 'New', 'InProgress' and 'Resolved'.",
      ['Unknown', 'New', 'InProgress', 'Resolved'],
    ],
    [
      'Possible values are: "onboarded", "CanBeOnboarded", and "InsufficientInfo".',
      ['onboarded', 'CanBeOnboarded', 'InsufficientInfo'],
    ],
    ["Possible values are: `Full` or 'Selective'.", ['Full']],
    // An apostrophe opens no quoted value.
    ["Possible values are: 'Low', 'High', or don't set it.", ['Low', 'High']],
    ["Possible values are: 'don't', 'won't' or 'can't'.", undefined],
    // An evolvable enum's members after its sentinel, named in the sentence that follows (today's docs).
    [
      'The possible values are: `none`, `uploadText`, `unknownFutureValue`. Use the `Prefer: include-unknown-enum-members` request header to get the following values from this evolvable enum: `copyToClipboard`, `print`. The `print` value is new. Required.',
      ['none', 'uploadText', 'unknownFutureValue', 'copyToClipboard', 'print'],
    ],
    [
      'Possible values are: `working`, `unknownFutureValue`, `reassigned`. Note that you must use the `Prefer: include-unknown-enum-members` request header to get the following values in this evolvable enum: `reassigned`.',
      ['working', 'unknownFutureValue', 'reassigned'],
    ],
    // microsoft-graph-docs-contrib v1.0 servicehealthissuepost.md: the values of another member
    // (the itemBody's contentType), not of this property; its own name in the lead-in is its own.
    [
      'The content of the service issue post. The supported value for the contentType property is `html`.',
      undefined,
    ],
    ['Possible values for the status property are: `on`, `off`.', ['on', 'off']],
    // Today's api-reference/v1.0/resources/identityuserflowattribute.md (cut short): values of no
    // "possible" kind, said to be the property's, are a list too.
    [
      'The type of the user flow attribute. Read-only. Depending on the type of attribute, the values for this property are `builtIn`, `custom`, `required`, `unknownFutureValue`. <br/><br/> Supports `$filter` (`eq`, `ne`). ',
      ['builtIn', 'custom', 'required', 'unknownFutureValue'],
    ],
    // The sample's resources/calendar.md (cut short).
    [
      'Specifies the color theme to distinguish the calendar from other calendars in a UI. The property values are: `auto`, `lightBlue`, `maxColor`.',
      ['auto', 'lightBlue', 'maxColor'],
    ],
    // microsoftgraph/microsoft-graph-docs-contrib@870d3ebd4731bc16bfc7bca62a024e58c2f838da
    // api-reference/v1.0/resources/timeoffreason.md (cut short): supported things that a colon
    // opens are values too, and a code span holding the comma after its value holds the value.
    [
      'Supported icon types are: `none`, `car`, `calendar,` `running`, `plane`, `pin`, `sunny`. Required.',
      ['none', 'car', 'calendar', 'running', 'plane', 'pin', 'sunny'],
    ],
    // microsoftgraph/microsoft-graph-docs-contrib@6a0412abf71ce4e4a27df86a0fb1be3cb64d7cd5
    // api-reference/v1.0/api/agentidentityblueprint-addkey.md (its list items read as text, cut
    // short): where prose follows a value, they are no list (here, of the keyCredential's type).
    [
      'Supported key types are: `AsymmetricX509Cert`: The usage must be `Verify`. `X509CertAndPassword`: The usage must be `Sign`',
      undefined,
    ],
    // The list ends at a line break after which no value follows, as at a sentence end.
    [
      'Possible values are: `builtIn`, `custom`, `unknownFutureValue` <br><br>Supports `$filter` (`eq`, `ne`, `not`, and `in`).',
      ['builtIn', 'custom', 'unknownFutureValue'],
    ],
    ['Possible values are:<br/>`on`<br/>`off`<br/>Read-only, see `x`.', ['on', 'off']],
  ])('%s → %j', (description, values) => {
    expect(readPropertyFlags(description, 'status').possibleValues).toEqual(values)
  })

  // The list starts after the lead-in's verb, not at the name of the property it gives them for:
  // today's api-reference/v1.0/resources/identityuserflowattribute.md and apiapplication.md (cut short).
  it.each([
    [
      'dataType',
      "Can't be modified after the custom user flow attribute is created. The supported values for **dataType** are: `string` , `boolean` , `int64` , `stringCollection` , `dateTime`, `unknownFutureValue`. <br/><br/> Supports `$filter` (`eq`, `ne`).",
      ['string', 'boolean', 'int64', 'stringCollection', 'dateTime', 'unknownFutureValue'],
    ],
    [
      'requestedAccessTokenVersion',
      '<br><br> Possible values for `requestedAccessTokenVersion` are `1`, `2`, or `null`. If the value is `null`, this defaults to `1`, which corresponds to the v1.0 endpoint.',
      undefined,
    ],
  ])('%s: %s → %j', (name, description, values) => {
    expect(readPropertyFlags(description, name).possibleValues).toEqual(values)
  })
})
