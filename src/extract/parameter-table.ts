/**
 * Read parameter tables of an API page into `ParameterDef`s. Header variants:
 *   | Property | Type | Description |          ## Request body (update, create, Intune actions)
 *   | Parameter | Type | Description |         ## Request body (actions), ## Function parameters, ## Path parameters
 *   | Property | Type | Required (Y/N) | Description |
 *   | Query parameter | Type | Description |   ## Query parameters (`$deltatoken`)
 *   | Name | Value | Description |            ## Optional query parameters
 *   | Header | Value | · | Name | Description | · | Name | Type | Description |   ## Request headers
 * Required-ness comes from a Required column (`Y`, `Yes`, `True`), a qualified type (`String - optional`,
 * `(Optional) String`), free text (`Required.`, `(required)`), or else the lead-in above the table
 * ("the parameters that are required"), which may also name the rows it requires ("The JSON must
 * include `phoneNumber` and `phoneType`").
 * A header cell that holds a value too (`Prefer: outlook.timezone`) gives the header name and the value.
 */
import type { Nodes, Table } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, ParameterDef, RequiredWhen, SourcePosition } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import type { Section } from '../parse/sections.js'
import { columnOf, hasUnexpectedCells, namedCells, type ReadTable, readTable } from '../parse/table.js'
import { saysFlagsEnum } from './property-flags.js'
import { alternativesIn, readTypeCell, unreadWordFinding } from './type-cell.js'

export type ParameterLocation = ParameterDef['in']

const NAME_COLUMNS = ['property', 'parameter', 'name', 'header', 'query parameter', 'parameter name']
const STRING = { kind: 'primitive', name: 'String' } as const

/**
 * A lead-in that says the table lists required parameters, and no optional ones:
 *   The following table lists the parameters that are required when you call this action.
 *   In the request URL, provide the following required query parameters with values.
 *   In the request body, provide the following required properties.   (application-addkey.md)
 * ("… lists the optional and required parameters …" leaves each row to say which it is, and
 * "This method has no required parameters." says none is.) "The following table shows the properties
 * that are required when you create the …" is left to link (`REQUIRED_WHEN_LEAD`): Intune's pages
 * write it over every property of the type, read-only ones included (thousands of rows on the v1.0
 * docs).
 */
const REQUIRED_LEAD =
  /\b(?:required (?:\w+ )?parameters|parameters (?:that|which) are required|following required properties)\b/i
/** "The following table shows the properties that are required when you create the …", "… when
 *  you update the [teamworkTag](…)." (today's teamworktag-update.md) or "… lists the properties that
 *  are required to create a chat object." (today's chat-post.md): link decides whether the rows are
 *  (`ParameterDef.requiredWhen`). */
const REQUIRED_WHEN_LEAD =
  /\b(?:properties|parameters) (?:that|which) are required (?:when (?:you )?|to )(?:(creat)|updat)/i

/**
 * A lead-in that names, in code, the members the body must include (today's
 * authentication-post-phonemethods.md):
 *   The JSON must include `phoneNumber` and `phoneType`, but not `smsSignInState` (which is read-only).
 * Those rows are required, as under "the following required properties". Not a choice among them
 * ("must include `a` or `b`", "`a`, `b` and/or `c`"): the list must end the clause.
 */
