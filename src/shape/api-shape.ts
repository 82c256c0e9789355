/**
 * The shapes of a model's operations for one emit: each operation is lowered at most once, when
 * an emitter first asks for it (an output whose memo already holds its text never asks). The
 * object lives as long as the emit that made it; nothing is kept in the module.
 *
 * Reads: the linked `ApiModel`.
 */
import type { ApiModel, OperationDef } from '../model.js'
import { shapeExamples } from './examples.js'
import type { OperationShape } from './operation-shape.js'
import { shapeParameters } from './parameters.js'
import { shapeRequestBody } from './request-body.js'
import { shapeResponse } from './response.js'

export interface ApiShape {
  model: ApiModel
  of(operation: OperationDef): OperationShape
}

export function shapeApi(model: ApiModel): ApiShape {
  const shapes = new Map<OperationDef, OperationShape>()
  return {
    model,
    of(operation) {
      let shape = shapes.get(operation)
      if (!shape) {
        shape = shapeOperation(operation, model)
        shapes.set(operation, shape)
      }
      return shape
    },
  }
}

/** One operation lowered (see `OperationShape`). */
export function shapeOperation(operation: OperationDef, model: ApiModel): OperationShape {
  const examples = shapeExamples(operation)
  return {
    operation,
    verbs: [...new Set(operation.routes.map((route) => route.method))],
    parameters: shapeParameters(operation),
    requestBody: shapeRequestBody(operation),
    response: shapeResponse(operation, model, examples),
    examples,
  }
}
