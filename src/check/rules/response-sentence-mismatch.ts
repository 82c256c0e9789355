/**
 * The Response sentence against the response annotation of the examples:
 *   If successful, this method returns a `200 OK` response code and a [thread](../resources/conversationthread.md) object …
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.post" } -->      ← another type
 * Both sides are resolved to documented types (a link by its target page, so `[Range](range.md)`
 * is `workbookRange`); the sentence may name a base type of the annotated type (`attachment` for
 * `fileAttachment`). An annotation naming no particular type (`Edm.String`, the root
 * `microsoft.graph.entity`) holds the sentence to nothing. Where the annotation states no
 * collection-ness, a sentence saying a collection where the operation's response (as link settled
 * it) is a single object, or the reverse, is reported too; where it states it, extract's vote of
 * annotation, sentence and example reports the evidence that lost (`response-collection-conflict`),
 * so the sentence is not reported twice: today's
 * backuprestoreroot-list-protectionpolicies.md says "a [protectionPolicyBase](…) object" over
 * `"@odata.type": "Collection(microsoft.graph.protectionPolicyBase)"` and `"value": [ … ]`.
 */

import type { Paragraph } from 'mdast'
import { diagnostic } from '../../diagnostics.js'
import {
  annotatedCollection,
  namesNoType,
  readResponseAnnotation,
  readResponseSentence,
} from '../../extract/response-evidence.js'
import { DEFAULT_NAMESPACE } from '../../format-defaults.js'
import type {
  ApiModel,
  Diagnostic,
  ExampleDef,
  OperationDef,
  PageModel,
  TypeDef,
  TypeRef,
} from '../../model.js'
import { cleanText } from '../../parse/inline-text.js'
import type { Page } from '../../parse/page.js'
import type { Section } from '../../parse/sections.js'
import type { CheckContext, CorpusRule, PageCheckInput, PageFacts } from '../rule.js'
import { addChainKeys, findingsByPage, targetKey, typeKey } from '../run-changes.js'
import { derivesFrom, familyOf } from '../type-family.js'

export const responseSentenceMismatch: CorpusRule = {
  name: 'response-sentence-mismatch',
  codes: ['response-sentence-mismatch'],
  run(context) {
    const lookups = new TypeLookups(context)
    const linked = linkedOperations(context.model)
    const pages = context.pages.filter((page) => page.operations.length > 0)
    return findingsByPage(pages, context.memo.responseSentences, context.changes, (page, keys) =>
      pageFindings(page, context, lookups, linked, keys),
    )
  },
}

function pageFindings(
  model: PageModel,
  context: CheckContext,
  lookups: TypeLookups,
  linked: (operation: OperationDef) => OperationDef | undefined,
  keys: Set<string>,
): Diagnostic[] {
  const found: Diagnostic[] = []
  // The page's Response sentence is its own operation's, the first: a call the page documents under
  // a heading of its own answers as its own section says.
  for (const operation of model.operations.slice(0, 1)) {
    const annotated = annotatedResponse(operation, lookups, keys)
    if (!annotated) continue
    const sentence = context.facts(model.file)?.responseSentence
    if (!sentence) continue
    const named = lookups.resolve(sentence.type, keys)
    if (!named) continue
    const { type } = annotated
    for (const side of [type, named])
      if (side.kind !== 'enum') addChainKeys(familyOf(context.model, side).types, keys)
    const related =
      named === type ||
      (named.kind !== 'enum' &&
        type.kind !== 'enum' &&
        (derivesFrom(context.model, type, named) !== false ||
          derivesFrom(context.model, named, type) !== false))
    if (!related)
      found.push(
        diagnostic(
          'response-sentence-mismatch',
          sentence.position,
          `Unexpected ${named.qualifiedName} in the Response sentence, expected ${type.qualifiedName} (or a base type of it) as the response annotation says`,
        ),
      )
    else if (
      !annotated.stated &&
      sentence.collection !== (linked(operation) ?? operation).response.collection
    )
      found.push(
        diagnostic(
          'response-sentence-mismatch',
          sentence.position,
          `Unexpected ${sentence.collection ? 'collection' : 'single object'} in the Response sentence, expected ${sentence.collection ? 'a single object' : 'a collection'} as the page's other evidence says`,
        ),
      )
  }
  return found
}

