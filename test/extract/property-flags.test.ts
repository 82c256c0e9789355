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
    // The list ends at a line break after which no value follows, as at a sentence end.
    [
      'Possible values are: `builtIn`, `custom`, `unknownFutureValue` <br><br>Supports `$filter` (`eq`, `ne`, `not`, and `in`).',
      ['builtIn', 'custom', 'unknownFutureValue'],
    ],
    ['Possible values are:<br/>`on`<br/>`off`<br/>Read-only, see `x`.', ['on', 'off']],
  ])('%s → %j', (description, values) => {
    expect(readPropertyFlags(description, 'status').possibleValues).toEqual(values)
  })
})
