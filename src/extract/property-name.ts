/**
 * Read the name cell of a Properties, Relationships or parameter table row.
 *   |organizer (deprecated)|[identitySet](identityset.md)|…|   → organizer
 *   |**name**|String|…|                                         → name
 *   |[filesFolder](../api/channel-get-filesfolder.md)|…|       → filesFolder (link text)
 *   |odata.type|String|…|                                     → @odata.type
 * A parenthesised remark after the name (`(deprecated)`, `(preview)`) is not part of it. A name
 * `odata.x` is the OData control information `@odata.x` written without its `@` (the wire name has it).
 */
export function readPropertyName(text: string): string {
  return text
    .replace(/[*`\\]/g, '')
    .replace(/\s+\([^()]*\)$/, '')
    .trim()
    .replace(/^odata\./, '@odata.')
}
