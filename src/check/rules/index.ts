/** Every doc check, in the order they run. Each has a name a user can turn off. */
import type { CheckRule } from '../rule.js'
import { brokenLink } from './broken-link.js'
import { duplicateExampleName } from './duplicate-example-name.js'
import { duplicateProperty } from './duplicate-property.js'
import { exampleBodies } from './example-bodies.js'
import { exampleRouteMismatch } from './example-route-mismatch.js'
import { exampleServiceMismatch } from './example-service-mismatch.js'
import { exampleStatusMismatch } from './example-status-mismatch.js'
import { invalidJson } from './invalid-json.js'
import { listedRouteOnGet } from './listed-route-on-get.js'
import { missingAnnotation } from './missing-annotation.js'
import { missingPermissions } from './missing-permissions.js'
import { missingSection } from './missing-section.js'
import { openTabGroup } from './open-tab-group.js'
import { openApiInexactPath } from './openapi-inexact-path.js'
import { representationMismatch } from './representation-mismatch.js'
import { requestWithoutBody } from './request-without-body.js'
import { requestWithoutResponse } from './request-without-response.js'
import { responseSentenceMismatch } from './response-sentence-mismatch.js'
import { todoPlaceholder } from './todo-placeholder.js'
import { unclosedBlock } from './unclosed-block.js'
import { undefinedReferenceLink } from './undefined-reference-link.js'
import { unknownPathParameter } from './unknown-path-parameter.js'

export const checkRules: readonly CheckRule[] = [
  invalidJson,
  exampleBodies,
  brokenLink,
  todoPlaceholder,
  duplicateProperty,
  missingSection,
  missingPermissions,
  representationMismatch,
  responseSentenceMismatch,
  openApiInexactPath,
  openTabGroup,
  unclosedBlock,
  duplicateExampleName,
  requestWithoutResponse,
  requestWithoutBody,
  undefinedReferenceLink,
  missingAnnotation,
  unknownPathParameter,
  exampleRouteMismatch,
  listedRouteOnGet,
  exampleStatusMismatch,
  exampleServiceMismatch,
]
