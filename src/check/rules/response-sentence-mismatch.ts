/**
 * The Response sentence against the response annotation of the examples:
 *   If successful, this method returns a `200 OK` response code and a [thread](../resources/conversationthread.md) object …
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.post" } -->      ← another type
 * Both sides are resolved to documented types (a link by its target page, so `[Range](range.md)`
 * is `workbookRange`); the sentence may name a base type of the annotated type (`attachment` for
 * `fileAttachment`). A collection in one and a single object in the other is reported too.
 */
import type { Paragraph } from 'mdast'
import { diagnostic } from '../../diagnostics.js'
import { readResponseSentence } from '../../extract/response-section.js'
import type { Diagnostic, ExampleDef, OperationDef, TypeDef, TypeRef } from '../../model.js'
import { cleanText } from '../../parse/inline-text.js'
import type { Page } from '../../parse/page.js'
import type { Section } from '../../parse/sections.js'
import type { CheckContext, CorpusRule, PageCheckInput, PageFacts } from '../rule.js'
import { derivesFrom } from '../type-family.js'

export const responseSentenceMismatch: CorpusRule = {
  name: 'response-sentence-mismatch',
  codes: ['response-sentence-mismatch'],
  run(context) {
    const byTarget = new Map<string, TypeDef>()
    for (const type of Object.values(context.model.types))
      for (const target of type.targets) if (!byTarget.has(target)) byTarget.set(target, type)
    const found: Diagnostic[] = []
    for (const model of context.pages)
      for (const operation of model.operations) {
        const annotated = annotatedResponse(operation, context)
        if (!annotated) continue
        const sentence = context.facts(model.file)?.responseSentence
        if (!sentence) continue
        const named = resolve(sentence.type, byTarget, context)
        if (!named) continue
        const { type, collection } = annotated
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
        else if (sentence.collection !== collection)
          found.push(
            diagnostic(
              'response-sentence-mismatch',
              sentence.position,
              `Unexpected ${sentence.collection ? 'collection' : 'single object'} in the Response sentence, expected ${collection ? 'a collection' : 'a single object'} as the response annotation says${collection ? '' : ' (is `"isCollection": true` missing?)'}`,
            ),
          )
      }
    return found
  },
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
  context: CheckContext,
): { type: TypeDef; collection: boolean } | undefined {
  for (const example of operation.examples) {
    const annotation = example.annotation
    const written = annotatedType(example)
    if (written === undefined) continue
    const collectionOf = /^collection\((.*)\)$/i.exec(written.trim())
    const type = context.type(collectionOf?.[1] ?? written)
    if (!type) return undefined
    const isCollection = annotation?.isCollection === true || annotation?.isCollection === 'true'
    return { type, collection: collectionOf !== null || isCollection }
  }
  return undefined
}

function resolve(ref: TypeRef, byTarget: Map<string, TypeDef>, context: CheckContext): TypeDef | undefined {
  if (ref.kind !== 'named') return undefined
  if (ref.target) return byTarget.get(ref.target.toLowerCase())
  return context.type(ref.name) ?? context.type(`microsoft.graph.${ref.name}`)
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
