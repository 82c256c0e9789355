/** The value `map` holds for `key`, made by `create` and kept there the first time it is asked
 *  for (an `undefined` value is kept too). The one memo-lookup of the project. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  if (map.has(key)) return map.get(key) as V
  const value = create()
  map.set(key, value)
  return value
}
