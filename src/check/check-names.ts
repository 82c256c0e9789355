/**
 * The names of the doc checks (each rule's `name`, `src/check/rules/`), and what a suppression may
 * name: a diagnostic code or a check. Kept apart from the rules so that a config's suppressions
 * are validated without loading them (a run with nothing to do loads no rule).
 */
import { catalog } from '../diagnostics.js'

export const CHECK_NAMES = [
  'invalid-json',
  'example-bodies',
  'broken-link',
  'todo-placeholder',
  'duplicate-property',
  'missing-section',
  'missing-permissions',
  'representation-mismatch',
  'response-sentence-mismatch',
  'openapi-inexact-path',
  'open-tab-group',
  'unclosed-block',
  'duplicate-example-name',
  'request-without-response',
  'request-without-body',
  'undefined-reference-link',
  'missing-annotation',
  'unknown-path-parameter',
  'example-route-mismatch',
  'listed-route-on-get',
  'example-status-mismatch',
  'example-service-mismatch',
] as const

export type CheckName = (typeof CHECK_NAMES)[number]

/** True when `name` is a diagnostic code or a check name. */
export function isKnownCode(name: string): boolean {
  return Object.hasOwn(catalog, name) || (CHECK_NAMES as readonly string[]).includes(name)
}

/** The first suppression naming neither (it would silence nothing), with its index. */
export function unknownSuppression(
  entries: readonly { code: string }[],
): { index: number; code: string } | undefined {
  const index = entries.findIndex((entry) => !isKnownCode(entry.code))
  const entry = entries[index]
  return entry && { index, code: entry.code }
}
