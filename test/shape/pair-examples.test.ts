/** Request and response examples paired as a page shows them. */
import { expect, it } from 'vitest'
import type { ExampleDef, OperationDef } from '../../src/model.js'
import { pairExamples } from '../../src/shape/examples.js'
import type { ExampleShape } from '../../src/shape/operation-shape.js'

/** `q1` a request, `r1` a response, `r302` one of status 302. */
const example = (name: string): ExampleShape => ({
  example: {
    kind: name.startsWith('q') ? 'request' : 'response',
    name,
    ...(/^r\d{3}$/.test(name) && { status: Number(name.slice(1)) }),
  } as ExampleDef,
  body: { kind: 'empty' },
})
const named = (pair: { request?: ExampleShape; response?: ExampleShape }) =>
  [pair.request?.example.name, pair.response?.example.name].map((name) => name ?? '-').join('→')

it.each([
  ['q1 r1 q2 r2', ['q1→r1', 'q2→r2']],
  ['q1 q2 r2', ['q1→-', 'q2→r2']],
  ['r0 q1 r1 r2', ['-→r0', 'q1→r1', '-→r2']],
  ['q1', ['q1→-']],
  ['', []],
  ['q1 r302 r200', ['q1→r302', '-→r200']],
])('%s → %j', (names, expected) => {
  const examples = names === '' ? [] : names.split(' ').map(example)
  const operation = { response: { status: 200, collection: false, source: 'none' } } as OperationDef
  expect(pairExamples({ examples, operation }).map(named)).toEqual(expected)
})

it('pairs a request with where the redirect the docs say it answers first leads', () => {
  const examples = 'q1 r302 r200 q2 r201'.split(' ').map(example)
  const operation = {
    response: { status: 200, redirect: 302, collection: false, source: 'none' },
  } as OperationDef
  expect(pairExamples({ examples, operation }).map(named)).toEqual(['q1→r200', '-→r302', 'q2→r201'])
})
