import { describe, expect, it } from 'vitest'
import type { PrimitiveName } from '../../src/model.js'
import { missedTextForm } from '../../src/shape/edm-text.js'

const WRITTEN: [PrimitiveName, string, boolean][] = [
  ['DateTimeOffset', '2021-07-16T10:30:00Z', true],
  ['DateTimeOffset', '2017-02-07T16:33:42.7324305-08:00', true],
  ['DateTimeOffset', '2021-07-16T10:30Z', true], // OData leaves seconds out
  ['DateTimeOffset', '2021-07-16T10:30:00', false], // no offset
  ['DateTimeOffset', '1974-07-22', false], // a Date
  ['DateTimeOffset', 'datetime-value', false],
  ['Date', '2021-07-16', true],
  ['Date', '2021-07-16T00:00:00Z', false],
  ['TimeOfDay', '08:30:00.0000000', true],
  ['TimeOfDay', '8:30', false],
  ['Duration', '-PT17.1357909S', true],
  ['Duration', 'P90D', true],
  ['Duration', '90 days', false],
  ['Guid', '3F2504E0-4F89-11D3-9A0C-0305E82C3301', true],
  ['Guid', 'skuId-value', false],
  ['String', 'anything', true], // no form to miss
]

describe('the text forms of Edm primitives', () => {
  it.each(WRITTEN)('%s %s is written in its form: %s', (name, value, fits) => {
    expect(missedTextForm(name, value) === undefined).toBe(fits)
  })
})
