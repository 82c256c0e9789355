/**
 * The API model: what extract produces per page and what link assembles for the whole docs tree.
 * Everything here is plain data (serialisable to `model.json`); positions are relative to the docs root.
 * Read-only by type: once built, no stage changes a model object (the session's memos key on their
 * identity, `src/session/`). Extract and link build them as `Draft`s.
 */

/** A model object as extract or link builds it: its own fields writable, its own lists growable
 *  (the objects it holds stay read-only). */
export type Draft<T> = {
  -readonly [Key in keyof T]: T[Key] extends readonly (infer Item)[] ? Item[] : T[Key]
}

export type Severity = 'error' | 'warning' | 'info'

/** Where something was read: docs-relative file (forward slashes), 1-based line and column. */
export interface SourcePosition {
  readonly file: string
  readonly line: number
  readonly column: number
}

export interface Diagnostic extends SourcePosition {
  readonly severity: Severity
  readonly code: string
  readonly message: string
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
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'named'; readonly name: string; readonly target?: string; readonly resolved?: string }
  | { readonly kind: 'unknown'; readonly text: string }

export interface PropertyDef {
  readonly name: string
  readonly type: TypeRef
  readonly collection: boolean
  /** `true`/`false` when the docs say so (Nullable. / Not nullable.), unset when silent. */
  readonly nullable?: boolean
  readonly readOnly: boolean
  /** From a Relationships table (navigation property). */
  readonly relationship: boolean
  readonly description: string
  /** Enum values named in the description ("Possible values are: `a`, `b`"), when given. */
  readonly possibleValues?: readonly string[]
  /** The description calls the enum it holds a flags enum ("The possible values of this flagged
   *  enum are: …"): several members may be sent together, comma-separated (`"password,sms"`). */
  readonly flagsEnum?: true
  /** The Type cell qualifies it optional (`String - optional`): a full representation may leave it out. */
  readonly optional?: true
  /** The name cell marks it deprecated (`owner (deprecated)`): still served, and writers may leave
   *  it out of the JSON representation. */
  readonly deprecated?: true
  /** The JSON representation's placeholder says the string is an absolute URL (`"url"`). */
  readonly format?: 'url'
  readonly position: SourcePosition
}

/** A row of a resource page's `## Methods` table. */
export interface MethodRow {
  readonly title: string
  /** Docs-relative path of the linked API page, when there is a link. */
  readonly target?: string
  /** The operation documented by the linked page (set by link). */
  readonly operationId?: string
  readonly returnType?: TypeRef
  readonly returnsCollection: boolean
  readonly description: string
  readonly position: SourcePosition
}

export interface ObjectTypeDef {
  readonly kind: 'entity' | 'complex'
  /** Name as the docs spell it (`importedWindowsAutopilotDeviceIdentityUpload`). */
  readonly name: string
  readonly namespace: string
  /** `namespace.name`, the registry key. */
  readonly qualifiedName: string
  readonly baseType?: TypeRef
  /** Where the page names `baseType`: the annotation's `"baseType"` key or the "Inherits from"
   *  link; unset for a base the page does not name (the root entity's, a base page's list's). */
  readonly baseTypePosition?: SourcePosition
  /**
   * The "Inherits from [x]" sentence's base where it differs from the annotation's `baseType`;
   * link weighs the two (`weighBaseTypes`), reports the disagreement and removes this field.
   */
  readonly statedBaseType?: {
    readonly type: TypeRef
    readonly position: SourcePosition
    readonly annotationPosition: SourcePosition
  }
  /**
   * The types the page's header names as derived from this one ("Base type of [offerShiftRequest](…),
   * … and [timeOffRequest](…)."); link gives each whose own page states no base this type as its
   * base (`baseFromDerivedLists`) and removes this field.
   */
  readonly derivedTypes?: readonly TypeRef[]
  readonly abstract: boolean
  readonly openType: boolean
  /** The property the annotation's `keyProperty` keys the entity by, where it is not `id`: it then
   *  derives from no root entity unless its page states a base (the root is keyed by `id`). */
  readonly key?: string
  /** Other names the docs give the type (`"@type.aka": "oneDrive.item"`), resolved as its own. */
  readonly aliases?: readonly string[]
  /**
   * Where the page names the type without a Namespace line (its resource annotation): the written
   * namespace may be a legacy one (OneDrive's `oneDrive.folder`); link moves a type whose namespace
   * is not the docs' own into it (`foldForeignNamespaces`) and removes this field.
   */
  readonly unstatedNamespace?: SourcePosition
  /** With `unstatedNamespace`: the page named the type in no namespace (`"@odata.type": "part"`, an
   *  enum page's title), and the format's default was given; link removes it too. */
  readonly namespaceDefaulted?: true
  readonly description: string
  readonly properties: readonly PropertyDef[]
  readonly methods: readonly MethodRow[]
  /** Docs-relative files the type was read from (several when one type spans pages). */
  readonly files: readonly string[]
  /** Link targets that denote this type: its page, or `page#anchor` for a section of a page. */
  readonly targets: readonly string[]
  readonly position: SourcePosition
}

