/**
 * The cache key of one page: sha256 of doc2ts's version, the docs-relative path and the digest
 * of the page's text (`textHash` of its bytes as read, decoded). Equal keys mean equal page models. The digest
 * is kept from one read to the next (`docs-stamps.ts`), so a page need not be read for its key.
 */
import { createHash } from 'node:crypto'

export function pageHash(version: string, file: string, digest: string): string {
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(file)
    .update('\0')
    .update(digest)
    .digest('hex')
}
