/**
 * Example request and response bodies against the model: each member must be a property of the
 * body's type (its base types or a derived type), with a value of the property's type, enum values
 * must be members, an `@odata.type` must name the expected type or one derived from it, and a
 * response must be a collection (`"value": [ … ]`) exactly when the operation returns one.
 *   HTTP/1.1 200 OK
 *   { "value": { "@odata.type": "#microsoft.graph.x", "id": "…" } }   ← Intune wrapping, once per page
 * Types the tree does not document (partial trees), open types and bodies that are not JSON are
 * left alone: only what the docs themselves contradict is reported. So are a request example that
 * calls another route than the operation's (`otherRouteExamples`, which example-route-mismatch
 * reports) and its answers: rangeformat-update.md's `PATCH …/range(address='$A$1')/format/font`
 * sends a font, not the page's range format. A response annotation naming a type the tree does not
 * document, or one of another family than the operation's response, does not decide the type of an
 * answer to the operation's own call: today's educationassignment-post-resource.md annotates
 * `microsoft.graph.educationLinkResource` over the educationAssignmentResource it creates.
 */
import { type DiagnosticCode, diagnostic } from '../../diagnostics.js'
import { annotatedCollection } from '../../extract/response-evidence.js'
import { primitiveNamed } from '../../extract/type-cell.js'
import type { Diagnostic, ExampleDef, OperationDef, TypeDef, TypeRef } from '../../model.js'
import type { ApiShape } from '../../shape/api-shape.js'
import { argumentFaults } from '../../shape/call-arguments.js'
import { type ExampleReads, isJsonObject } from '../../shape/examples.js'
import type { ExampleBody } from '../../shape/operation-shape.js'
import { routeMatches } from '../../shape/route-matches.js'
import type { ExampleBodiesMemo } from '../check-memo.js'
import {
  checkJsonValue,
  checkRequestJson,
  describeJson,
  type ExpectedValue,
  type JsonPath,
  typeName,
  type ValueFault,
  type ValueJudge,
} from '../json-against-model.js'
import { type JsonReading, jsonPointer, lineAndColumn, parseJsonWithOffsets } from '../json-locations.js'
import { ModelAnswers, RecordedReads, readKeys } from '../model-reads.js'
import { type ReachedCall, type RouteReading, routeReaches, routeReadingOf } from '../other-route-examples.js'
import type { CheckRule } from '../rule.js'
import { type RunChanges, stillHolds } from '../run-changes.js'
import { isJsonBody } from './invalid-json.js'

/** The doc codes of what a value gets wrong. */
const FAULT_CODES: Record<ValueFault, DiagnosticCode> = {
  type: 'example-type-mismatch',
  'unknown-property': 'example-unknown-property',
  enum: 'example-invalid-enum',
  'odata-type': 'example-odata-type',
  null: 'example-null-not-nullable',
  format: 'example-invalid-format',
}

export const exampleBodies: CheckRule = {
  name: 'example-bodies',
  codes: [
    'example-type-mismatch',
    'example-unknown-property',
    'example-invalid-enum',
    'example-odata-type',
    'example-collection-mismatch',
    'wrapped-single-entity',
    'example-null-not-nullable',
    'example-invalid-format',
    'example-missing-property',
    'response-type-conflict',
  ],
  run(context) {
    const answers = new ModelAnswers(context)
    const memo = context.memo.exampleBodies
    const found: Diagnostic[] = []
    const wrappedReported = new Set<string>()
    const reading = routeReadingOf(context.shapes)
    // The linked operations: their type references are resolved (the page models' are not).
    for (const operation of context.model.operations)
      for (const finding of operationFindings(
        operation,
        answers,
        context.shapes,
        reading,
        memo,
        context.changes,
      )) {
        // A page wraps its responses alike: said once per page.
        if (finding.code === 'wrapped-single-entity') {
          if (wrappedReported.has(finding.file)) continue
          wrappedReported.add(finding.file)
        }
        found.push(finding)
      }
    return found
  },
}

/**
 * What the check of an operation found (every wrapped single entity), kept with the keys of what
 * its questions to the model were answered from and the routes' reading of its examples: the
 * operation object, the answers and which examples call other routes decide the findings, so a
 * later run (watch mode: unchanged operations and types are the identical objects) reuses them
 * while none of those keys is stale and the reading is the same.
 */
