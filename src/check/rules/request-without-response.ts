/**
 * A request example annotated `"blockType": "request"` with no response example right after it: a
 * reader, and a tool replaying the examples, cannot tell what the call returns. (`ignored` blocks
 * are illustrations that need none.)
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
      examples.forEach((example, index) => {
        if (example.annotation?.blockType !== 'request') return
        if (examples[index + 1]?.kind === 'response') return
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
