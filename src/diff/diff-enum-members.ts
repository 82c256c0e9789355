/**
 * Enum members after Microsoft's API guidelines (evolvable enums): an enum that already has the
 * `unknownFutureValue` sentinel is evolvable. A member added after the sentinel breaks nobody, since
 * the service sends `unknownFutureValue` in its place unless the client asks for it with
 * `Prefer: include-unknown-enum-members`. A member added to any other enum, or before the sentinel,
 * reaches every client and breaks readers whose switches are exhaustive. Moving the sentinel across
 * existing members changes what those clients receive: breaking, as the guidelines say. Removed or
 * renamed members break both sides: writers may send them, and the generated unions narrow for readers.
 */
import { isSentinel } from '../enum-sentinel.js'
import type { EnumMember, EnumTypeDef } from '../model.js'
import { type ApiChange, caseRename, change, inNew, removal } from './api-change.js'
import { pairByName } from './pair-items.js'

export function diffEnumMembers(before: EnumTypeDef, after: EnumTypeDef, changes: ApiChange[]): void {
  const enumName = after.qualifiedName
  const members = pairByName(before.members, after.members, (m) => m.name)
  const what = { noun: 'Member', owner: `enum ${enumName}` }
  for (const member of members.removed)
    changes.push(
      removal(
        'enum-member-removed',
        'both',
        `${enumName}.${member.name}`,
        what,
        member.name,
        member.position,
      ),
    )
  for (const [old, next] of members.paired)
    if (old.name !== next.name)
      changes.push(
        caseRename(
          'enum-member-case-changed',
          'both',
          `${enumName}.${next.name}`,
          what,
          { old: old.name, new: next.name },
          next.position,
        ),
      )
  const evolvable = before.members.some(isSentinel)
  for (const member of members.added) changes.push(memberAdded(after, member, evolvable))
  const moved = sentinelMove(before, after, members.paired)
  if (moved)
    changes.push(
      change(
        'enum-sentinel-moved',
        'response',
        `${enumName}.${moved.sentinel.name}`,
        `The unknownFutureValue sentinel of enum ${enumName} moved: ${moved.crossed.join(', ')} now on its other side, so clients that do not send Prefer: include-unknown-enum-members see a different set of members`,
        inNew(moved.sentinel.position),
      ),
    )
}

/** The members kept from the old revision that changed side of the sentinel, if any did. */
function sentinelMove(
  before: EnumTypeDef,
  after: EnumTypeDef,
  paired: readonly [EnumMember, EnumMember][],
): { sentinel: EnumMember; crossed: string[] } | undefined {
  const sentinel = after.members.find(isSentinel)
  if (!sentinel || !before.members.some(isSentinel)) return undefined
  const crossed = paired
    .filter(([old]) => !isSentinel(old))
    .filter(([old, next]) => isAfterSentinel(before, old) !== isAfterSentinel(after, next))
    .map(([, next]) => next.name)
  return crossed.length > 0 ? { sentinel, crossed } : undefined
}

function memberAdded(after: EnumTypeDef, member: EnumMember, evolvable: boolean): ApiChange {
  const enumName = after.qualifiedName
  const subject = `${enumName}.${member.name}`
  const site = inNew(member.position)
  if (evolvable && isAfterSentinel(after, member))
    return change(
      'enum-member-added',
      undefined,
      subject,
      `Member ${member.name} was added to evolvable enum ${enumName} after its unknownFutureValue sentinel (sent only to clients that ask with Prefer: include-unknown-enum-members)`,
      site,
    )
  const why = evolvable
    ? 'before its unknownFutureValue sentinel, so every client receives it (new members of an evolvable enum go after the sentinel)'
    : 'which had no unknownFutureValue sentinel, so clients with exhaustive switches break'
  return change(
    'enum-member-added',
    'response',
    subject,
    `Member ${member.name} was added to enum ${enumName}, ${why}`,
    site,
  )
}

/** After the sentinel by value when both have one, else by position in the Members table. */
function isAfterSentinel(type: EnumTypeDef, member: EnumMember): boolean {
  const sentinel = type.members.find(isSentinel)
  if (!sentinel) return false
  if (sentinel.value !== undefined && member.value !== undefined) return member.value > sentinel.value
  return type.members.indexOf(member) > type.members.indexOf(sentinel)
}