export interface EnumMember {
  readonly name: string
  readonly value?: number
  readonly description: string
  readonly position: SourcePosition
}

export interface EnumTypeDef {
  readonly kind: 'enum'
  readonly name: string
  readonly namespace: string
  readonly qualifiedName: string
  readonly description: string
  readonly members: readonly EnumMember[]
  readonly files: readonly string[]
  readonly targets: readonly string[]
  /** Synthesised from "Possible values are" lists because no enum page defines it. */
  readonly inferred?: boolean
  /** A flags enum: a value may be several members, comma-separated (`"password, sms"`), as a
   *  property or parameter holding it says (`flagsEnum`). */
  readonly flags?: true
  /**
   * Where the page names the type without a Namespace line (its resource annotation): the written
   * namespace may be a legacy one (OneDrive's `oneDrive.folder`); link moves a type whose namespace
   * is not the docs' own into it (`foldForeignNamespaces`) and removes this field.
   */
  readonly unstatedNamespace?: SourcePosition
  /** With `unstatedNamespace`: the page named the type in no namespace (`"@odata.type": "part"`, an
   *  enum page's title), and the format's default was given; link removes it too. */
  readonly namespaceDefaulted?: true
  readonly position: SourcePosition
}

export type TypeDef = ObjectTypeDef | EnumTypeDef

/** Structured value of a `<!-- { "blockType": … } -->` comment. */
export type Annotation = Readonly<Record<string, unknown> & { blockType?: string }>

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** One segment of a route template. */
export type PathSegment =
  | { readonly kind: 'literal'; readonly value: string }
  /**
   * `{id}`, `{id | userPrincipalName}`, `<address>`: `name` is sanitised, `raw` as written.
   * `inParentheses`: an OData key the URL writes in parentheses after the segment before it,
   * `customers({id})` (`bare`) or `users('{id}')` (`quoted`), not as a segment of its own.
   */
  | {
      readonly kind: 'param'
      readonly name: string
      readonly raw: string
      readonly inParentheses?: 'bare' | 'quoted'
    }
  /** `range(address='{address}')`: a function call with parameters. */
  | {
      readonly kind: 'call'
      readonly name: string
      readonly args: readonly { readonly name: string; readonly param: string }[]
    }
  /** `root:/{item-path}:` — an OData path-based address. */
  | { readonly kind: 'itemPath'; readonly param: string }

export interface RouteTemplate {
  readonly method: HttpMethod
  /** The path as written, without host or version (`/deviceManagement/x/{xId}`). */
  readonly raw: string
  readonly segments: readonly PathSegment[]
  /** Query string written in the template (`?startDateTime={start_datetime}`), without `?`. */
  readonly query?: string
  readonly position: SourcePosition
}

export interface ParameterDef {
  readonly name: string
  readonly in: 'path' | 'query' | 'header' | 'body'
  readonly type: TypeRef
  readonly collection: boolean
  readonly required: boolean
  readonly description: string
  readonly position: SourcePosition
  /**
   * The types the Type cell offers after `type`, where it offers several (`[appHostedMediaConfig](…)
   * or [serviceHostedMediaConfig](…)`): link takes the base type they share with `type`, and where
   * the docs document none keeps them, resolved: the parameter takes any of them.
   */
  readonly otherTypes?: readonly TypeRef[]
  /** The value a header row writes beside the name (`Prefer: outlook.timezone`): the header is sent
   *  with it, and each such row of one name is another value of that header. */
  readonly value?: string
  /** The description calls the enum it holds a flags enum (`PropertyDef.flagsEnum`). */
  readonly flagsEnum?: true
  /**
   * The table's lead-in says its rows are required when creating ("The following table shows the
   * properties that are required when you create the [todoTaskList](…).") or updating ("… when you
   * update the [teamworkTag](…)."), and the row does not say otherwise: link decides whether it is
   * (`settleCreateRequirements`). Of the linked model, only an update's row link made required keeps
   * it (`updating`): a PATCH, which requires no other row, requires it (`requiredBodyRows`).
   */
  readonly requiredWhen?: RequiredWhen
}

