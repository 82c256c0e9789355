import { describe, expect, it } from 'vitest'
import { missingShownMembers } from '../../src/verify/shown-members.js'

const missing = (shown: unknown, answered: unknown) =>
  missingShownMembers(shown, answered, 'api/x-get.md:40').map((m) => [m.pointer, m.message.split(',')[0]])

describe('missingShownMembers', () => {
  it('names the members of an object the answer leaves out, nested ones at their pointer', () => {
    expect(missing({ id: 'a', name: 'n', size: 1 }, { id: 'b', name: 'm', size: 2, extra: true })).toEqual([])
    expect(missing({ id: 'a', owner: { name: 'n', email: 'e' } }, { owner: { name: 'n' } })).toEqual([
      ['', 'Unexpected object without id'],
      ['/owner', 'Unexpected object without email'],
    ])
  })

  it('asks each answered item for the members every shown item has, and says it once', () => {
    const shown = {
      value: [
        { id: '1', name: 'a' },
        { id: '2', name: 'b', size: 3 },
      ],
    }
    expect(missing(shown, { value: [{ id: '9', name: 'z' }] })).toEqual([])
    expect(missing(shown, { value: [{ id: '9', name: 'z' }, { id: '8' }, { id: '7' }] })).toEqual([
      ['/value/1', 'Unexpected object without name'],
    ])
  })

  it('leaves annotations and values of another JSON type alone', () => {
    expect(missing({ '@odata.context': 'x', 'photo@odata.mediaEtag': 'e', id: '1' }, { id: '2' })).toEqual([])
    expect(missing({ owner: { name: 'n' } }, { owner: null })).toEqual([])
    expect(missing({ tags: ['a'] }, { tags: 'a' })).toEqual([])
  })
})
