/**
 * Read the name cell of a Properties, Relationships or parameter table row.
 *   |organizer (deprecated)|[identitySet](identityset.md)|…|   → organizer
 *   |**name**|String|…|                                         → name
 *   |[filesFolder](../api/channel-get-filesfolder.md)|…|       → filesFolder (link text)
 * A parenthesised remark after the name (`(deprecated)`, `(preview)`) is not part of it.
 */
export function readPropertyName(text: string): string {
  return text
    .replace(/[*`\\]/g, '')
    .replace(/\s+\([^()]*\)$/, '')
    .trim()
}
