/**
 * emit reference: the model → `reference/index.html`, one self-contained page (`doc2ts mock` serves
 * it at `/`) through the templates of `templates/reference/`:
 *   index.hbs    the page: a search box, the navigation, the data as JSON, style and script inline
 *   style.hbs    its CSS
 *   script.hbs   renders the data (as text only), filters as you type, sends "Try it" requests
 * The Content-Security-Policy lets run only the page's own script and style (by hash), and lets
 * requests go only to the page's origin: a description that slipped through as markup would still
 * run nothing, and "Try it" cannot reach the real service.
 *
 * Reads: the linked `ApiModel` and the operations' shapes (`reference-data.ts`).
 */
import { createHash } from 'node:crypto'
import type { ApiModel } from '../../model.js'
import type { ApiShape } from '../../shape/api-shape.js'
import { fileOfParts, type GeneratedFile } from '../generated-file.js'
import type { EmitMemo } from '../memo.js'
import { renderTemplate } from '../render-template.js'
import { referenceDataParts } from './reference-data.js'
import type { ReferenceMemo } from './reference-memo.js'

export const REFERENCE_PAGE = 'reference/index.html'

/** Where the data goes in the rendered page: a character no template holds. */
const DATA = '\u0000'

/** The page, as parts: the data is printed unit by unit (see `referenceDataParts`). */
/** `kept`: what the session keeps (see `ReferenceMemo`). */
export function emitReference(
  model: ApiModel,
  shapes: ApiShape,
  memo?: EmitMemo,
  kept?: ReferenceMemo,
): GeneratedFile {
  const script = renderTemplate('reference/script', {})
  const style = renderTemplate('reference/style', {})
  const page = renderTemplate('reference/index', {
    data: DATA,
    script,
    style,
    scriptHash: sourceHash(script),
    styleHash: sourceHash(style),
  })
  const [before, after, ...more] = page.split(DATA)
  if (before === undefined || after === undefined || more.length > 0)
    throw new Error('the reference page template has not exactly one data slot')
  return fileOfParts(REFERENCE_PAGE, [before, ...referenceDataParts(model, shapes, memo, kept), after])
}

/** A CSP source matching exactly this inline element content. */
function sourceHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content).digest('base64')}'`
}
