/**
 * The `## Request body` prose that says the body must name its type in `@odata.type`:
 *   >**Note:** The `@odata.type` property with a value of `#microsoft.graph.fido2AuthenticationMethodConfiguration`
 *   must be included in the body.                          (fido2authenticationmethodconfiguration-update.md)
 *   You must specify the `@odata.type` property when updating a [customAuthenticationExtension](…) object.
 *                                                          (customauthenticationextension-update.md)
 * makes `@odata.type` a required body parameter (the table's row, or one of its own): Graph reads
 * the body's type by it, and refuses a body without it. Not a sentence that asks it of one type
 * only, another than the body's: "To use this API to update an [agentUser](…), you must specify the
 * **@odata.type** as `#microsoft.graph.agentUser` in the request body." (today's user-update.md),
 * nor "When using [cancelRunsScope](…), the `@odata.type` property is required in the request body."
 * under the heading of a parameter's properties (beta identitygovernance-workflow-cancelprocessing.md).
 */
import type { Nodes } from 'mdast'
import { TYPE_ANNOTATION } from '../format-defaults.js'
import type { Draft, OperationDef, ParameterDef } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import { proseParagraphs } from '../parse/prose-paragraphs.js'
import { requiredBodyString } from './parameter-table.js'

/** "You must specify the @odata.type …", "The @odata.type property with a value of … must be
 *  included in the body.", "… the @odata.type property is required …"; not the `@odata.type` of a
 *  member ("of each item in targets"), nor one required only in some cases ("only when …"). */
const MUST_CARRY =
  /\bmust (?:specify|include|provide|set) the `?@odata\.type\b|\bthe `?@odata\.type`? (?:property )?(?:with a value of [^,;]*? )?(?:must be (?:included|specified|provided|set)|is required)\b(?![^.]*\bonly (?:when|if)\b)/i

/** The type a sentence limits itself to: "when updating a [x](…) object", "To use this API to
 *  update an [x](…),", "When using [x](…),". */
const LIMITED_TO =
  /\b(?:to (?:use this API to )?(?:update|create)|when (?:updating|creating|using))(?: or (?:update|create|updating|creating))? (?:an? |the )?(?:new )?(\w+)/i

/** The operation's parameters, with `@odata.type` a required body parameter where its Request body
 *  prose (`nodes`) says the resource it sends must carry it; unchanged where it sends none. */
export function withRequiredTypeAnnotation(
  operation: Pick<Draft<OperationDef>, 'parameters' | 'requestBody'>,
  nodes: readonly Nodes[],
  file: string,
): ParameterDef[] {
  const { parameters, requestBody } = operation
  // An action's parameter object names no type: only a resource body carries one.
  if (requestBody?.type.kind !== 'named') return parameters
  const bodyType = requestBody.type.name.toLowerCase()
  const paragraph = nodes
    .flatMap(proseParagraphs)
    .find((each) => saysBodyCarriesType(cleanText(each), bodyType))
  if (!paragraph) return parameters
  const row = parameters.find((parameter) => parameter.in === 'body' && parameter.name === TYPE_ANNOTATION)
  if (row) return parameters.map((parameter) => (parameter === row ? { ...row, required: true } : parameter))
  const annotation = requiredBodyString(TYPE_ANNOTATION, cleanText(paragraph), {
    file,
    line: paragraph.position?.start.line ?? 1,
    column: 1,
  })
  return [...parameters, annotation]
}

/** Whether a sentence of `text` says the body must carry `@odata.type`, for any body of the call. */
function saysBodyCarriesType(text: string, bodyType: string): boolean {
  return text.split(/(?<=\.)\s+(?=[A-Z])/).some((sentence) => {
    if (!MUST_CARRY.test(sentence)) return false
    const limited = LIMITED_TO.exec(sentence)?.[1]
    return limited === undefined || limited.toLowerCase() === bodyType
  })
}
