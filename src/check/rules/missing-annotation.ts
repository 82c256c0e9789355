/**
 * An example without the annotation comment its page's other examples carry:
 *   <!-- { "blockType": "request", "name": "get_item" } -->     ```http
 *   ```http                                                     HTTP/1.1 200 OK      ← no comment
 * Tools that replay or test the examples read annotated blocks only, so this one goes untested. A
 * page that annotates none of its examples (Intune's pages) follows another convention and is
 * left alone.
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import type { PageRule } from '../rule.js'

export const missingAnnotation: PageRule = {
  name: 'missing-annotation',
  codes: ['missing-annotation'],
  page({ model }) {
    const found: Diagnostic[] = []
    for (const operation of model.operations) {
      if (!operation.examples.some((example) => example.annotation)) continue
      for (const example of operation.examples)
        if (!example.annotation)
          found.push(
            diagnostic(
              'missing-annotation',
              example.position,
              `Unexpected ${example.kind} example without an annotation comment, expected \`<!-- { "blockType": "${example.kind}"${example.kind === 'request' ? ', "name": "…"' : ''} } -->\` before it as the page's other examples have (tools that replay examples skip it)`,
            ),
          )
    }
    return found
  },
}
