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

describe('the member a fault names', () => {
  // Today's microsoft-graph-docs-contrib api/search-searchentity-post-bookmarks.md sends
  // `"platforms": ["windows"]` for a devicePlatformType collection: the warning said "for 0".
  const messagesOf = (value: unknown, path: JsonPath) => {
    const messages: string[] = []
    const expected: ExpectedValue = { type: { kind: 'primitive', name: 'Int32' }, collection: true }
    const reads = {} as TypeQuestions
    checkJsonValue(value, expected, path, {
      reads,
      report: (_fault, _path, message) => messages.push(message),
    })
    return messages
  }

  it('is an item of a collection by the collection’s name and the item’s index', () => {
    expect(messagesOf([1, 'two'], ['platforms'])).toEqual([
      'Unexpected string "two" for platforms[1], expected Int32',
    ])
    expect(messagesOf([1, 'two'], ['reminders', 0, 'offsets'])).toEqual([
      'Unexpected string "two" for offsets[1], expected Int32',
    ])
  })

  it('is the body itself where the body is a collection', () => {
    expect(messagesOf(['x'], [])).toEqual(['Unexpected string "x" for the body[0], expected Int32'])
  })
})
