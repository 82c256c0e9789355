import { describe, expect, it } from 'vitest'
import type { ApiChange } from '../../src/diff/api-change.js'
import { diffModels } from '../../src/diff/diff-models.js'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import type {
  ApiModel,
  EnumTypeDef,
  ObjectTypeDef,
  OperationDef,
  OperationKind,
  ParameterDef,
  PropertyDef,
  SourcePosition,
  TypeDef,
} from '../../src/model.js'

/** Tiny hand-built models: every position names the thing, so a change's site can be checked. */
const at = (file: string, line = 1): SourcePosition => ({ file, line, column: 1 })

function model(types: TypeDef[], operations: OperationDef[] = []): ApiModel {
  return {
    types: Object.fromEntries(types.map((t) => [t.qualifiedName, t])),
    undocumented: {},
    operations,
    diagnostics: [],
    pages: 0,
  }
}

function enumType(name: string, members: (string | [string, number])[]): EnumTypeDef {
  return {
    kind: 'enum',
    name,
    namespace: 'microsoft.graph',
    qualifiedName: `microsoft.graph.${name}`,
    description: '',
    members: members.map((member, index) => {
      const [memberName, value] = typeof member === 'string' ? [member, undefined] : member
      return {
        name: memberName,
        ...(value !== undefined ? { value } : {}),
        description: '',
        position: at(`${name}.md`, 10 + index),
      }
    }),
    files: [`${name}.md`],
    targets: [],
    position: at(`${name}.md`),
  }
}

function objectType(name: string, properties: PropertyDef[]): ObjectTypeDef {
  return {
    kind: 'entity',
    name,
    namespace: 'microsoft.graph',
    qualifiedName: `microsoft.graph.${name}`,
    abstract: false,
    openType: false,
    description: '',
    properties,
    methods: [],
    files: [`${name}.md`],
    targets: [],
    position: at(`${name}.md`),
  }
}

function property(name: string, flags: Partial<PropertyDef> = {}, line = 20): PropertyDef {
  return {
    name,
    type: { kind: 'primitive', name: 'String' },
    collection: false,
    readOnly: false,
    relationship: false,
    description: '',
    position: at('widget.md', line),
    ...flags,
  }
}

function operation(
  id: string,
  kind: OperationKind,
  routes: string[],
  parameters: ParameterDef[] = [],
): OperationDef {
  return {
    id,
    file: `${id}.md`,
    title: id,
    description: '',
    kind,
    routes: routes.map((line) => parseRouteTemplate(line, at(`${id}.md`, 5)).route!),
    parameters,
    response: { status: 204, collection: false, source: 'none' },
    queryOptions: [],
    permissions: [],
    examples: [],
    position: at(`${id}.md`),
  }
}

function parameter(
  name: string,
  where: ParameterDef['in'],
  required: boolean,
  line = 30,
  file = 'activate.md',
): ParameterDef {
  return {
    name,
    in: where,
    type: { kind: 'primitive', name: 'String' },
    collection: false,
    required,
    description: '',
    position: at(file, line),
  }
}

/** `breaking breaks kind subject`, the part of a change each rule decides. */
function summary(changes: readonly ApiChange[]): string[] {
  return changes.map((c) => `${c.breaking} ${c.breaks ?? '-'} ${c.kind} ${c.subject}`)
}

const ACTIVATE = 'POST /widgets/{id}/activate'

