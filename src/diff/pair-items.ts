/**
 * Match the items of two revisions: by exact key first, then the leftovers by a looser key (names
 * equal but for letter case; routes equal but for a function's arguments), so that a rename of that
 * kind is one change to the pair instead of a removal plus an addition. Pairs keep the old order.
 */
export interface Pairing<T> {
  paired: [before: T, after: T][]
  removed: T[]
  added: T[]
}

export function pairItems<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  looseKey: (item: T) => string,
): Pairing<T> {
  const exact = pairBy(before, after, key)
  const loose = pairBy(exact.removed, exact.added, looseKey)
  const order = new Map(before.map((item, index) => [item, index]))
  const paired = [...exact.paired, ...loose.paired].sort(
    ([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
  )
  return { paired, removed: loose.removed, added: loose.added }
}

/** Names first as written, then equal but for letter case. */
export function pairByName<T>(
  before: readonly T[],
  after: readonly T[],
  name: (item: T) => string,
): Pairing<T> {
  return pairItems(before, after, name, (item) => name(item).toLowerCase())
}

/** Greedy: each old item takes the first unpaired new item with its key. */
function pairBy<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Pairing<T> {
  const waiting = new Map<string, T[]>()
  for (const item of after) {
    const queue = waiting.get(key(item))
    if (queue) queue.push(item)
    else waiting.set(key(item), [item])
  }
  const paired: [T, T][] = []
  const removed: T[] = []
  for (const item of before) {
    const match = waiting.get(key(item))?.shift()
    if (match === undefined) removed.push(item)
    else paired.push([item, match])
  }
  const taken = new Set(paired.map(([, next]) => next))
  return { paired, removed, added: after.filter((item) => !taken.has(item)) }
}