/** What a Request body table's lead-in requires its rows for (`ParameterDef.requiredWhen`). */
export type RequiredWhen = 'creating' | 'updating'

/**
 * A request or response example with its annotation, as written: the page cache keeps it as text.
 * Its body and request URL are read once in extract (for extract and the page checks) and once per
 * run after it (`ExampleReads`, `src/shape/examples.ts`): link, shape and the checks read them
 * there, never parsing them again.
 */
export interface ExampleDef {
  readonly kind: 'request' | 'response'
  readonly name?: string
  readonly annotation?: Annotation
  /** Request line / status line. */
  readonly method?: HttpMethod
  readonly url?: string
  readonly status?: number
  readonly headers: Readonly<Record<string, string>>
  /** The body text as written (may be invalid JSON). */
  readonly bodyText?: string
  readonly position: SourcePosition
  /** Line of the first body line, to place JSON errors. */
  readonly bodyLine?: number
}

export interface ResponseDef {
  readonly status: number
  /** A redirect the call answers first, where the docs say so (`302 Found` to a download URL):
   *  `status` and the type are those of where it leads, as the examples show them followed. */
  readonly redirect?: number
  /** The other success codes the sentence naming `status` says the call may answer instead, with
   *  the same body (`201 Created` if a meeting is created, or `200 OK` if an existing one is found);
   *  beside a status without content, the one that answers `type` where a request header asks
   *  (`204 No Content`, or `200 OK` and the updated object with `Prefer: return=representation`). */
  readonly otherSuccesses?: readonly number[]
  /** The headers a client reads (`ANSWER_HEADERS`) that the Response section says the answer
   *  carries: "a tracking header named `location`", "the `Operation-Location` header". */
  readonly headers?: readonly string[]
  readonly type?: TypeRef
  readonly collection: boolean
  /** Which evidence decided the type: the annotation, the Response sentence, the example, or (the
   *  page naming none) the Return Type of the Methods rows that link the page. */
  readonly source: 'annotation' | 'sentence' | 'example' | 'methods' | 'none'
  /**
   * The type the other of the sentence and the annotation names, where they disagree and no cast
   * segment of the route settles it: link takes it when it is a base type of `type`. Evidence of a
   * page model only: the linked model never holds it.
   */
  readonly alternative?: TypeRef
  /**
   * The types the successful response examples name, where they name several (one per outcome: a
   * running, a failed and a finished operation): link takes the base type they share. Evidence of
   * a page model only: the linked model never holds it.
   */
  readonly outcomes?: readonly TypeRef[]
  /**
   * Where a response example's body shown as one object (no `"value"`) decided collection-ness by
   * its vote, and the annotation states none: the body's members (annotations aside), the type its
   * `@odata.type` names, and what the other evidence says without it. Link keeps the body's vote
   * only where the body looks like the response type (`foreign-object-bodies.ts`). Evidence of a
   * page model only: the linked model never holds it.
   */
  readonly objectBodyVote?: {
    readonly members: readonly string[]
    readonly type?: TypeRef
    readonly collectionWithout: boolean
  }
  /**
   * Where the sentence and the annotation name different types: the type each names and the
   * `response-type-conflict` diagnostic, which link reports unless the names denote one type
   * (one is another name the docs give it, declared on its own page). Evidence of a page model
   * only: the linked model never holds it.
   */
  readonly typeConflict?: {
    readonly sentence: TypeRef
    readonly annotation: TypeRef
    /** Each type the sentence offers, where it offers several ("a [standardWebPart](…) or
     *  [textWebPart](…) object"), `sentence` first. */
    readonly offered?: readonly TypeRef[]
    /** What the diagnostic says of the two, before the choice it names (link may choose again). */
    readonly statement: string
    readonly diagnostic: Diagnostic
  }
}

export type OperationKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'action' | 'function'

