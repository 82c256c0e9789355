/**
 * A response example whose success status is none the page documents: the Response section says
 * one code and the example shows another, so a reader (and a client typed from the page) cannot
 * tell which the call answers:
 *   If successful, this method returns a `200 OK` response code and an updated retentionLabel …
 *   HTTP/1.1 204 No Content                                     ← the example
 * The page's statuses are the operation's (the section's first success code, else its first
 * example's), every code its Response section names (another sentence may name another outcome:
 * "If … already exists, … returns a `204 No Content`"), and a redirect it follows.
 */
import { diagnostic } from '../../diagnostics.js'
import { responseSectionStatuses } from '../../extract/response-section.js'
import { isSuccess } from '../../http-status.js'
import type { Diagnostic } from '../../model.js'
import type { PageRule } from '../rule.js'

export const exampleStatusMismatch: PageRule = {
  name: 'example-status-mismatch',
  codes: ['example-status-mismatch'],
  page({ model, page }) {
    const found: Diagnostic[] = []
    const named = model.operations.length > 0 ? responseSectionStatuses(page) : []
    for (const { response, examples } of model.operations) {
      const documented = new Set([response.status, ...(response.otherSuccesses ?? []), ...named])
      if (response.redirect !== undefined) documented.add(response.redirect)
      for (const example of examples)
        if (
          example.kind === 'response' &&
          example.status !== undefined &&
          isSuccess(example.status) &&
          !documented.has(example.status)
        )
          found.push(
            diagnostic(
              'example-status-mismatch',
              example.position,
              `Unexpected status ${example.status} in the response example, expected ${[...documented].join(' or ')} as the page documents it (its Response section, else its first example)`,
            ),
          )
    }
    return found
  },
}
