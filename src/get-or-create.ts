/** The value `map` holds for `key`, made by `create` and kept there the first time it is asked
 *  for (an `undefined` value is kept too); a `Map` or a `WeakMap`. The one memo-lookup of the project. */
export function getOrCreate<K, V>(
  map: { has(key: K): boolean; get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  create: () => V,
): V {
  if (map.has(key)) return map.get(key) as V
  const value = create()
  map.set(key, value)
  return value
}
