/**
 * Page models and page-check results parsed from their cache entries (JSON). Link and the checks
 * leave page models as they are, so the runs of one process (watch mode) parse a page again only
 * when its entry changed. Models kept across runs are frozen: a later stage writing into one would
 * fail loudly instead of leaking into the next run's output.
 */
import type { PageChecks } from '../check/page-checks.js'
import type { PageModel } from '../model.js'
import type { CachedPage } from '../store/page-cache.js'

export interface ParsedPage {
  model: PageModel
  checks: PageChecks
}

export function parseEntry(entry: CachedPage): ParsedPage {
  return { model: JSON.parse(entry.model) as PageModel, checks: JSON.parse(entry.checks) as PageChecks }
}

export class ParsedPages {
  readonly #byEntry = new WeakMap<CachedPage, ParsedPage>()

  /** Bound, to be passed around as a parse function. */
  readonly get = (entry: CachedPage): ParsedPage => {
    let parsed = this.#byEntry.get(entry)
    if (!parsed) {
      parsed = deepFreeze(parseEntry(entry))
      this.#byEntry.set(entry, parsed)
    }
    return parsed
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const member of Object.values(value)) deepFreeze(member)
  }
  return value
}
