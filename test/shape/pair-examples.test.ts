/** Request and response examples paired as a page shows them. */
import { expect, it } from 'vitest'
import type { ExampleDef } from '../../src/model.js'
import { pairExamples } from '../../src/shape/examples.js'
import type { ExampleShape } from '../../src/shape/operation-shape.js'

const example = (name: string): ExampleShape => ({
  example: { kind: name.startsWith('q') ? 'request' : 'response', name } as ExampleDef,
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
])('%s → %j', (names, expected) => {
  const examples = names === '' ? [] : names.split(' ').map(example)
  expect(pairExamples(examples).map(named)).toEqual(expected)
})