export interface CheckedOperation {
  found: Diagnostic[]
  keys: readonly string[]
  /** The root aliases and namespaces its examples' paths were read with (`RouteReading.key`). */
  routes: string
}

function operationFindings(
  operation: OperationDef,
  answers: ModelAnswers,
  shapes: ApiShape,
  reading: RouteReading,
  memo: ExampleBodiesMemo,
  changes: RunChanges | undefined,
): Diagnostic[] {
  const checked = memo.operations.get(operation)
  if (checked?.routes === reading.key && stillHolds(checked.keys, changes)) return checked.found
  const reads = new RecordedReads(answers)
  const { examples } = shapes
  const checker = new BodyChecker(reads, examples)
  const reaches = routeReaches(operation, examples, reading)
  const otherCalls = new Set(reaches.flatMap(({ example, reach }) => (reach ? [] : [example])))
  checker.checkOperation(operation, otherCalls, answeredOtherwise(operation, shapes, reaches))
  memo.operations.set(operation, {
    found: checker.found,
    keys: readKeys(reads.reads, answers),
    routes: reading.key,
  })
  return checker.found
}

/**
 * The requests of an operation answered with another value than its response, as their answers'
 * annotations say: a URL the API hands out (`"opaqueUrl": true`, OneDrive's
 * driveitem_createuploadsession.md: `PUT https://sn3302.up.1drv.com/up/…` answers a driveItem), a
 * property path (`GET /me/mailboxSettings/workingHours` of user-get-mailboxsettings.md,
 * `route-property.ts`) and the parent path expanding the route's navigation (opentypeextension-get.md's
 * `GET /me/messages/{id}?$expand=extensions(…)` answers a message).
 */
function answeredOtherwise(
  operation: OperationDef,
  shapes: ApiShape,
  reaches: readonly ReachedCall[],
): Set<ExampleDef> {
  const properties = operation.routes.filter((route) => shapes.propertyOf(operation, route))
  const answered = new Set(reaches.flatMap(({ example, reach }) => (reach === 'expand' ? [example] : [])))
  for (const example of operation.examples) {
    if (example.kind !== 'request') continue
    const segments = shapes.examples.of(example).target?.segments ?? []
    if (example.annotation?.opaqueUrl === true || properties.some((route) => routeMatches(route, segments)))
      answered.add(example)
  }
  return answered
}

/** The check of one operation's examples, reading the model only through `reads`. */
class BodyChecker {
  readonly found: Diagnostic[] = []
  private example!: ExampleDef
  /** The member offsets of the example's body, found only when there is something to report. */
  private offsets: Map<string, number> | undefined
  /** The `$select` of the request the response answers. */
  private selected: ReadonlySet<string> | undefined
  /** Whether the request the response answers gets the operation's response. */
  private answersOperation = true
  /** An incomplete response is said once per example, at its first incomplete object. */
  private incompleteReported = false
  private readonly judge: ValueJudge

  constructor(
    private readonly reads: RecordedReads,
    private readonly examples: ExampleReads,
  ) {
    this.judge = {
      reads,
      // An enum inferred from a "Possible values are" list takes those values, as the server's
      // validation does (the check wants them spelt exactly, as it does a documented enum's).
      inferredEnums: 'listed',
      report: (fault, path, message) => this.report(FAULT_CODES[fault], path, message),
    }
  }

  /** `otherCalls`: the requests that call another route, judged with their answers by no type of
   *  the operation's; `otherAnswers`: those answered with another value than the operation's
   *  response, which their answers' annotations name. */
  checkOperation(
    operation: OperationDef,
    otherCalls: ReadonlySet<ExampleDef>,
    otherAnswers: ReadonlySet<ExampleDef>,
  ): void {
    let otherCall = false
    for (const example of operation.examples) {
      if (example.kind === 'request') {
        this.selected = selectedMembers(example.url)
        this.answersOperation = !otherAnswers.has(example)
        otherCall = otherCalls.has(example)
        // An example of another call writes that call's arguments.
        if (!otherCall) this.checkArguments(operation, example)
      }
      if (otherCall) continue
      if (example.bodyText === undefined || !isJsonBody(example)) continue
      if (example.annotation?.blockType === 'ignored') continue
      if (example.kind === 'response' && example.status !== undefined && example.status >= 300) continue
      const parsed = judgedJson(example, this.examples)
      if (!parsed) continue // invalid-json reports it
      this.example = example
      this.offsets = undefined
      this.incompleteReported = false
      if (example.kind === 'response') this.checkResponse(operation, parsed.value)
      else checkRequestJson(operation, parsed.value, this.judge)
    }
  }

