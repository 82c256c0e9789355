/**
 * Read the name cell of a Properties, Relationships or parameter table row.
 *   |organizer (deprecated)|[identitySet](identityset.md)|…|   → organizer
 *   |**name**|String|…|                                         → name
 *   |[filesFolder](../api/channel-get-filesfolder.md)|…|       → filesFolder (link text)
 *   |displayName <sup>1</sup>|String|…|                        → displayName
 *   |odata.type|String|…|                                     → @odata.type
 * A remark after the name, in parentheses or brackets (`(deprecated)`, `[preview]`), and a
 * footnote mark (`<sup>1</sup>`) are not part of it. A name `odata.x` is the OData control
 * information `@odata.x` written without its `@` (the wire name has it). The remark's space run is
 * matched from its start only (`(?<!\s)`): a long run was quadratic.
 */
export function readPropertyName(text: string): string {
  return text
    .replace(/<sup>[^<]*<\/sup>/gi, '')
    .replace(/[*`\\]/g, '')
    .replace(/(?<!\s)\s+(?:\([^()]*\)|\[[^[\]]*\])$/, '')
    .trim()
    .replace(/^odata\./, '@odata.')
}

/** A remark of the name cell, in parentheses or brackets and either letter case, that marks the
 *  property deprecated:
 *   |owner (deprecated) |String| Use the **container** property instead. …|   (plannerplan.md) */
const DEPRECATED_REMARK = /[([]\s*deprecated\s*[)\]]/i

/** Whether a name cell marks its property deprecated (`DEPRECATED_REMARK`). */
export function marksDeprecated(text: string): boolean {
  return DEPRECATED_REMARK.test(text)
}