const MUST_INCLUDE =
  /\bmust (?:include|contain) (?:the )?(`[\w.@]+`(?:(?:,? and |, )`[\w.@]+`)*)(?= (?:properties|members)\b|,? but\b|\s*[.;(]|$)/i

/**
 * A body lead-in that names one object the table describes: the body holds that object under its
 * name, and the table lists the properties of its type (documented on the type's own page):
 *   In the request body, provide an optional `passwordCredential` object with the following properties.
 *   In the request body, provide an empty [passwordCredential](…) object or with the following optional properties.
 * (the second, today's servicePrincipal addPassword, sends the object, empty or not: it is required).
 * (`provide a JSON object with the following parameters` lists the body's own parameters.)
 */
const OBJECT_LEAD =
  /\bprovide an? (optional |empty )?`?(?!(?:empty|optional|new|json)\b)(\w+)`? object(?: or)? with the following (?:optional )?properties\b/i

/** Every parameter table in `sections` (a section and the subsections to read), in page order. */
export function extractParameterSections(
  page: Page,
  sections: readonly Section[],
  location: ParameterLocation,
  diagnostics: Diagnostic[],
): ParameterDef[] {
  return sections.flatMap((section) => {
    let lead = ''
    return page.tree(section).children.flatMap((node) => {
      if (node.type === 'paragraph') lead = cleanText(node)
      if (node.type !== 'table')
        return tablesIn(node).flatMap((table) =>
          extractParameterTable(table, location, page.file, diagnostics),
        )
      const stated = !/\b(?:optional|no|none|not)\b/i.test(lead)
      const rows = stated && (requiredWhen(lead) ?? REQUIRED_LEAD.test(lead))
      const object = location === 'body' ? OBJECT_LEAD.exec(lead) : null
      const named = namedRequired(lead)
      lead = ''
      if (object?.[2] && !/^json$/i.test(object[2])) {
        const at = node.position?.start
        const position = { file: page.file, line: at?.line ?? 1, column: at?.column ?? 1 }
        const type = { kind: 'named', name: object[2] } as const
        return [
          {
            name: object[2],
            in: location,
            type,
            collection: false,
            required: !/optional/i.test(object[1] ?? ''),
            description: '',
            position,
          },
        ]
      }
      return extractParameterTable(node, location, page.file, diagnostics, rows).map((parameter) =>
        named.has(parameter.name.toLowerCase()) ? { ...parameter, required: true } : parameter,
      )
    })
  })
}

/** The members, lower-cased, that a lead-in says the body must include (`MUST_INCLUDE`). */
function namedRequired(lead: string): Set<string> {
  const list = MUST_INCLUDE.exec(lead)?.[1] ?? ''
  return new Set([...list.matchAll(/`([^`]+)`/g)].map((name) => (name[1] ?? '').toLowerCase()))
}

/** What a lead-in requires its rows for: "… required when you create the …" or "… required to
 *  create …" → `creating`. */
function requiredWhen(lead: string): RequiredWhen | undefined {
  const said = REQUIRED_WHEN_LEAD.exec(lead)
  return said ? (said[1] ? 'creating' : 'updating') : undefined
}

/**
 * One table; a table without a name column (not a parameter table) gives no parameters. A row is
 * required as its Required column, its type's qualifier or its description says (`Required.`,
 * `Optional.`); where none says, as the table's lead-in says (`rowsRequired`).
 */
export function extractParameterTable(
  table: Table,
  location: ParameterLocation,
  file: string,
  diagnostics: Diagnostic[],
  rowsRequired: boolean | RequiredWhen = false,
): ParameterDef[] {
  const read = readTable(table)
  const nameColumn = columnOf(read, ...NAME_COLUMNS)
  if (nameColumn < 0) return []
  const requiredColumn = read.header.findIndex((cell) => cell.startsWith('required'))
  const descriptionColumn = columnOf(read, 'description')
  const typeColumn = typeColumnOf(read, location, descriptionColumn)
  const valueColumn = descriptionColumn >= 0 ? descriptionColumn : columnOf(read, 'value')
  const parameters: ParameterDef[] = []
  for (const row of read.rows) {
    const position = { file, line: row.line, column: row.column }
    if (hasUnexpectedCells(read, row)) {
      diagnostics.push(
        diagnostic(
          'malformed-table',
          position,
          `Unexpected ${row.cells.length} cells in a table row, expected ${read.header.length}`,
        ),
      )
    }
    const nameCell = row.cells[nameColumn]
    const nameText = nameCell ? cleanText(nameCell) : ''
    const name = parameterName(nameText, location)
    if (name === '' || isAnotherUse(nameText, name, parameters)) continue
    const typeCell = typeColumn >= 0 ? row.cells[typeColumn] : undefined
    const typed = typeCell ? readTypeCell(typeCell, file) : { type: STRING, collection: false }
    const unread = unreadWordFinding(typed, `parameter ${name}`, position)
    if (unread) diagnostics.push(unread)
    // Unescaped `|` in a description splits it into extra cells: keep them in the description.
    const description =
      valueColumn >= 0
        ? namedCells(read, row)
            .slice(valueColumn, valueColumn === read.header.length - 1 ? undefined : valueColumn + 1)
            .map((cell: Nodes) => cleanText(cell))
            .join(' | ')
        : ''
    const requiredCell = requiredColumn >= 0 ? row.cells[requiredColumn] : undefined
    const required = requiredCell
      ? /^\s*(?:y(?:es)?|true)\b/i.test(cleanText(requiredCell))
      : typed.qualifier
        ? /\brequired\b/.test(typed.qualifier)
        : saysRequired(description) || (rowsRequired === true && leadApplies(description))
    const stated = requiredCell !== undefined || typed.qualifier !== undefined || saysRequired(description)
    const when =
      !stated && typeof rowsRequired === 'string' && leadApplies(description) ? rowsRequired : undefined
    const otherTypes = typeCell && alternativesIn(typeCell, file)?.slice(1)
    const value = location === 'header' ? headerValue(nameText) : undefined
    parameters.push({
      name,
      in: location,
      type: typed.type,
      collection: typed.collection,
      required,
      description,
      position,
      ...(otherTypes && { otherTypes }),
      ...(value && { value }),
      ...(saysFlagsEnum(description) && { flagsEnum: true as const }),
      ...(when && { requiredWhen: when }),
    })
  }
  return parameters
}

/**
 * The Type column; in a `| Name | Value | Description |` body or query table the Value column
 * holds the type (`| parentReference | [ItemReference](…) | Optional. … |`, `| $expand | string | … |`).
 * A header table's Value is the header value (`| if-match | etag | … |`).
 */
function typeColumnOf(read: ReadTable, location: ParameterLocation, descriptionColumn: number): number {
  const typeColumn = columnOf(read, 'type')
  if (typeColumn >= 0 || location === 'header' || descriptionColumn < 0) return typeColumn
  return columnOf(read, 'value')
}

/**
 * `Required.`, `Bearer {token}. Required.`, `Bearer &lt;token&gt; Required.`, `Required but not
 * updated.`, `(required)`: the flag is a capitalised `Required` or a parenthesised `(required)`.
 * Prose is not: `… is required when …`, nor a `Required` that a condition follows (user-update's
 * usageLocation, "Required for users that will be assigned licenses"; today's
 * authenticationmethod-resetpassword.md's newPassword, "Required for tenants with hybrid password
 * scenarios."; user-list-manager's ConsistencyLevel, "eventual. Required when the request includes …";
 * Shifts' MS-APP-ACTS-AS, "Required only if the authorization token is an application token;
 * otherwise, optional."); a purpose is no condition (call-answer's acceptedModalities, "Required for
 * answering a call."), unless the row says the member may be left out (`saysOptional`: "If omitted
 * for a cloud-only password, the system returns …"); nor does a label (beta cloudPcDeviceImage's
 * sourceImageResourceId, "Required format: `/subscriptions/…`").
 */
function saysRequired(text: string): boolean {
  if (/\bRequired for\b/.test(text) && saysOptional(text)) return false
  return /(^|[\s.(])Required\b(?!\s+(?:only\s+)?(?:when|if|unless|where|while)\b|\s+for\s+\w+(?:\s+\w+)?\s+(?:that|who|which|with)\b|\s+\w+:)|\(required\)/.test(
    text,
  )
}

/** A row the lead-in's "required" does not cover, as it says when it is required or that it may be
 *  null: "This property is required only for keys of type `X509CertAndPassword`. Set it to `null`
 *  otherwise." (application-addkey's passwordCredential). */
/** Whether a table's lead-in that calls its rows required holds for a row that says neither that it
 *  is optional nor when it is required. */
function leadApplies(description: string): boolean {
  return !saysOptional(description) && !saysRequiredUnder(description)
}

function saysRequiredUnder(text: string): boolean {
  return /\brequired\s+(?:only\b|when\b|if\b|unless\b)|\bset (?:it|this)(?: value)? to `?null\b/i.test(text)
}

/** `Optional.`, `(optional)`, or what happens without it ("If omitted, the default value is true."):
 *  the row says it may be left out. */
export function saysOptional(text: string): boolean {
  return /(^|[\s.(])Optional\b|\(optional\)|\b[Ii]f omitted\b/.test(text)
}

/** A later row naming a parameter of the table again, followed by words, documents another use
 *  of it (`$filter with **any** operator` after `$filter`), not another parameter. (A header's
 *  rows name it with a value each, `Prefer: outlook.timezone`: each row is a value of it.) */
function isAnotherUse(text: string, name: string, earlier: readonly ParameterDef[]): boolean {
  const plain = plainCell(text)
  return (
    plain.startsWith(name) &&
    /^\s/.test(plain.slice(name.length)) &&
    earlier.some((parameter) => parameter.name === name)
  )
}

/** `` `$deltatoken` `` → `$deltatoken`; `Prefer: outlook.timezone` → `Prefer`; `id (optional)` → `id`. */
function parameterName(text: string, location: ParameterLocation): string {
  const plain = plainCell(text)
  const name = location === 'header' ? (plain.split(':')[0] ?? '') : plain
  return name.trim().split(/\s+/)[0] ?? ''
}

/** `Prefer: odata.maxpagesize={x}` → `odata.maxpagesize={x}`; none where the cell names the header only. */
function headerValue(text: string): string | undefined {
  const colon = plainCell(text).indexOf(':')
  return colon < 0
    ? undefined
    : plainCell(text)
        .slice(colon + 1)
        .trim() || undefined
}

/** A name cell's text without its code and emphasis marks. */
function plainCell(text: string): string {
  return text.replace(/[`*]/g, '').trim()
}

/** Tables anywhere in `node` (also inside lists), in document order. */
export function tablesIn(node: Nodes): Table[] {
  if (node.type === 'table') return [node]
  return 'children' in node ? node.children.flatMap((child) => tablesIn(child as Nodes)) : []
}

/** A required String member of a request body that prose, not a table row, asks for (`@odata.id`
 *  of a reference, `@odata.type` of a resource). */
export function requiredBodyString(
  name: string,
  description: string,
  position: SourcePosition,
): ParameterDef {
  return {
    name,
    in: 'body',
    type: STRING,
    collection: false,
    required: true,
    description,
    position,
  }
}
