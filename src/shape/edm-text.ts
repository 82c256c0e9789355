/**
 * How the Edm primitives that JSON carries as text are written (OData's ABNF, ISO 8601, RFC 4122),
 * so that a value can be told from a placeholder or a value of another type:
 *   DateTimeOffset  2021-07-16T10:30:00Z · 2017-02-07T16:33:42.7324305-08:00   not "datetime-value"
 *   Date            2021-07-16                                                 not "2021-07-16T00:00:00Z"
 * The patterns are JSON Schema patterns too (no flags), which OpenAPI schemas carry as they are.
 */
import type { PrimitiveName } from '../model.js'

export interface TextForm {
  /** The value's lexical form, anchored. */
  readonly pattern: string
  /** A value of that form, for messages. */
  readonly sample: string
}

export const EDM_TEXT_FORMS = {
  // Seconds are optional in OData; the offset is not (`Z` or `±hh:mm`).
  DateTimeOffset: {
    pattern: '^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$',
    sample: '2021-07-16T10:30:00Z',
  },
  Date: { pattern: '^\\d{4}-\\d{2}-\\d{2}$', sample: '2021-07-16' },
  // OData's TimeOfDay has no offset (`08:30:00.0000000`).
  TimeOfDay: { pattern: '^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$', sample: '08:30:00' },
  // Signed, with fractional seconds (`-PT17.1357909S`), which RFC 3339's `duration` refuses.
  Duration: {
    pattern: '^-?P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$',
    sample: 'PT1H30M',
  },
  Guid: {
    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    sample: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  },
} as const satisfies Partial<Record<PrimitiveName, TextForm>>

const FORMS: ReadonlyMap<string, TextForm & { regex: RegExp }> = new Map(
  Object.entries(EDM_TEXT_FORMS).map(([name, form]) => [name, { ...form, regex: new RegExp(form.pattern) }]),
)

/** The form `value` misses, when `name` has one and `value` is not written in it. */
export function missedTextForm(name: PrimitiveName, value: string): TextForm | undefined {
  const form = FORMS.get(name)
  return form && !form.regex.test(value) ? form : undefined
}
