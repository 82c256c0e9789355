import { describe, expect, it } from 'vitest'
import {
  checkJsonValue,
  type ExpectedValue,
  type JsonPath,
  type TypeQuestions,
  type ValueFault,
} from '../../src/check/json-against-model.js'

/** The faults the judge reports for `value`: a String the JSON representation writes `"url"`. */
const faultsOf = (value: unknown, collection: boolean) => {
  const faults: [ValueFault, JsonPath][] = []
  const expected: ExpectedValue = { type: { kind: 'primitive', name: 'String' }, collection, format: 'url' }
  // A String asks the model nothing.
  const reads = {} as TypeQuestions
  checkJsonValue(value, expected, ['webUrls'], { reads, report: (fault, path) => faults.push([fault, path]) })
  return faults
}

describe('a String the JSON representation writes "url"', () => {
  it('holds an absolute URL', () => {
    expect(faultsOf('https://example.org/a', false)).toEqual([])
    expect(faultsOf('a/relative/path', false)).toEqual([['format', ['webUrls']]])
  })

  it('holds absolute URLs in each item of a collection (`["url"]`)', () => {
    expect(faultsOf(['https://example.org/a', 'a/relative/path'], true)).toEqual([['format', ['webUrls', 1]]])
  })
})
