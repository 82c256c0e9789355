/**
 * SHA-256, in hex, of a text (its UTF-8 bytes) or of bytes: the digest of a page's text that the
 * page cache is keyed by (`page-hash.ts`), and the hash of an output in the manifests doc2ts wrote
 * before `outputHash`. A module of its own so that the writer and the run record both read it.
 */
import { createHash } from 'node:crypto'

export function textHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}
