/**
 * The spelling of an undocumented type's placeholder where the docs write its name in more than one
 * letter case: the lowerCamel one, as the format writes type names, over link text capitalised as a
 * heading. event's `|extensions|[Extension](extension.md) collection|` and todoTask's
 * `[extension](extension.md)` name one placeholder, `extension`, whichever page is linked first;
 * message-update's bare `|bccRecipients|Recipient|` is the message page's `[recipient](recipient.md)`.
 * A name written in one spelling only keeps it.
 *
 * Its namespace, where a bare name links a page another link of the tree names qualified: the
 * incident page's `[microsoft.graph.security.alertComment](security-alertcomment.md)` and a
 * `Namespace: microsoft.graph` API page's `[alertComment](../resources/security-alertcomment.md)`
 * name one placeholder, not one in each namespace.
 */
import { getOrCreate } from '../get-or-create.js'
import type { OperationDef, TypeDef, TypeRef } from '../model.js'
import type { UndocumentedType } from './drafts.js'

/** The placeholders of a link, by lower-case qualified name, and the spellings they take. */
export class UndocumentedTypes extends Map<string, UndocumentedType> {
  private readonly spellings: ReadonlyMap<string, string>
  private readonly qualified: ReadonlyMap<string, string>

  constructor(
    spellings: ReadonlyMap<string, string> = new Map(),
    qualified: ReadonlyMap<string, string> = new Map(),
  ) {
    super()
    this.spellings = spellings
    this.qualified = qualified
  }

  /** The simple name a placeholder written `simple` is spelled with. */
  spelling(simple: string): string {
    return this.spellings.get(simple.toLowerCase()) ?? simple
  }

  /** The qualified name another link of `target` writes for the bare `simple`, if one does, its
   *  simple name spelled as every placeholder's is (whichever page links it first). */
  qualifiedAt(target: string | undefined, simple: string): string | undefined {
    const name = target === undefined ? undefined : this.qualified.get(targetKey(target))
    const at = name?.lastIndexOf('.') ?? -1
    if (!name || name.slice(at + 1).toLowerCase() !== simple.toLowerCase()) return undefined
    return `${name.slice(0, at)}.${this.spelling(simple)}`
  }
}

/** What placeholders are named by, from every name the types and operations write (base types,
 *  properties, parameters, bodies, responses), read in one pass:
 *  `spellings`: lower-case simple name → the spelling its placeholder takes;
 *  `qualified`: link target → the one qualified name the links to it write (none where they write
 *  two; two letter cases of one name agree). */
export function placeholderNames(
  types: Iterable<TypeDef>,
  operations: readonly OperationDef[],
): { spellings: Map<string, string>; qualified: Map<string, string> } {
  const written = new Map<string, Map<string, number>>()
  const byTarget = new Map<string, Map<string, string>>()
  for (const ref of references(types, operations)) {
    if (ref.kind !== 'named') continue
    const name = ref.name.replace(/^#/, '').trim()
    const simple = name.slice(name.lastIndexOf('.') + 1)
    if (!/^[A-Za-z_]\w*$/.test(simple)) continue
    const counts = getOrCreate(written, simple.toLowerCase(), () => new Map<string, number>())
    counts.set(simple, (counts.get(simple) ?? 0) + 1)
    if (ref.target === undefined || !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(name)) continue
    const names = getOrCreate(byTarget, targetKey(ref.target), () => new Map<string, string>())
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name)
  }
  const spellings = new Map<string, string>()
  for (const [key, counts] of written) {
    const [chosen] = [...counts].sort(
      ([a, m], [b, n]) =>
        Number(startsLower(b)) - Number(startsLower(a)) || n - m || (a < b ? -1 : a > b ? 1 : 0),
    )
    if (chosen) spellings.set(key, chosen[0])
  }
  const qualified = new Map<string, string>()
  for (const [key, names] of byTarget)
    if (names.size === 1) qualified.set(key, [...names.values()][0] as string)
  return { spellings, qualified }
}

function targetKey(target: string): string {
  return target.replace(/#.*$/, '').toLowerCase()
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
