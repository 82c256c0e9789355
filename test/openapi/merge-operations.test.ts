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

describe('mergeOperations of a page documenting another use of the path', () => {
  // api/opentypeextension-post-opentypeextension.md documents `POST /users/{id|userPrincipalName}/messages`
  // with an openTypeExtension body: a message created with its extension, which the route judges as a message.
  const ref = (name: string) => ({ $ref: `#/components/schemas/microsoft.graph.${name}` })
  const withBody = (page: string, type: string, example: unknown): OperationObject => ({
    ...operation(page, [id]),
    requestBody: {
      required: true,
      content: { 'application/json': { schema: ref(type), examples: { [page]: { value: example } } } },
    },
  })
  const created = withBody('user-post-messages', 'message', { subject: 'Did you see last night’s game?' })
  const extended = withBody('opentypeextension-post-opentypeextension', 'openTypeExtension', {
    subject: 'Annual review',
    extensions: [
      { '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: 'Com.Contoso.Referral' },
    ],
  })

  it('shows its body examples under the route’s body type, which the server judges bodies by', () => {
    const media = mergeOperations(created, extended, true).requestBody?.content['application/json']
    expect(media?.schema).toEqual(ref('message'))
    expect(Object.keys(media?.examples ?? {})).toEqual([
      'opentypeextension-post-opentypeextension',
      'user-post-messages',
    ])
  })

  it('of a page of the path’s own use, takes its body type too', () => {
    const media = mergeOperations(created, extended).requestBody?.content['application/json']
    expect(media?.schema).toEqual({ anyOf: [ref('message'), ref('openTypeExtension')] })
  })

  it('where the route’s own page takes no body, shows its examples under a schema that takes any value', () => {
    const { requestBody: _, ...bodiless } = created
    const body = mergeOperations(bodiless, extended, true).requestBody
    expect(body?.required).toBe(false)
    expect(body?.content['application/json']?.schema).toEqual({})
    expect(Object.keys(body?.content['application/json']?.examples ?? {})).toEqual([
      'opentypeextension-post-opentypeextension',
    ])
  })
})