  /** The example's own annotation decides its type when it names one, else the operation's response;
   *  an annotation that states no collection-ness (neither `Collection(…)` nor `"isCollection"`)
   *  leaves that to the operation, as the extract's vote does (`collectionByVote`). An annotation
   *  naming a type no page documents, or one of another family than the operation's response, is
   *  the page's slip: the operation's response is what the example shows. Where the Response
   *  sentence's type won over it, link reported the conflict; else it is reported here (today's
   *  identitygovernance-lifecycleworkflowscontainer-list-workflows.md: a list of workflows whose
   *  Example 2 is annotated `Collection(microsoft.graph.identityGovernance.workflowTemplate)`). */
  private expectedResponse(
    operation: OperationDef,
    example: ExampleDef,
  ): (ExpectedValue & { said: string }) | undefined {
    const annotation = example.annotation
    const written = annotation?.blockType === 'response' ? annotation['@odata.type'] : undefined
    if (typeof written === 'string' && written.trim() !== '') {
      const collectionOf = /^collection\((.*)\)$/i.exec(written.trim())
      const annotated = collectionOf?.[1] ?? written
      // A primitive (`"@odata.type": "string"` over `{ "value": true }`) is judged as one too, where
      // the operation returns it; where other evidence overruled it (a sentence's Boolean, Intune's
      // placeholder `Edm.String` beside a sentence naming the type) link reports the conflict.
      const type = this.annotatedType(annotated)
      if (type?.kind === 'primitive' && !isPrimitive(operation.response.type, type.name)) return undefined
      const answered = this.answersOperation ? this.operationResponse(operation) : undefined
      if (!type) return answered && this.typeOf(answered.type) ? answered : undefined
      if (answered && this.unrelated(type, answered.type)) {
        if (operation.response.source !== 'sentence') this.reportUnrelated(example, type, answered)
        return answered
      }
      const { collection, stated } = annotatedCollection(example, collectionOf !== null)
      return {
        type,
        collection: stated ? collection : operation.response.collection,
        said: stated ? 'as the response annotation says (`"isCollection"`)' : 'as the page says',
      }
    }
    return this.operationResponse(operation)
  }

  private operationResponse(operation: OperationDef): (ExpectedValue & { said: string }) | undefined {
    const { type, collection, source } = operation.response
    if (!type) return undefined
    return { type, collection, said: `as the ${source === 'sentence' ? 'Response sentence' : 'page'} says` }
  }

  /** Whether the annotated type is neither the operation's response type, nor derived from it, nor
   *  a base of it as far as the tree documents the response type's bases (today's workflow derives
   *  from a workflowBase the tree may leave out; the annotation's, documented, ends at the root). */
  private unrelated(annotated: TypeRef, answered: TypeRef): boolean {
    const [named, used] = [this.typeOf(annotated), this.typeOf(answered)]
    if (!named || !used || named.kind === 'enum' || used.kind === 'enum') return false
    return this.reads.derives(named, used) === false && this.reads.derives(used, named) !== true
  }

  /** The annotation of another family than the operation's response, said once at its example. */
  private reportUnrelated(
    example: ExampleDef,
    annotated: TypeRef,
    { type, said }: ExpectedValue & { said: string },
  ): void {
    const name = typeName(type)
    this.found.push(
      diagnostic(
        'response-type-conflict',
        example.position,
        `Unexpected ${typeName(annotated)} in the response annotation, expected ${name}, a type derived from it or a base of it, ${said}; the example is judged as one`,
      ),
    )
  }

  /** The type an annotation's `@odata.type` names: a primitive, or a type of the model. */
  private annotatedType(written: string): TypeRef | undefined {
    const primitive = primitiveNamed(written)
    if (primitive) return { kind: 'primitive', name: primitive }
    const named = this.reads.named(written)
    return named && { kind: 'named', name: named.qualifiedName, resolved: named.qualifiedName }
  }

