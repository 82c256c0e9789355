/**
 * Two examples of one page with the same annotation name: tools that test the docs pair a request
 * with its response by name, so the second shadows the first.
 *   <!-- { "blockType": "request", "name": "get_user" } -->   …   <!-- { "blockType": "request", "name": "get_user" } -->
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import type { PageRule } from '../rule.js'

export const duplicateExampleName: PageRule = {
  name: 'duplicate-example-name',
  codes: ['duplicate-example-name'],
  page({ model }) {
    const found: Diagnostic[] = []
    for (const operation of model.operations) {
      const first = new Map<string, number>()
      for (const example of operation.examples) {
        if (example.name === undefined) continue
        const key = `${example.kind} ${example.name}`
        const seen = first.get(key)
        if (seen === undefined) first.set(key, example.position.line)
        else
          found.push(
            diagnostic(
              'duplicate-example-name',
              example.position,
              `Unexpected ${example.kind} example named "${example.name}" again, expected a name not used at line ${seen}`,
            ),
          )
      }
    }
    return found
  },
}
