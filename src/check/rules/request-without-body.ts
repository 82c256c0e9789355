/**
 * A request example that sends no body where its page documents one the call requires: the
 * resource an update or a create sends ("supply a JSON representation of [channel](…)"), bytes, or
 * an action's Request body table with a required parameter. A reader cannot tell what to send, and
 * a service (or `doc2ts verify`) refuses the example as written:
 *   ## Request body
 *   In the request body, supply a JSON representation of [channel](../resources/channel.md) object.
 *   …
 *   PATCH https://graph.microsoft.com/v1.0/teams/{id}/channels/{id}        ← no body follows
 * (`ignored` blocks are illustrations, not calls.)
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import { showsBody } from '../../shape/examples.js'
import { carriesBody, requiresBody } from '../../shape/operation-shape.js'
import { shapeRequestBody } from '../../shape/request-body.js'
import type { PageRule } from '../rule.js'

export const requestWithoutBody: PageRule = {
  name: 'request-without-body',
  codes: ['request-without-body'],
  page({ model }) {
    const found: Diagnostic[] = []
    for (const operation of model.operations) {
      const body = shapeRequestBody(operation)
      if (!requiresBody(body)) continue
      const expected =
        body.kind === 'parameters'
          ? 'the parameters of its Request body table'
          : 'the body the page documents'
      for (const example of operation.examples)
        if (
          example.kind === 'request' &&
          example.annotation?.blockType !== 'ignored' &&
          example.method !== undefined &&
          carriesBody(example.method) &&
          !showsBody(example)
        )
          found.push(
            diagnostic(
              'request-without-body',
              example.position,
              `Unexpected ${example.method} request example without a body, expected ${expected}`,
            ),
          )
    }
    return found
  },
}
