/**
 * The catalog of diagnostic codes: one entry per code, with its severity and what raises it.
 * Codes are stable kebab-case ids; users suppress them by name.
 */
import type { Diagnostic, Severity, SourcePosition } from './model.js'

export const catalog = {
  'invalid-json': {
    severity: 'error',
    summary: 'A JSON block, example body or annotation is not valid JSON.',
    raisedBy: 'check invalid-json (strict JSON); extract reports what even JSON5 cannot read',
  },
  'unreadable-file': {
    severity: 'error',
    summary: 'A page is binary, not UTF-8, or over the size cap.',
    raisedBy: 'read-docs',
  },
  'unknown-page-kind': {
    severity: 'info',
    summary: 'A page is neither a resource, enum nor API page.',
    raisedBy: 'extract page-kind',
  },
  'foreign-namespace': {
    severity: 'warning',
    summary:
      "A page without a Namespace line names its type in another namespace than the one most of the docs' types are in (`legacy.folder` beside `microsoft.graph.*`); the type takes the docs' namespace and keeps the written name as another name.",
    raisedBy: 'link foreign-namespaces',
  },
  'missing-type-name': {
    severity: 'warning',
    summary: 'A resource page names no type (no annotation, no usable H1).',
    raisedBy: 'extract resource-page',
  },
  'type-name-case': {
    severity: 'warning',
    summary:
      "A resource annotation capitalises, or writes all in lower case, the type name its page's title writes in lowerCamel (`microsoft.graph.IdentityProvider` under `# identityProvider resource type`); the title's spelling is used.",
    raisedBy: 'extract resource-page',
  },
  'unresolved-type': {
    severity: 'warning',
    summary: 'A type reference names no documented type; it becomes `unknown`.',
    raisedBy: 'link resolve-references',
  },
  'duplicate-type': {
    severity: 'warning',
    summary:
      'A type is defined on several pages with conflicting definitions, or two tables of one enum name (on two pages or one) list mostly other members: the enum has the members of the table a Type cell links to.',
    raisedBy: 'link merge-types, differing-enum-tables',
  },
  'duplicate-operation-id': {
    severity: 'info',
    summary:
      'Two operations get the same id (two pages of one file name in different folders, or a bound action named as a page): the later is renamed `<id>-2`.',
    raisedBy: 'link operation-ids',
  },
  'inheritance-cycle': {
    severity: 'error',
    summary: 'Base types form a cycle; the cycle is cut.',
    raisedBy: 'link inheritance',
  },
  'base-type-conflict': {
    severity: 'warning',
    summary:
      'The "Inherits from" sentence and the resource annotation name different base types; the more derived one wins when the other is its base, else the annotation.',
    raisedBy: 'link inheritance',
  },
  'missing-include': {
    severity: 'warning',
    summary:
      'A `[!INCLUDE …]` the generator needs (the Permissions table) names a file that is not in the docs tree or holds no such table.',
    raisedBy: 'link permission-includes',
  },
  'open-tab-group': {
    severity: 'warning',
    summary: 'A code-tab group (`# [HTTP](#tab/http)` …) is not closed by a `---` line.',
    raisedBy: 'check open-tab-group',
  },
  'unclosed-block': {
    severity: 'warning',
    summary:
      'A fenced code block or an HTML comment is not closed: the rest of the page is read as part of it.',
    raisedBy: 'check unclosed-block',
  },
  'duplicate-example-name': {
    severity: 'warning',
    summary: 'Two request (or response) examples of a page carry the same annotation name.',
    raisedBy: 'check duplicate-example-name',
  },
  'example-status-mismatch': {
    severity: 'warning',
    summary:
      'A response example shows a success status the page does not document (its Response section says another).',
    raisedBy: 'check example-status-mismatch',
  },
  'example-service-mismatch': {
    severity: 'warning',
    summary:
      "A request example calls another root of the service's host than the docs' other examples (a v1.0 page's example calling beta).",
    raisedBy: 'check example-service-mismatch',
  },
  'request-without-response': {
    severity: 'warning',
    summary: 'A request example is not followed by a response example.',
    raisedBy: 'check request-without-response',
  },
  'request-without-body': {
    severity: 'warning',
    summary:
      'A POST, PATCH or PUT request example sends no body where its page documents one the call requires (a resource, bytes, or a required Request body parameter).',
    raisedBy: 'check request-without-body',
  },
  'example-route-mismatch': {
    // Info: an example may call the API by another path the service takes and the page does not
    // list (OneDrive's `/me/drive/root` beside `/drives/{drive-id}/items/{item-id}`).
    severity: 'info',
    summary:
      "An annotated request example calls a path none of its page's request lines answers (after the other name of a root, a type cast, `$count`, or `$expand` of the route's last segment); an `opaqueUrl` example is not judged.",
    raisedBy: 'check example-route-mismatch',
  },
  'example-verb-mismatch': {
    severity: 'warning',
    summary: "A request example is sent with a verb none of its page's request lines takes.",
    raisedBy: 'check example-route-mismatch',
  },
  'listed-route-on-get': {
    severity: 'warning',
    summary:
      "A page that gets one object documents a GET route another page lists (the item's key is missing); the route answers the list.",
    raisedBy: 'check listed-route-on-get',
  },
  'unknown-path-parameter': {
    severity: 'warning',
    summary: "A Path parameters row names no placeholder of the page's request lines.",
    raisedBy: 'check unknown-path-parameter',
  },
  'undefined-reference-link': {
    severity: 'warning',
    summary: 'A reference-style link `[text][id]` has no `[id]: url` definition on the page.',
    raisedBy: 'check undefined-reference-link',
  },
  'malformed-table': {
    severity: 'warning',
    summary:
      "A table row, or a table's delimiter row, has more or fewer cells than its header (a delimiter row so written makes no table on GitHub; doc2ts reads the table its writer meant).",
    raisedBy: 'parse (delimiter rows), extract properties-table / parameter-table (rows)',
  },
  'broken-table-row': {
    severity: 'warning',
    summary:
      'A table row broken across two lines: the line without the leading pipe continues the row above and is read as its end.',
    raisedBy: 'parse (every table a reader asks for)',
  },
  'invalid-property-name': {
    severity: 'warning',
    summary:
      "A Properties or Relationships row's name cell is not a property name (it has spaces: a Methods row or a sentence put in the table); the row is left out.",
    raisedBy: 'extract properties-table',
  },
  'unnamed-enum': {
    severity: 'warning',
    summary:
      'A Type cell says the property is an enum but names no enum type (`String (enum)`); the property is read as a String, its possible values kept.',
    raisedBy: 'extract properties-table',
  },
  'unknown-type-notation': {
    severity: 'warning',
    summary:
      'A Type cell could not be read as a type, or has a word after its linked type that the notation does not know (read without it).',
    raisedBy: 'extract type-cell',
  },
  'unparsable-route': {
    severity: 'warning',
    summary:
      'A line of an HTTP request block is not a `VERB /path` route (or a bound action written with another verb than POST).',
    raisedBy: 'extract http-request, bound-actions',
  },
  'relative-route': {
    severity: 'warning',
    summary:
      "The HTTP request block writes a route relative to a base that only the request examples show (`POST /workbook/names/add` beside `POST …/me/drive/items/{id}/workbook/names/add`); the route takes the example's base, where that is written as a template (`{id}`).",
    raisedBy: 'extract relative-routes',
  },
  'short-fence': {
    severity: 'warning',
    summary:
      'A request block is opened with two backticks (`` ``http ``), which Markdown reads as inline code; its request lines are read all the same.',
    raisedBy: 'extract http-request',
  },
  'missing-route': {
    severity: 'warning',
    summary: 'An API page documents no `VERB /path` route.',
    raisedBy: 'extract api-page',
  },
  'response-type-conflict': {
    severity: 'info',
    summary:
      "The Response sentence and the response annotation name different types; the one naming the type a trailing cast segment of the route casts to wins, else of two primitives the one the example's value shows (`value: true`), else the annotation unless it names no particular type (`Edm.String`, or the root `microsoft.graph.entity`) where the sentence links a resource that no response example's `@odata.context` contradicts; a Methods table row linking the page that names the sentence's type (and not the annotation's) makes it the sentence's, where the two are known to differ (one of them is documented), and so does the navigation property the route ends in, where it is the sentence's type, the annotation's is unrelated to it and the examples show members of the sentence's type only (then reported at the annotation); link takes the other where it is the chosen type's base type (never such a placeholder). Not reported where one name is another name the docs give the type the other names (`@type.aka`), nor where the sentence offers several types (`a [x](…) or [y](…)`), each derived from the annotation's. A response example's annotation naming a type neither the operation's response type, nor derived from it, nor a base of it, where its request gets the operation's response, is reported at the example, which is judged as the operation's response.",
    raisedBy:
      'link response-type-conflicts; check example-bodies (an annotation of another family than the response)',
  },
  'response-collection-conflict': {
    severity: 'info',
    summary:
      'The response annotation, the Response sentence and the response example disagree on whether the response is a collection; the majority wins.',
    raisedBy: 'extract response-section',
  },
  'body-member-unknown': {
    severity: 'warning',
    summary:
      "A create or update's Request body table lists a member that the type its body sends does not have: a client typed from the docs cannot send it.",
    raisedBy: 'link listed-body-types',
  },
  'body-member-retyped': {
    severity: 'warning',
    summary:
      "A create or update's Request body table types a member otherwise than the type its body sends (a collection for a single value, another primitive, a primitive for an object); the body sends the property's type.",
    raisedBy: 'link listed-body-types',
  },
  'navigation-from-route': {
    severity: 'warning',
    summary:
      "An API page reads a navigation property its type's page does not list; it is added to the type.",
    raisedBy: 'link route-navigations',
  },
  'enum-member-from-description': {
    severity: 'warning',
    summary:
      "A property or parameter typed with an enum lists, among its possible values, every member of the enum's table and more (`unknownFutureValue`, a member added after it): the table has not caught up, and the enum gains them after its members.",
    raisedBy: 'link evolvable-enums',
  },
  'enum-member-not-in-table': {
    severity: 'warning',
    summary:
      "A property or parameter typed with an enum lists, among its possible values, values the enum lacks, beside not all of its members (`compromisedUser` where the table has `compromisedAccount`): the list is not the enum's, and the enum keeps its table's members.",
    raisedBy: 'link evolvable-enums',
  },
  'string-names-enum': {
    severity: 'warning',
    summary:
      "A String property's possible values are the members of an enum the docs document under its name; it is typed as the enum.",
    raisedBy: 'link string-enums',
  },
  'property-from-example': {
    severity: 'warning',
    summary: 'An example shows a property its type does not document; it is added to the type.',
    raisedBy: 'link example-properties',
  },
  'type-link-mismatch': {
    severity: 'warning',
    summary:
      "A type reference's link text names a documented type and its link goes to another type's page; the text's type is used.",
    raisedBy: 'link resolve-references',
  },
  'example-property-case': {
    severity: 'warning',
    summary:
      "An example spells a property of its type in another letter case than the type's page; the property takes the first example's spelling, as it goes over the wire.",
    raisedBy: 'link example-properties',
  },
  'too-much-markup': {
    severity: 'warning',
    summary:
      'A paragraph or table row outside code blocks with more markup characters than the parser reads in reasonable time (10,000); it is left unread.',
    raisedBy: 'parse markdown',
  },
  'nesting-too-deep': {
    severity: 'warning',
    summary: 'Markdown nested deeper than the parser keeps (lists, quotes, emphasis); the rest is cut.',
    raisedBy: 'parse markdown',
  },
  'openapi-inexact-path': {
    severity: 'info',
    summary:
      'A documented path is not exactly expressible as an OpenAPI path template (repeated placeholder, `/.../`, item path, function arguments); it is exported as closely as possible.',
    raisedBy: 'emit openapi',
  },
  'unroutable-route': {
    severity: 'warning',
    summary:
      "A documented route that Fastify's router cannot express (conflicting patterns); the server leaves it out.",
    raisedBy: 'emit server route-table',
  },
  'duplicate-route': {
    severity: 'info',
    summary: 'Two pages document the same verb and path; the server serves the first (by operation id).',
    raisedBy: 'emit server route-table',
  },
  'unsafe-name': {
    severity: 'warning',
    summary: 'A name could not be used as given (path traversal, reserved text).',
    raisedBy: 'emit type-names',
  },
  'example-type-mismatch': {
    severity: 'warning',
    summary:
      'A value in an example body has another type than its property (string for Int32, object for a collection).',
    raisedBy: 'check example-bodies',
  },
  'example-unknown-property': {
    severity: 'warning',
    summary:
      'An example body holds a property that neither its type, its base types nor derived types document.',
    raisedBy: 'check example-bodies',
  },
  'example-invalid-enum': {
    severity: 'warning',
    summary: 'An example body gives an enum property a value that is not a member of the enum.',
    raisedBy: 'check example-bodies',
  },
  'example-odata-type': {
    severity: 'warning',
    summary:
      "An `@odata.type` in an example body names a type that is not the expected type or derived from it, or spells a documented type otherwise (in another letter case, or in another namespace than the expected type's, which holds a type of that name); the body is judged as the type meant.",
    raisedBy: 'check example-bodies',
  },
  'example-collection-mismatch': {
    severity: 'warning',
    summary:
      'A response example is a single object where the operation returns a collection, or the reverse.',
    raisedBy: 'check example-bodies',
  },
  'wrapped-single-entity': {
    severity: 'warning',
    summary:
      'A response example wraps its single entity in `"value": {…}` (Intune pages); reported once per page.',
    raisedBy: 'check example-bodies',
  },
  'example-null-not-nullable': {
    severity: 'warning',
    summary: 'An example body gives `null` to a property the Properties table calls not nullable.',
    raisedBy: 'check example-bodies',
  },
  'example-invalid-format': {
    severity: 'warning',
    summary:
      'An example value of a DateTimeOffset, Date, TimeOfDay, Duration or Guid property is not written in its format (ISO 8601, RFC 4122): a placeholder or another type; or a property the JSON representation writes `"url"` holds no absolute URL.',
    raisedBy: 'check example-bodies',
  },
  'example-missing-property': {
    severity: 'warning',
    summary:
      'A response example not marked `"truncated": true` leaves out members of its type\'s JSON representation that are not listed as `"optionalProperties"`.',
    raisedBy: 'check example-bodies',
  },
  'missing-annotation': {
    severity: 'warning',
    summary:
      'An example has no `<!-- { "blockType": … } -->` comment while the page\'s other examples have one; tools that replay examples skip it.',
    raisedBy: 'check missing-annotation',
  },
  'broken-link': {
    severity: 'warning',
    summary:
      'A relative link (prose, Type cell or Methods table) points to a page or heading that does not exist.',
    raisedBy: 'check broken-link',
  },
  'todo-placeholder': {
    severity: 'warning',
    summary: 'Draft text is left on the page: `TODO`, "Not yet documented".',
    raisedBy: 'check todo-placeholder',
  },
  'duplicate-property': {
    severity: 'warning',
    summary: 'A page lists the same property, enum member or table twice.',
    raisedBy: 'check duplicate-property',
  },
  'representation-mismatch': {
    severity: 'warning',
    summary:
      'The JSON representation and the Properties table disagree (missing member, extra member, collection, a type the placeholder names).',
    raisedBy: 'check representation-mismatch',
  },
  'response-sentence-mismatch': {
    severity: 'warning',
    summary:
      "The Response sentence names a type that is neither the annotated response type nor one of its base types, or, where the response annotation states no collection-ness, says a collection where the page's other evidence says a single object, or the reverse (a stated annotation votes: `response-collection-conflict`).",
    raisedBy: 'check response-sentence-mismatch',
  },
  'missing-section': {
    severity: 'warning',
    summary:
      'A page lacks a section its kind requires (API: HTTP request, Permissions, Response, Example; resource: Properties).',
    raisedBy:
      'check missing-section, missing-permissions; extract api-page (request lines under `## Permissions`)',
  },
  'invalid-suppression': {
    severity: 'warning',
    summary: 'A `doc2ts-disable` comment names no known diagnostic code.',
    raisedBy: 'check suppressions',
  },
} satisfies Record<string, { severity: Severity; summary: string; raisedBy: string }>

export type DiagnosticCode = keyof typeof catalog

export function diagnostic(code: DiagnosticCode, at: SourcePosition, message: string): Diagnostic {
  return { file: at.file, line: at.line, column: at.column, severity: catalog[code].severity, code, message }
}

/** Stable order for output: file, line, column, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`
}

/**
 * Drop repeats: the same code at the same place, and a second `invalid-json` on one line (extract
 * reads annotations and JSON blocks leniently and reports what even JSON5 rejects; the strict
 * check reports the same fault; two of a page's extractors read the same annotation).
 */
export function withoutRepeats(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.code === 'invalid-json' ? '' : d.column}\0${d.code}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