describe('diffModels: Graph rules', () => {
  it.each<[string, TypeDef[], TypeDef[], string[]]>([
    [
      'a member after the sentinel of an evolvable enum breaks nobody',
      [enumType('state', ['on', 'off', 'unknownFutureValue'])],
      [enumType('state', ['on', 'off', 'unknownFutureValue', 'paused'])],
      ['false - enum-member-added microsoft.graph.state.paused'],
    ],
    [
      'a member added to an enum without the sentinel breaks readers',
      [enumType('color', ['red', 'green'])],
      [enumType('color', ['red', 'green', 'blue'])],
      ['true response enum-member-added microsoft.graph.color.blue'],
    ],
    [
      'a member added before the sentinel reaches every client: breaks readers',
      [enumType('state', ['on', 'off', 'unknownFutureValue'])],
      [enumType('state', ['on', 'off', 'paused', 'unknownFutureValue'])],
      ['true response enum-member-added microsoft.graph.state.paused'],
    ],
    [
      'after the sentinel by value when the members have values',
      [
        enumType('state', [
          ['on', 0],
          ['unknownFutureValue', 1],
        ]),
      ],
      [
        enumType('state', [
          ['paused', 2],
          ['on', 0],
          ['unknownFutureValue', 1],
        ]),
      ],
      ['false - enum-member-added microsoft.graph.state.paused'],
    ],
    [
      'the sentinel itself, added to an enum that had none, breaks readers',
      [enumType('color', ['red'])],
      [enumType('color', ['red', 'unknownFutureValue'])],
      ['true response enum-member-added microsoft.graph.color.unknownFutureValue'],
    ],
    [
      'moving the sentinel across existing members breaks readers',
      [enumType('state', ['on', 'off', 'unknownFutureValue', 'paused'])],
      [enumType('state', ['on', 'off', 'paused', 'unknownFutureValue'])],
      ['true response enum-sentinel-moved microsoft.graph.state.unknownFutureValue'],
    ],
    [
      'a member inserted before the sentinel, which renumbers it, is one change, not also a move',
      [
        enumType('state', [
          ['on', 0],
          ['off', 1],
          ['unknownFutureValue', 2],
          ['paused', 3],
        ]),
      ],
      [
        enumType('state', [
          ['on', 0],
          ['idle', 1],
          ['off', 2],
          ['unknownFutureValue', 3],
          ['paused', 4],
        ]),
      ],
      ['true response enum-member-added microsoft.graph.state.idle'],
    ],
    [
      'a removed member breaks both sides, even of an evolvable enum',
      [enumType('state', ['on', 'off', 'unknownFutureValue'])],
      [enumType('state', ['on', 'unknownFutureValue'])],
      ['true both enum-member-removed microsoft.graph.state.off'],
    ],
    [
      'a member renamed in case only is one change',
      [enumType('state', ['on', 'offline', 'unknownFutureValue'])],
      [enumType('state', ['on', 'offLine', 'unknownFutureValue'])],
      ['true both enum-member-case-changed microsoft.graph.state.offLine'],
    ],
    [
      'a property renamed in case only is one change, not a removal and an addition',
      [objectType('widget', [property('serialnumber')])],
      [objectType('widget', [property('serialNumber')])],
      ['true both property-case-changed microsoft.graph.widget.serialNumber'],
    ],
    [
      'a property renamed in case and retyped is two changes',
      [objectType('widget', [property('size')])],
      [objectType('widget', [property('Size', { type: { kind: 'primitive', name: 'Int32' } })])],
      [
        'true both property-case-changed microsoft.graph.widget.Size',
        'true both property-type-changed microsoft.graph.widget.Size',
      ],
    ],
    [
      'a property renamed beyond case is a removal and an addition',
      [objectType('widget', [property('serial')])],
      [objectType('widget', [property('serialNumber')])],
      [
        'true both property-removed microsoft.graph.widget.serial',
        'false - property-added microsoft.graph.widget.serialNumber',
      ],
    ],
    [
      'a type renamed in case only is one change, its contents still compared',
      [objectType('widget', [property('name')])],
      [objectType('Widget', [property('name', { nullable: true })])],
      [
        'true both type-case-changed microsoft.graph.Widget',
        'true response property-nullability-changed microsoft.graph.Widget.name',
      ],
    ],
    [
      'a property that becomes read-only breaks request writers',
      [objectType('widget', [property('createdBy')])],
      [objectType('widget', [property('createdBy', { readOnly: true })])],
      ['true request property-read-only-changed microsoft.graph.widget.createdBy'],
    ],
    [
      'a property that stops being read-only breaks nobody',
      [objectType('widget', [property('createdBy', { readOnly: true })])],
      [objectType('widget', [property('createdBy')])],
      ['false - property-read-only-changed microsoft.graph.widget.createdBy'],
    ],
    [
      'a property that becomes nullable breaks response readers; the reverse breaks nobody',
      [objectType('widget', [property('a'), property('b', { nullable: true })])],
      [objectType('widget', [property('a', { nullable: true }), property('b', { nullable: false })])],
      [
        'true response property-nullability-changed microsoft.graph.widget.a',
        'false - property-nullability-changed microsoft.graph.widget.b',
      ],
    ],
    [
      'a removed property breaks request writers and response readers',
      [objectType('widget', [property('name'), property('tags')])],
      [objectType('widget', [property('name')])],
      ['true both property-removed microsoft.graph.widget.tags'],
    ],
  ])('%s', (_, before, after, expected) =>
    expect(summary(diffModels(model(before), model(after)))).toEqual(expected),
  )

  it.each<[string, OperationDef, OperationDef, string[]]>([
    [
      'a new required body parameter of an action breaks request writers; a new optional one breaks nobody',
      operation('activate', 'action', [ACTIVATE], [parameter('reason', 'body', true)]),
      operation(
        'activate',
        'action',
        [ACTIVATE],
        [
          parameter('reason', 'body', true),
          parameter('mode', 'body', true),
          parameter('comment', 'body', false),
        ],
      ),
      [
        'false - parameter-added POST /widgets/{id}/activate (comment)',
        'true request parameter-added POST /widgets/{id}/activate (mode)',
      ],
    ],
    [
      'a removed parameter breaks request writers',
      operation('activate', 'action', [ACTIVATE], [parameter('reason', 'body', false)]),
      operation('activate', 'action', [ACTIVATE]),
      ['true request parameter-removed POST /widgets/{id}/activate (reason)'],
    ],
    [
      'a parameter turning required breaks request writers; turning optional breaks nobody',
      operation(
        'activate',
        'action',
        [ACTIVATE],
        [parameter('a', 'body', false), parameter('b', 'body', true)],
      ),
      operation(
        'activate',
        'action',
        [ACTIVATE],
        [parameter('a', 'body', true), parameter('b', 'body', false)],
      ),
      [
        'true request parameter-required-changed POST /widgets/{id}/activate (a)',
        'false - parameter-required-changed POST /widgets/{id}/activate (b)',
      ],
    ],
    [
      'a parameter offered as one type fewer breaks request writers; as one type more, nobody',
      operation(
        'answer',
        'action',
        [ACTIVATE],
        [
          { ...parameter('a', 'body', true), otherTypes: [{ kind: 'primitive', name: 'Int32' }] },
          parameter('b', 'body', true),
        ],
      ),
      operation(
        'answer',
        'action',
        [ACTIVATE],
        [
          parameter('a', 'body', true),
          { ...parameter('b', 'body', true), otherTypes: [{ kind: 'primitive', name: 'Int32' }] },
        ],
      ),
      [
        'true request parameter-type-changed POST /widgets/{id}/activate (a)',
        'false - parameter-type-changed POST /widgets/{id}/activate (b)',
      ],
    ],
    [
      'a parameter renamed in case only is one change',
      operation('activate', 'action', [ACTIVATE], [parameter('reason', 'body', false)]),
      operation('activate', 'action', [ACTIVATE], [parameter('Reason', 'body', false)]),
      ['true request parameter-case-changed POST /widgets/{id}/activate (Reason)'],
    ],
    [
      'a new argument of a function call is a new required parameter of the same function, not a new route',
      operation(
        'report',
        'function',
        ["GET /reports/report(period='{period}')"],
        [parameter('period', 'path', false)],
      ),
      operation(
        'report',
        'function',
        ["GET /reports/report(period='{period}',date={date})"],
        [parameter('period', 'path', false), parameter('date', 'path', false)],
      ),
      ["true request parameter-added GET /reports/report(period='{period}',date={date}) (date)"],
    ],
    [
      'a new optional function parameter in the query string breaks nobody',
      operation('recent', 'function', ['GET /widgets/recent()'], []),
      operation('recent', 'function', ['GET /widgets/recent()'], [parameter('top', 'query', false)]),
      ['false - parameter-added GET /widgets/recent() (top)'],
    ],
    [
      'headers, $ options, route placeholders and the bodies of create and update are not parameters',
      operation('update', 'update', ['PATCH /widgets/{id}'], []),
      operation('update', 'update', ['PATCH /widgets/{id}'], [parameter('name', 'body', true)]),
      [],
    ],
    [
      'nor on an action: headers, $ options and the path placeholders',
      operation('activate', 'action', [ACTIVATE], []),
      operation(
        'activate',
        'action',
        [ACTIVATE],
        [
          parameter('Authorization', 'header', true),
          parameter('$select', 'query', false),
          parameter('id', 'path', true),
        ],
      ),
      [],
    ],
    [
      'an operation documented under several routes is compared once, under its first route',
      operation('activate', 'action', [ACTIVATE, 'POST /me/widgets/{id}/activate'], []),
      operation(
        'activate',
        'action',
        [ACTIVATE, 'POST /me/widgets/{id}/activate'],
        [parameter('mode', 'body', true)],
      ),
      ['true request parameter-added POST /widgets/{id}/activate (mode)'],
    ],
  ])('%s', (_, before, after, expected) =>
    expect(summary(diffModels(model([], [before]), model([], [after])))).toEqual(expected),
  )

  it('places additions and changes in the new docs, removals in the old', () => {
    const before = model([objectType('widget', [property('gone', {}, 21), property('kept', {}, 22)])])
    const after = model([
      objectType('widget', [property('kept', { readOnly: true }, 31), property('new', {}, 32)]),
    ])
    expect(diffModels(before, after).map((c) => [c.kind, c.revision, c.file, c.line])).toEqual([
      ['property-removed', 'old', 'widget.md', 21],
      ['property-read-only-changed', 'new', 'widget.md', 31],
      ['property-added', 'new', 'widget.md', 32],
    ])
  })

  it('sets breaks exactly on breaking changes', () => {
    const before = model(
      [enumType('color', ['red']), objectType('widget', [property('a'), property('b', { readOnly: true })])],
      [operation('activate', 'action', [ACTIVATE], [parameter('x', 'body', true)])],
    )
    const after = model(
      [enumType('color', ['red', 'blue']), objectType('widget', [property('A'), property('b')])],
      [operation('activate', 'action', [ACTIVATE], [parameter('y', 'body', false)])],
    )
    const changes = diffModels(before, after)
    expect(changes.length).toBeGreaterThan(4)
    for (const c of changes) expect(c.breaking).toBe(c.breaks !== undefined)
  })
})
