/**
 * Front matter in the one shape the reference pages use, read without the YAML parser (which
 * costs about a twentieth of extraction): one `key: value` per line,
 *   title: "Get user"                 ← double quotes without `"` or `\` inside
 *   description: 'Read a user.'       ← single quotes without `'` inside
 *   ms.prod: microsoft-identity-platform   ← a plain word run: letters, digits, ` ._-/()`
 * with distinct keys. A plain value YAML would read as null or a boolean, and anything else,
 * gives undefined: the caller has the YAML parser read (and report) it.
 */

const ENTRY = /^([A-Za-z][\w.-]*): +(?:"([^"\\\p{Cc}]*)"|'([^'\p{Cc}]*)'|([A-Za-z][\w .\-/()]*?)) *$/u
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/

/** The string values of `yaml` by key, or undefined when it is not in the shape above. */
export function simpleFrontMatter(yaml: string): Record<string, string> | undefined {
  const values: Record<string, string> = {}
  for (const line of yaml.split('\n')) {
    if (line === '') continue
    const entry = ENTRY.exec(line)
    if (!entry) return undefined
    const [, key = '', doubleQuoted, singleQuoted, plain] = entry
    if (Object.hasOwn(values, key) || NOT_A_STRING.test(key) || NOT_A_STRING.test(plain ?? ''))
      return undefined
    values[key] = doubleQuoted ?? singleQuoted ?? plain ?? ''
  }
  return values
}