export interface Permission {
  readonly type: string
  /** The scopes any one of which suffices, least privileged first. */
  readonly scopes: readonly string[]
  /** Scopes a call needs together, each set one more alternative, where the table pairs them:
   *  `Policy.Read.All and Application.Read.All, Directory.Read.All`. */
  readonly together?: readonly (readonly string[])[]
}

export interface OperationDef {
  /** Stable id from the page file name (`intune-…-create`). */
  readonly id: string
  readonly file: string
  /** The page's workload: the first of its front matter `ms.prod` and `ms.subservice` that is a
   *  name (`intune`, `outlook`). */
  readonly workload?: string
  readonly title: string
  readonly description: string
  readonly kind: OperationKind
  readonly routes: readonly RouteTemplate[]
  readonly parameters: readonly ParameterDef[]
  /** Request body as a resource type (create/update), or as the parameters with `in: 'body'`. */
  readonly requestBody?: {
    type: TypeRef
    collection: boolean
    /** The types the Request body offers after `type` (`[a](…), or an [b](…) object`): link takes
     *  the base type they share with `type`. Evidence of a page model only: the linked model never
     *  holds it. */
    otherTypes?: readonly TypeRef[]
  }
  /** The Request body prose says the request may leave its body out ("In the request body, you can
   *  optionally include a JSON representation of the **lockState** property.", today's
   *  filestoragecontainer-lock.md): shape makes the parameter object optional where none of its
   *  parameters is required (`shapeRequestBody`). */
  readonly requestBodyOptional?: true
  readonly response: ResponseDef
  /** OData query options the page says it supports (`$select`, `$filter`, …). */
  readonly queryOptions: readonly string[]
  /** The page says the call supports "the OData query parameters": which ones follows from its
   *  kind, which only link settles (a Methods row can make a get a list); link adds them to
   *  `queryOptions` and removes this field. */
  readonly standardQueryOptions?: true
  /** The standard options the page says the call does not support ("Some operators are not
   *  supported: `$count`, `$search`."): link leaves them out of the standard ones and removes this field. */
  readonly unsupportedQueryOptions?: readonly string[]
  readonly permissions: readonly Permission[]
  /**
   * The `[!INCLUDE [permissions-table](../includes/permissions/x.md)]` lines the Permissions section
   * holds instead of a table (one per subsection: "Permissions acting on self", "… on other users");
   * link reads the includes' tables into `permissions` and removes this field.
   */
  readonly permissionsIncludes?: readonly { readonly target: string; readonly position: SourcePosition }[]
  readonly examples: readonly ExampleDef[]
  /** Qualified names of the types whose Methods table links this page (set by link). */
  readonly resources?: readonly string[]
  readonly position: SourcePosition
}

/** What extract returns for one page. */
export interface PageModel {
  readonly file: string
  /** `include`: a file under an `includes/` folder, material that pages pull in, not a page. */
  readonly pageKind: 'resource' | 'enum' | 'api' | 'conceptual' | 'include' | 'unknown'
  readonly types: readonly TypeDef[]
  readonly operations: readonly OperationDef[]
  /** An API page's `Namespace:` line where it names another namespace than the default one
   *  (`microsoft.graph.security`): the namespace its operations' type names are read in first. */
  readonly namespace?: string
  /** The permissions table of an include file (`includes/permissions/x.md`). */
  readonly permissions?: readonly Permission[]
  /** Relative links to other `.md` pages (docs-relative, resolved), for broken-link checks. */
  readonly links: { target: string; position: SourcePosition }[]
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * A type the docs reference (by link or name) but no page in the tree defines. Emitted as a named
 * placeholder so that the reference keeps its meaning, and reported as `unresolved-type`.
 */
export interface UndocumentedType {
  readonly qualifiedName: string
  readonly name: string
  readonly namespace: string
  /** Used as a base type, so the placeholder must be an object type. */
  readonly asBaseType: boolean
  /** Link targets the references point to (missing pages). */
  readonly targets: readonly string[]
}

/** The linked model of the whole docs tree. */
export interface ApiModel {
  /** By qualified name, sorted. */
  readonly types: Readonly<Record<string, TypeDef>>
  /** Referenced but not defined in this tree, by qualified name, sorted. */
  readonly undocumented: Readonly<Record<string, UndocumentedType>>
  readonly operations: readonly OperationDef[]
  readonly diagnostics: readonly Diagnostic[]
  readonly pages: number
}