  private checkResponse(operation: OperationDef, body: unknown): void {
    const expectation = this.expectedResponse(operation, this.example)
    if (!expectation) return
    const { type, collection, said } = expectation
    const expected = this.typeOf(type)
    // A collection shown as a bare array (`[ { … } ]`): Graph sends `{ "value": [ … ] }`.
    if (collection && Array.isArray(body) && expected?.kind !== 'enum' && type.kind !== 'primitive') {
      this.report(
        'example-collection-mismatch',
        [],
        `Unexpected bare array as response body, expected a collection \`{ "value": [ … ] }\` of ${typeName(type)}, as Graph sends it`,
      )
      this.checkItems(body, type, expected, [])
      return
    }
    if (!isJsonObject(body)) return
    // `"value"` is the collection wrapper, unless a single object's type has a `value` property itself.
    const carriesValue =
      'value' in body &&
      (collection ||
        !(expected && expected.kind !== 'enum' && this.reads.family(expected).properties.has('value')))
    const value = body.value
    const name = typeName(type)
    if (collection) {
      if (!carriesValue || !Array.isArray(value)) {
        if (expected?.kind === 'enum' || type.kind === 'primitive') return
        const key = carriesValue ? undefined : this.otherCollectionKey(body, expected)
        const shown = carriesValue ? describeJson(value) : key ? `\`"${key}": [ … ]\`` : 'single object'
        this.report(
          'example-collection-mismatch',
          carriesValue ? ['value'] : key ? [key] : [],
          `Unexpected ${shown} as response body, expected a collection \`{ "value": [ … ] }\` of ${name}: the operation returns a collection`,
        )
        // The items under the other key are the collection's all the same.
        const items = key === undefined ? undefined : body[key]
        if (key && Array.isArray(items)) this.checkItems(items, type, expected, [key])
        if (!carriesValue) return
      }
      if (Array.isArray(value)) this.checkItems(value, type, expected, ['value'])
      return
    }
    if (carriesValue && Array.isArray(value) && expected && expected.kind !== 'enum') {
      this.report(
        'example-collection-mismatch',
        ['value'],
        `Unexpected \`"value": [ … ]\` collection as response body, expected a single ${name} ${said}`,
      )
      for (const [index, item] of value.entries())
        checkJsonValue(item, { type, collection: false }, ['value', index], this.judge)
      return
    }
    if (carriesValue && isJsonObject(value) && expected && expected.kind !== 'enum') {
      this.report(
        'wrapped-single-entity',
        ['value'],
        `Unexpected single ${name} wrapped in \`"value": { … }\`, expected the object itself as the response body`,
      )
      checkJsonValue(value, { type, collection: false }, ['value'], this.judge)
      this.checkComplete(value, expected, ['value'])
      return
    }
    if (carriesValue) {
      checkJsonValue(value, { type, collection: false }, ['value'], this.judge)
      return
    }
    if (expected && expected.kind !== 'enum') {
      checkJsonValue(body, { type, collection: false }, [], this.judge)
      this.checkComplete(body, expected, [])
    }
  }

  /**
   * The one member of an object body that holds an array and is no member of the collection's
   * type: the collection under a key of its own (today's bookingbusiness-getstaffavailability.md,
   * `{ "staffAvailabilityItem": [ { "staffId": …, "availabilityItems": … } ] }`).
   */
  private otherCollectionKey(
    body: Record<string, unknown>,
    expected: TypeDef | undefined,
  ): string | undefined {
    if (!expected || expected.kind === 'enum') return undefined
    const members = Object.keys(body).filter((member) => !member.includes('@'))
    const [key] = members
    if (members.length !== 1 || key === undefined || !Array.isArray(body[key])) return undefined
    return this.reads.family(expected).properties.has(key) ? undefined : key
  }

  /**
   * A response example not marked `"truncated": true` shows every member its type's JSON
   * representation requires (ApiDoctor's rule), or those its request selects:
   *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.widget" } -->
   *   { "id": "w1" }        ← name and size missing: show them or mark the example truncated
   */
  /** Each item of a collection shown at `at`, against the collection's type. */
  private checkItems(
    items: readonly unknown[],
    type: TypeRef,
    expected: TypeDef | undefined,
    at: JsonPath,
  ): void {
    for (const [index, item] of items.entries()) {
      checkJsonValue(item, { type, collection: false }, [...at, index], this.judge)
      this.checkComplete(item, expected, [...at, index])
    }
  }

