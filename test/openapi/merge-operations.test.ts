import { describe, expect, it } from 'vitest'
import { mergeOperations } from '../../src/emit/openapi/operation.js'
import type { OperationObject, ParameterObject } from '../../src/emit/openapi/spec.js'

const id: ParameterObject = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
const query = (name: string, required: boolean): ParameterObject => ({
  name,
  in: 'query',
  required,
  schema: { type: 'string' },
})
const header = (name: string, required: boolean): ParameterObject => ({
  name,
  in: 'header',
  required,
  schema: { type: 'string' },
})

function operation(page: string, parameters: ParameterObject[]): OperationObject {
  return {
    tags: ['user'],
    summary: page,
    operationId: page,
    parameters,
    responses: { '200': { description: 'OK' } },
    'x-doc2ts-pages': [`api/${page}.md`],
  }
}

describe('mergeOperations', () => {
  it('requires a parameter only where every page on the route requires it', () => {
    const get = operation('user-get', [id, query('startDateTime', true)])
    const manager = operation('user-list-manager', [
      id,
      query('startDateTime', true),
      query('$expand', true),
      header('ConsistencyLevel', true),
    ])
    const required = (merged: OperationObject) =>
      (merged.parameters ?? []).flatMap((parameter) =>
        '$ref' in parameter ? [] : [`${parameter.name}:${parameter.required}`],
      )
    const expected = ['id:true', 'startDateTime:true', '$expand:false', 'ConsistencyLevel:false']
    expect(required(mergeOperations(get, manager))).toEqual(expected)
    expect(required(mergeOperations(manager, get))).toEqual(expected)
  })
})
