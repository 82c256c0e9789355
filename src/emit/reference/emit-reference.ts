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
import { scriptJson } from '../escape.js'
import type { GeneratedFile } from '../generated-file.js'
import { renderTemplate } from '../render-template.js'
import { referenceData } from './reference-data.js'

export const REFERENCE_PAGE = 'reference/index.html'

export function emitReference(model: ApiModel, shapes: ApiShape): GeneratedFile {
  const script = renderTemplate('reference/script', {})
  const style = renderTemplate('reference/style', {})
  const text = renderTemplate('reference/index', {
    data: scriptJson(referenceData(model, shapes)),
    script,
    style,
    scriptHash: sourceHash(script),
    styleHash: sourceHash(style),
  })
  return { path: REFERENCE_PAGE, text }
}

/** A CSP source matching exactly this inline element content. */
function sourceHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content).digest('base64')}'`
}
