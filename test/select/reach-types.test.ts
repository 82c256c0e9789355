import { describe, expect, it } from 'vitest'
import type { ApiModel, ObjectTypeDef, OperationDef, TypeDef, TypeRef } from '../../src/model.js'
import { reachTypes } from '../../src/select/reach-types.js'

const at = { file: 'x.md', line: 1, column: 1 }
const ref = (name: string): TypeRef => ({ kind: 'named', name, resolved: `ns.${name}` })

function objectType(
  name: string,
  options: { base?: string; properties?: string[]; returns?: [string, string][] } = {},
): ObjectTypeDef {
  return {
    kind: 'entity',
    name,
    namespace: 'ns',
    qualifiedName: `ns.${name}`,
    ...(options.base && { baseType: ref(options.base) }),
    abstract: false,
    openType: false,
    description: '',
    properties: (options.properties ?? []).map((type) => ({
      name: `${type}Property`,
      type: ref(type),
      collection: false,
      readOnly: false,
      relationship: false,
      description: '',
      position: at,
    })),
    methods: (options.returns ?? []).map(([operationId, type]) => ({
      title: operationId,
      operationId,
      returnType: ref(type),
      returnsCollection: false,
      description: '',
      position: at,
    })),
    files: [],
    targets: [],
    position: at,
  }
}

function operation(id: string, response: string): OperationDef {
  return {
    id,
    file: `${id}.md`,
    title: id,
    description: '',
    kind: 'get',
    routes: [],
    parameters: [],
    response: { status: 200, type: ref(response), collection: false, source: 'sentence' },
    queryOptions: [],
    permissions: [],
    examples: [],
    position: at,
  }
}

/** `root` tops most of the model: a use site declaring it is not widened. `shape` is an ordinary
 *  base: a use site declaring it receives `circle` and `square`. */
const TYPES: TypeDef[] = [
  objectType('root'),
  objectType('shape', { base: 'root', properties: ['colour'] }),
  objectType('circle', { base: 'shape', properties: ['point'] }),
  objectType('square', { base: 'shape' }),
  objectType('user', {
    base: 'root',
    properties: ['shape', 'root', 'missing'],
    returns: [['getPhoto', 'photo']],
  }),
  objectType('photo', { base: 'root' }),
  objectType('group', { base: 'root', properties: ['user'] }),
  objectType('point'),
  objectType('label', { base: 'point' }),
  {
    kind: 'enum',
    name: 'colour',
    namespace: 'ns',
    qualifiedName: 'ns.colour',
    description: '',
    members: [],
    files: [],
    targets: [],
    position: at,
  },
]

const MODEL: ApiModel = {
  types: Object.fromEntries(TYPES.map((type) => [type.qualifiedName, type])),
  undocumented: {
    'ns.missing': {
      qualifiedName: 'ns.missing',
      name: 'missing',
      namespace: 'ns',
      asBaseType: false,
      targets: [],
    },
  },
  operations: [],
  diagnostics: [],
  pages: 0,
}

const reached = (...operations: OperationDef[]) =>
  [...reachTypes(MODEL, operations)].map((name) => name.slice(3)).sort()

describe('reachTypes', () => {
  it('follows properties, base types, enums and placeholders; widens declared types except the root', () => {
    // user → shape (declared: circle, square; circle's point and its label), root (declared, but
    // the root), missing
    expect(reached(operation('getUser', 'user'))).toEqual(
      ['circle', 'colour', 'label', 'missing', 'point', 'root', 'shape', 'square', 'user'].sort(),
    )
  })

  it('brings no descendants of a type reached only as a base', () => {
    // circle → shape → root as bases: neither square nor user arrive at a circle
    expect(reached(operation('getCircle', 'circle'))).toEqual([
      'circle',
      'colour',
      'label',
      'point',
      'root',
      'shape',
    ])
  })

  it('widens a declared type that is not the root: point receives label', () => {
    expect(reached(operation('getPoint', 'point'))).toEqual(['label', 'point'])
  })

  it('follows the Methods rows of kept operations only', () => {
    expect(reached(operation('getUser', 'user'), operation('getPhoto', 'root'))).toContain('photo')
    expect(reached(operation('getUser', 'user'))).not.toContain('photo')
  })

  it('follows each type a parameter is offered as (call-answer.md: appHosted- or serviceHostedMediaConfig)', () => {
    const answer = operation('answer', 'photo')
    const offered = {
      name: 'mediaConfig',
      in: 'body' as const,
      type: ref('point'),
      otherTypes: [ref('group')],
      collection: false,
      required: true,
      description: '',
      position: at,
    }
    expect(reached({ ...answer, parameters: [offered] })).toEqual(
      [
        'group',
        'label',
        'photo',
        'point',
        'root',
        'user',
        'circle',
        'colour',
        'missing',
        'shape',
        'square',
      ].sort(),
    )
  })

  it('reaches nothing from a root declared alone', () => {
    expect(reached(operation('getRoot', 'root'))).toEqual(['root'])
  })
})
