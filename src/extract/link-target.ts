/**
 * Resolve a link URL written on a page to a docs-relative target:
 *   `../resources/user.md` on `api/user-get.md` → `resources/user.md`
 *   `#calendarroletype-values` on `resources/room.md` → `resources/room.md#calendarroletype-values`
 * External URLs and links that leave the docs root give `undefined`.
 */
import { posix } from 'node:path'

export function resolveLinkTarget(url: string, fromFile: string): string | undefined {
  const trimmed = url.trim()
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined
  if (trimmed.startsWith('#')) return `${fromFile}${trimmed.toLowerCase()}`
  if (trimmed.startsWith('/')) return undefined
  const [pathPart = '', anchor] = trimmed.split('#', 2)
  const cleanPath = decodeSafely(pathPart.split('?')[0] ?? '')
  if (!cleanPath.toLowerCase().endsWith('.md')) return undefined
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), cleanPath))
  if (joined.startsWith('../') || joined === '..') return undefined
  return anchor ? `${joined.toLowerCase()}#${anchor.toLowerCase()}` : joined.toLowerCase()
}

/** `%20` decoded; text whose `%` is written as is, unchanged. */
export function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Whether a resolved target is a resource page: under a `resources/` folder, at the docs root
 * (`resources/user.md`) or deeper, as today's docs lay it out (`api-reference/v1.0/resources/user.md`).
 */
export function isResourceTarget(target: string | undefined): target is string {
  return target !== undefined && /(^|\/)resources\//.test(target)
}
