/** Whether two lists hold the identical elements (`===`) in the same order; the memos that keep a
 *  result while its inputs are the same objects (watch mode) compare their inputs with it. */
export function sameElements<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true
  return a !== undefined && b !== undefined && a.length === b.length && a.every((item, i) => item === b[i])
}
