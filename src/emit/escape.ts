/**
 * The one place where text from the docs becomes code. Every emitter and every Handlebars view
 * model goes through these functions; templates run with `noEscape`, so nothing is escaped twice.
 */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean constructor declare ' +
    'get module require number set string symbol type from of await async unknown never object bigint undefined ' +
    'namespace keyof readonly infer is asserts satisfies accessor global arguments eval'
  ).split(' '),
)

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** True when `name` can stand as a property name without quotes. */
export function isPlainPropertyName(name: string): boolean {
  return IDENTIFIER.test(name)
}

/** A property key for an interface or type literal: bare when safe, otherwise a quoted string. */
export function propertyKey(name: string): string {
  return isPlainPropertyName(name) && name !== '__proto__' ? name : stringLiteral(name)
}

/**
 * A key for an object literal that runs: like `propertyKey`, but `__proto__` becomes the computed
 * key `["__proto__"]`, since `{ "__proto__": x }` would set the object's prototype instead.
 */
export function objectLiteralKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name)
}

/**
 * A safe identifier made from any text: invalid characters become `_`, a leading digit or a
 * reserved word gets a `_` prefix. Different inputs can collide; callers that need distinct
 * names use `uniqueIdentifier`.
 */
export function toIdentifier(text: string): string {
  let id = text.normalize('NFKC').replace(/[^\w$]/g, '_')
  if (id === '' || /^\d/.test(id)) id = `_${id}`
  if (RESERVED.has(id) || id === '__proto__' || id === 'prototype') id = `_${id}`
  return id
}

/**
 * `importedWindowsAutopilotDeviceIdentity` → `ImportedWindowsAutopilotDeviceIdentity`, made safe.
 * `$` is dropped, so a type name never collides with the emitters' own `Graph$X` aliases.
 */
export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9_]+/).filter(Boolean)
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')
  return toIdentifier(joined)
}

/** `toIdentifier(text)`, suffixed `_2`, `_3`… until it is not in `taken`; adds it to `taken`. */
export function uniqueIdentifier(text: string, taken: Set<string>, make = toIdentifier): string {
  const base = make(text)
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`
  taken.add(candidate)
  return candidate
}

/** A double-quoted string literal that is also safe inside a `<script>` or HTML comment. */
export function stringLiteral(value: string): string {
  return scriptJson(value)
}

/** JSON text that is also JavaScript and cannot end a `<script>` element or an HTML comment
 *  (`</script>`, `-->` become `\u003c/script\u003e`, `--\u003e`). */
export function scriptJson(value: object | string): string {
  const json = JSON.stringify(value)
  // One pass, and none where there is nothing to escape (most texts: megabytes of them per emit).
  return SCRIPT_UNSAFE.test(json)
    ? json.replace(SCRIPT_UNSAFE_ALL, (char) => SCRIPT_ESCAPES[char] ?? char)
    : json
}

const SCRIPT_UNSAFE = /[<>\u2028\u2029]/
const SCRIPT_UNSAFE_ALL = /[<>\u2028\u2029]/g
const SCRIPT_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/** Text for HTML (an error page, a mock's index): `& < > " '` become character references. */
export function htmlText(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

/** `encodeURIComponent` that cannot throw: lone surrogates become U+FFFD first. */
export function uriComponent(text: string): string {
  return encodeURIComponent(
    text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  )
}

/** The body of a template literal: backticks, `${` and backslashes escaped. */
export function templateLiteralText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g

/** Anything `jsDocText` replaces: a control character, a comment delimiter, `@`, whitespace other
 *  than a single space between words. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const NEEDS_JSDOC_ESCAPE = /[\u0000-\u001f\u007f@]|\*\/|\/\*|\s\s|[^\S ]|^\s|\s$/

/**
 * Text for a JSDoc comment: cannot close the comment, start a tag, or carry control characters.
 * Returns the lines to put after ` * `.
 */
export function jsDocText(text: string): string {
  // Most doc strings need none of the replacements: they are returned as they are.
  if (!NEEDS_JSDOC_ESCAPE.test(text)) return text
  return text
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/@/g, '\\@')
    .replace(/\s+/g, ' ')
    .trim()
}
