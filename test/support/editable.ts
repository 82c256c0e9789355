/** A copy of a (read-only) model value that a test may edit to make a changed model. */
export type Editable<T> = T extends readonly (infer Item)[]
  ? Editable<Item>[]
  : T extends object
    ? { -readonly [Key in keyof T]: Editable<T[Key]> }
    : T

export function editable<T>(value: T): Editable<T> {
  return structuredClone(value) as Editable<T>
}
