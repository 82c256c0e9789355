/**
 * The cache key of one page: sha256 of doc2ts's version, the docs-relative path and the page's
 * text (its bytes as read, decoded). Equal keys mean equal page models.
 */
import { createHash } from 'node:crypto'

export function pageHash(version: string, file: string, text: string): string {
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(file)
    .update('\0')
    .update(text)
    .digest('hex')
}