/**
 * The linked operation of a page's operation, found by the place the page documents it (link may
 * rename its id): its response is what link settled, the page's vote on collection-ness weighed
 * against the types (`objectBodyVote`). Indexed when first asked.
 */
function linkedOperations(model: ApiModel): (operation: OperationDef) => OperationDef | undefined {
  let byPlace: Map<string, OperationDef> | undefined
  const place = ({ position }: OperationDef) => `${position.file}:${position.line}:${position.column}`
  return (operation) => {
    byPlace ??= new Map(model.operations.map((each) => [place(each), each]))
    return byPlace.get(place(operation))
  }
}

/** The types a page's check looks up, each lookup adding the key it read to `keys`. */
class TypeLookups {
  #byTarget: Map<string, TypeDef> | undefined

  constructor(private readonly context: CheckContext) {}

  named(name: string, keys: Set<string>): TypeDef | undefined {
    keys.add(typeKey(name.replace(/^#/, '').trim()))
    return this.context.type(name)
  }

  /** The type a Response sentence's reference names: by its link's target page, else by name. */
  resolve(ref: TypeRef, keys: Set<string>): TypeDef | undefined {
    if (ref.kind !== 'named') return undefined
    if (ref.target) {
      keys.add(targetKey(ref.target))
      return this.#targets().get(ref.target.toLowerCase())
    }
    return this.named(ref.name, keys) ?? this.named(`${DEFAULT_NAMESPACE}.${ref.name}`, keys)
  }

  #targets(): Map<string, TypeDef> {
    if (!this.#byTarget) {
      this.#byTarget = new Map()
      for (const type of Object.values(this.context.model.types))
        for (const target of type.targets) if (!this.#byTarget.has(target)) this.#byTarget.set(target, type)
    }
    return this.#byTarget
  }
}

/** The page's Response sentence, read only when one of its examples annotates a response type. */
export function responseSentenceFact({ model, page }: PageCheckInput): PageFacts['responseSentence'] {
  const annotates = model.operations.some((operation) =>
    operation.examples.some((example) => annotatedType(example) !== undefined),
  )
  const paragraph = annotates ? responseSentence(page) : undefined
  const sentence = paragraph && readResponseSentence(paragraph, model.file)
  return sentence?.position
    ? { type: sentence.type, collection: sentence.collection, position: sentence.position }
    : undefined
}

/** The non-empty `@odata.type` of an example's response annotation. */
function annotatedType(example: ExampleDef): string | undefined {
  const annotation = example.annotation
  const written = annotation?.blockType === 'response' ? annotation['@odata.type'] : undefined
  return typeof written === 'string' && written.trim() !== '' ? written : undefined
}

function annotatedResponse(
  operation: OperationDef,
  lookups: TypeLookups,
  keys: Set<string>,
): { type: TypeDef; stated: boolean } | undefined {
  for (const example of operation.examples) {
    const written = annotatedType(example)
    if (written === undefined) continue
    // A placeholder (`Edm.String`, the root entity) names no type to hold the sentence to.
    const annotation = readResponseAnnotation(example)
    if (annotation && namesNoType(annotation.type)) return undefined
    const collectionOf = /^collection\((.*)\)$/i.exec(written.trim())
    const type = lookups.named(collectionOf?.[1] ?? written, keys)
    if (!type) return undefined
    return { type, stated: annotatedCollection(example, collectionOf !== null).stated }
  }
  return undefined
}

/** `## Response`, else `### Response` under `## Request body`; its paragraph that says "returns". */
function responseSentence(page: Page): Paragraph | undefined {
  let parent: Section | undefined
  let section: Section | undefined
  for (const candidate of page.sections) {
    if (candidate.depth === 2 && /^response$/i.test(candidate.title)) {
      section = candidate
      break
    }
    if (candidate.depth <= 2) parent = candidate
    else if (
      !section &&
      /^response$/i.test(candidate.title) &&
      parent &&
      /^request body$/i.test(parent.title)
    )
      section = candidate
  }
  if (!section) return undefined
  const paragraphs = page
    .tree(section)
    .children.filter((node): node is Paragraph => node.type === 'paragraph')
  return paragraphs.find((node) => /\breturns?\b/i.test(cleanText(node)))
}