  private checkComplete(value: unknown, expected: TypeDef | undefined, path: JsonPath): void {
    if (this.incompleteReported || !isJsonObject(value) || !expected || expected.kind === 'enum') return
    const truncated = this.example.annotation?.truncated
    if (truncated === true || truncated === 'true') return
    const written = value['@odata.type']
    const named = typeof written === 'string' ? this.reads.named(written) : undefined
    const actual = named && named.kind !== 'enum' ? named : expected
    const required = this.reads.requiredMembers(actual)
    const selected = this.selected
    const missing = (required ?? []).filter(
      (member) => !Object.hasOwn(value, member) && (!selected || selected.has(member)),
    )
    if (missing.length === 0) return
    this.incompleteReported = true
    this.report(
      'example-missing-property',
      path,
      `Unexpected ${actual.name} without ${missing.join(', ')}, expected every member of its JSON representation in a response not marked \`"truncated": true\` (or list them in its \`"optionalProperties"\`)`,
    )
  }

  private typeOf(ref: TypeRef): TypeDef | undefined {
    return ref.kind === 'named' && ref.resolved ? this.reads.resolved(ref.resolved) : undefined
  }

  /** Where each member of the example's body starts (the body was parsed: as JSON, or as JSON5
   *  where it slips). */
  private memberOffsets(): Map<string, number> {
    if (!this.offsets) {
      const parsed = parseJsonWithOffsets(
        this.example.bodyText ?? '',
        readingOf(this.examples.of(this.example).body),
      )
      this.offsets = parsed.ok ? parsed.offsets : new Map()
    }
    return this.offsets
  }

  /** The arguments the example's path writes in the operation's calls (`argumentFaults`), reported
   *  once at the example. */
  private checkArguments(operation: OperationDef, example: ExampleDef): void {
    const segments = this.examples.of(example).target?.segments ?? []
    const faults = argumentFaults(operation, segments, (name) => this.reads.named(name))
    if (faults.length > 0)
      this.found.push(diagnostic('example-invalid-format', example.position, faults.join('; ')))
  }

  private report(code: DiagnosticCode, path: JsonPath, message: string): void {
    const example = this.example
    const body = example.bodyText ?? ''
    const offsets = this.memberOffsets()
    const offset = offsets.get(jsonPointer(path)) ?? offsets.get('') ?? 0
    const at = lineAndColumn(body, offset)
    this.found.push(
      diagnostic(
        code,
        {
          file: example.position.file,
          line: (example.bodyLine ?? example.position.line) + at.line,
          column: example.position.column + at.column,
        },
        message,
      ),
    )
  }
}

/**
 * The value of a JSON body, as the session read it (`ExampleReads`: JSON5 where it slips);
 * undefined when it is not JSON. A `__proto__` key, which that value keeps as a member, is judged as
 * `parseJsonWithOffsets` reads it (as no member), as this check always has: such a body alone is
 * read again.
 */
function judgedJson(example: ExampleDef, examples: ExampleReads): { value: unknown } | undefined {
  const { body } = examples.of(example)
  if (body.kind !== 'json') return undefined
  if (!example.bodyText?.includes('__proto__')) return { value: body.value }
  const parsed = parseJsonWithOffsets(example.bodyText, readingOf(body))
  return parsed.ok ? { value: parsed.value } : undefined
}

/** How a body the session read is read again for its places: as JSON5 where it slips (a trailing
 *  comma: today's security-labelsroot-post-retentionlabel.md), so its members are found. */
function readingOf(body: ExampleBody): JsonReading {
  return body.kind === 'json' && body.slip ? 'json5' : 'json'
}

/** The members a request's `$select` names (`?$select=id,name`), none when it selects nothing. */
function selectedMembers(url: string | undefined): ReadonlySet<string> | undefined {
  const select = url ? /[?&]\$select=([^&#]*)/i.exec(url)?.[1] : undefined
  if (select === undefined) return undefined
  let list = select
  try {
    list = decodeURIComponent(select)
  } catch {} // a `%` written as is
  return new Set(list.split(',').map((member) => member.trim()))
}

const isPrimitive = (type: TypeRef | undefined, name: string) =>
  type?.kind === 'primitive' && type.name === name
