/**
 * The spelling of an undocumented type's placeholder where the docs write its name in more than one
 * letter case: the lowerCamel one, as the format writes type names, over link text capitalised as a
 * heading. event's `|extensions|[Extension](extension.md) collection|` and todoTask's
 * `[extension](extension.md)` name one placeholder, `extension`, whichever page is linked first;
 * message-update's bare `|bccRecipients|Recipient|` is the message page's `[recipient](recipient.md)`.
 * A name written in one spelling only keeps it.
 */
import type { OperationDef, TypeDef, TypeRef } from '../model.js'
import type { UndocumentedType } from './drafts.js'

/** The placeholders of a link, by lower-case qualified name, and the spellings they take. */
export class UndocumentedTypes extends Map<string, UndocumentedType> {
  private readonly spellings: ReadonlyMap<string, string>

  constructor(spellings: ReadonlyMap<string, string> = new Map()) {
    super()
    this.spellings = spellings
  }

  /** The simple name a placeholder written `simple` is spelled with. */
  spelling(simple: string): string {
    return this.spellings.get(simple.toLowerCase()) ?? simple
  }
}

/** Lower-case simple name → the spelling its placeholder takes, of every name the types and
 *  operations write (base types, properties, parameters, bodies, responses). */
export function placeholderSpellings(
  types: Iterable<TypeDef>,
  operations: readonly OperationDef[],
): Map<string, string> {
  const written = new Map<string, Map<string, number>>()
  for (const ref of references(types, operations)) {
    if (ref.kind !== 'named') continue
    const name = ref.name.replace(/^#/, '').trim()
    const simple = name.slice(name.lastIndexOf('.') + 1)
    if (!/^[A-Za-z_]\w*$/.test(simple)) continue
    const key = simple.toLowerCase()
    const counts = written.get(key) ?? new Map<string, number>()
    counts.set(simple, (counts.get(simple) ?? 0) + 1)
    written.set(key, counts)
  }
  const spellings = new Map<string, string>()
  for (const [key, counts] of written) {
    const [chosen] = [...counts].sort(
      ([a, m], [b, n]) =>
        Number(startsLower(b)) - Number(startsLower(a)) || n - m || (a < b ? -1 : a > b ? 1 : 0),
    )
    if (chosen) spellings.set(key, chosen[0])
  }
  return spellings
}

function* references(types: Iterable<TypeDef>, operations: readonly OperationDef[]): Generator<TypeRef> {
  for (const type of types) {
    if (type.kind === 'enum') continue
    if (type.baseType) yield type.baseType
    for (const property of type.properties) yield property.type
  }
  for (const operation of operations) {
    for (const parameter of operation.parameters) yield parameter.type
    if (operation.requestBody) yield operation.requestBody.type
    if (operation.response.type) yield operation.response.type
  }
}

function startsLower(name: string): boolean {
  return /^[a-z]/.test(name)
}
