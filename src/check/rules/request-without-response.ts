/**
 * A request example annotated `"blockType": "request"` with no response example right after it: a
 * reader, and a tool replaying the examples, cannot tell what the call returns. (`ignored` blocks
 * are illustrations that need none, and stand between no request and its response.) A response
 * may name the requests it answers, as the docs' validator pairs them:
 * `"name": ["get-by-id", "get-by-user"]` after several requests.
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import type { PageRule } from '../rule.js'

export const requestWithoutResponse: PageRule = {
  name: 'request-without-response',
  codes: ['request-without-response'],
  page({ model }) {
    const found: Diagnostic[] = []
    for (const operation of model.operations) {
      const { examples } = operation
      // Only names: a response without one answers no request by name (an unnamed request included).
      const answered = new Set(
        examples.flatMap((example) =>
          example.kind === 'response'
            ? [example.annotation?.name].flat().filter((name) => typeof name === 'string')
            : [],
        ),
      )
      examples.forEach((example, index) => {
        if (example.annotation?.blockType !== 'request') return
        // An `ignored` block between them (a second way to call, shown only) leaves them a pair.
        const next = examples.slice(index + 1).find((each) => each.annotation?.blockType !== 'ignored')
        if (next?.kind === 'response' || (example.name !== undefined && answered.has(example.name))) return
        found.push(
          diagnostic(
            'request-without-response',
            example.position,
            'Unexpected request example without a response example after it, expected its response',
          ),
        )
      })
    }
    return found
  },
}
