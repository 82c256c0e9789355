/**
 * The API model: what extract produces per page and what link assembles for the whole docs tree.
 * Everything here is plain data (serialisable to `model.json`); positions are relative to the docs root.
 */

export type Severity = 'error' | 'warning' | 'info'

/** Where something was read: docs-relative file (forward slashes), 1-based line and column. */
export interface SourcePosition {
  file: string
  line: number
  column: number
}

export interface Diagnostic extends SourcePosition {
  severity: Severity
  code: string
  message: string
}

/** The Edm primitive types the docs use, normalised (`String`, `string`, `Edm.String` → `String`). */
export type PrimitiveName =
  | 'String'
  | 'Boolean'
  | 'Int16'
  | 'Int32'
  | 'Int64'
  | 'Byte'
  | 'SByte'
  | 'Single'
  | 'Double'
  | 'Decimal'
  | 'Guid'
  | 'DateTimeOffset'
  | 'DateTime'
  | 'Date'
  | 'TimeOfDay'
  | 'Duration'
  | 'Binary'
  | 'Stream'
  | 'Json'

/**
 * A type as written in a Type cell, annotation or sentence.
 * `named` references are resolved by link: `target` (docs-relative page path, or `#anchor` in `file`)
 * first, then by `name`; link fills `resolved` with the qualified name, or leaves it unset (→ `unknown`).
 */
export type TypeRef =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'named'; name: string; target?: string; resolved?: string }
  | { kind: 'unknown'; text: string }

export interface PropertyDef {
  name: string
  type: TypeRef
  collection: boolean
  /** `true`/`false` when the docs say so (Nullable. / Not nullable.), unset when silent. */
  nullable?: boolean
  readOnly: boolean
  /** From a Relationships table (navigation property). */
  relationship: boolean
  description: string
  /** Enum values named in the description ("Possible values are: `a`, `b`"), when given. */
  possibleValues?: string[]
  position: SourcePosition
}

/** A row of a resource page's `## Methods` table. */
export interface MethodRow {
  title: string
  /** Docs-relative path of the linked API page, when there is a link. */
  target?: string
  /** The operation documented by the linked page (set by link). */
  operationId?: string
  returnType?: TypeRef
  returnsCollection: boolean
  description: string
  position: SourcePosition
}

export interface ObjectTypeDef {
  kind: 'entity' | 'complex'
  /** Name as the docs spell it (`importedWindowsAutopilotDeviceIdentityUpload`). */
  name: string
  namespace: string
  /** `namespace.name`, the registry key. */
  qualifiedName: string
  baseType?: TypeRef
  abstract: boolean
  openType: boolean
  description: string
  properties: PropertyDef[]
  methods: MethodRow[]
  /** Docs-relative files the type was read from (several when one type spans pages). */
  files: string[]
  /** Link targets that denote this type: its page, or `page#anchor` for a section of a page. */
  targets: string[]
  position: SourcePosition
}

export interface EnumMember {
  name: string
  value?: number
  description: string
  position: SourcePosition
}

export interface EnumTypeDef {
  kind: 'enum'
  name: string
  namespace: string
  qualifiedName: string
  description: string
  members: EnumMember[]
  files: string[]
  targets: string[]
  /** Synthesised from "Possible values are" lists because no enum page defines it. */
  inferred?: boolean
  position: SourcePosition
}

export type TypeDef = ObjectTypeDef | EnumTypeDef

/** Structured value of a `<!-- { "blockType": … } -->` comment. */
export type Annotation = Record<string, unknown> & { blockType?: string }

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** One segment of a route template. */
export type PathSegment =
  | { kind: 'literal'; value: string }
  /** `{id}`, `{id | userPrincipalName}`, `<address>`: `name` is sanitised, `raw` as written. */
  | { kind: 'param'; name: string; raw: string }
  /** `range(address='{address}')`: a function call with parameters. */
  | { kind: 'call'; name: string; args: { name: string; param: string }[] }
  /** `root:/{item-path}:` — an OData path-based address. */
  | { kind: 'itemPath'; param: string }

export interface RouteTemplate {
  method: HttpMethod
  /** The path as written, without host or version (`/deviceManagement/x/{xId}`). */
  raw: string
  segments: PathSegment[]
  /** Query string written in the template (`?startDateTime={start_datetime}`), without `?`. */
  query?: string
  position: SourcePosition
}

export interface ParameterDef {
  name: string
  in: 'path' | 'query' | 'header' | 'body'
  type: TypeRef
  collection: boolean
  required: boolean
  description: string
  position: SourcePosition
}

/** A request or response example with its annotation. */
export interface ExampleDef {
  kind: 'request' | 'response'
  name?: string
  annotation?: Annotation
  /** Request line / status line. */
  method?: HttpMethod
  url?: string
  status?: number
  headers: Record<string, string>
  /** The body text as written (may be invalid JSON). */
  bodyText?: string
  position: SourcePosition
  /** Line of the first body line, to place JSON errors. */
  bodyLine?: number
}

export interface ResponseDef {
  status: number
  type?: TypeRef
  collection: boolean
  /** Which evidence decided the type: the annotation, the Response sentence, or the example. */
  source: 'annotation' | 'sentence' | 'example' | 'none'
}

export type OperationKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'action' | 'function'

export interface Permission {
  type: string
  scopes: string[]
}

export interface OperationDef {
  /** Stable id from the page file name (`intune-…-create`). */
  id: string
  file: string
  title: string
  description: string
  kind: OperationKind
  routes: RouteTemplate[]
  parameters: ParameterDef[]
  /** Request body as a resource type (create/update), or as the parameters with `in: 'body'`. */
  requestBody?: { type: TypeRef; collection: boolean }
  response: ResponseDef
  /** OData query options the page says it supports (`$select`, `$filter`, …). */
  queryOptions: string[]
  permissions: Permission[]
  examples: ExampleDef[]
  /** Qualified names of the types whose Methods table links this page (set by link). */
  resources?: string[]
  position: SourcePosition
}

/** What extract returns for one page. */
export interface PageModel {
  file: string
  pageKind: 'resource' | 'enum' | 'api' | 'conceptual' | 'unknown'
  types: TypeDef[]
  operations: OperationDef[]
  /** Relative links to other `.md` pages (docs-relative, resolved), for broken-link checks. */
  links: { target: string; position: SourcePosition }[]
  diagnostics: Diagnostic[]
}

/**
 * A type the docs reference (by link or name) but no page in the tree defines. Emitted as a named
 * placeholder so that the reference keeps its meaning, and reported as `unresolved-type`.
 */
export interface UndocumentedType {
  qualifiedName: string
  name: string
  namespace: string
  /** Used as a base type, so the placeholder must be an object type. */
  asBaseType: boolean
  /** Link targets the references point to (missing pages). */
  targets: string[]
}

/** The linked model of the whole docs tree. */
export interface ApiModel {
  /** By qualified name, sorted. */
  types: Record<string, TypeDef>
  /** Referenced but not defined in this tree, by qualified name, sorted. */
  undocumented: Record<string, UndocumentedType>
  operations: OperationDef[]
  diagnostics: Diagnostic[]
  pages: number
}
