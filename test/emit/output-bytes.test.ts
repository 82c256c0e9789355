import { describe, expect, it } from 'vitest'
import { fileOfParts } from '../../src/emit/generated-file.js'
import { OutputEncoder } from '../../src/write/output-bytes.js'

/** The output folder holds every file written so far. */
const EVERY_PATH = { has: () => true }

describe('OutputEncoder', () => {
  const long = (tag: string) => `"${tag}": ${'x'.repeat(300)} é ✓ 😀`

  it('gives the bytes of the text, from parts, again and again', () => {
    const encoder = new OutputEncoder()
    const parts = ['{\n', long('a'), ',\n', long('b'), '\n}\n']
    const file = fileOfParts('model.json', parts)
    expect(file.text).toBe(parts.join(''))
    const first = Buffer.concat(encoder.chunks(file))
    expect(first.equals(Buffer.from(file.text))).toBe(true)
    encoder.endWrite(EVERY_PATH)
    // The same strings in another file: bytes kept from the last write, still exact.
    const changed = fileOfParts('model.json', ['{\n', long('a'), ',\n', long('c'), '\n}\n'])
    expect(Buffer.concat(encoder.chunks(changed)).equals(Buffer.from(changed.text))).toBe(true)
  })

  it('takes known bytes until a write encodes some parts, whatever writes came before', () => {
    const encoder = new OutputEncoder()
    const part = long('known')
    const bytes = Buffer.from(part)
    encoder.know(new Map([[part, bytes]]))
    // A write of nothing (a watch session's first run, its outputs current) keeps them known.
    encoder.endWrite(EVERY_PATH)
    const file = fileOfParts('openapi.json', ['{\n', part, '\n}\n'])
    expect(encoder.chunks(file)).toContain(bytes)
    encoder.endWrite(EVERY_PATH)
    // Kept as bytes of the last write; the known ones are let go.
    expect(encoder.chunks(file)).toContain(bytes)
    encoder.endWrite(EVERY_PATH)
    const other = long('other')
    encoder.chunks(fileOfParts('openapi.json', [other]))
    encoder.endWrite(EVERY_PATH)
    expect(encoder.chunks(file)).not.toContain(bytes)
  })

  it('writes a part as the bytes its emitter encoded, not encoding it again', () => {
    const part = long('unit')
    const bytes = Buffer.from(part)
    const file = fileOfParts('model.json', ['{\n', part, '\n}\n'], new Map([[part, bytes]]))
    const chunks = new OutputEncoder().chunks(file)
    expect(chunks).toContain(bytes)
    expect(Buffer.concat(chunks).equals(Buffer.from(file.text))).toBe(true)
  })

  it('gives the hash it noted for a path while the file is made of the same text', () => {
    const encoder = new OutputEncoder()
    const parts = ['{\n', long('a'), '\n}\n']
    const file = fileOfParts('openapi.json', parts)
    expect(encoder.sameHash(file)).toBeUndefined()
    encoder.remember(file, 'hash-1')
    expect(encoder.sameHash(fileOfParts('openapi.json', [...parts]))).toBe('hash-1')
    expect(encoder.sameHash(fileOfParts('other.json', parts))).toBeUndefined()
    expect(encoder.sameHash(fileOfParts('openapi.json', ['{\n', long('b'), '\n}\n']))).toBeUndefined()
    encoder.remember({ path: 'a.ts', text: 'export {}\n' }, 'hash-2')
    expect(encoder.sameHash({ path: 'a.ts', text: 'export {}\n' })).toBe('hash-2')
    expect(encoder.sameHash(fileOfParts('a.ts', ['export {}\n']))).toBeUndefined()
    // A single run's encoder keeps nothing.
    const single = new OutputEncoder(false)
    single.remember(file, 'hash-1')
    expect(single.sameHash(file)).toBeUndefined()
  })

  it('keeps the bytes of the files a write did not encode, for the write that changes them', () => {
    const encoder = new OutputEncoder()
    const server = fileOfParts('server/routes.ts', [long('route a'), long('route b')])
    const model = fileOfParts('model.json', [long('unit 1')])
    const write = (file: ReturnType<typeof fileOfParts>) => {
      const chunks = encoder.chunks(file)
      encoder.remember(file, Buffer.concat(chunks).toString('base64'))
      return chunks
    }
    const [routeA] = write(server)
    write(model)
    encoder.endWrite(EVERY_PATH)
    // A description save: only model.json is written, twice.
    write(fileOfParts('model.json', [long('unit 1 edited')]))
    encoder.endWrite(EVERY_PATH)
    write(fileOfParts('model.json', [long('unit 1 edited again')]))
    encoder.endWrite(EVERY_PATH)
    // A save that changes a route finds the bytes of the other as they were encoded.
    expect(write(fileOfParts('server/routes.ts', [long('route a'), long('route c')]))).toContain(routeA)
  })

  it('forgets a file the output folder no longer holds, and the bytes of its parts', () => {
    const encoder = new OutputEncoder()
    const removed = fileOfParts('server/handlers/gone.ts', [long('gone')])
    const [bytes] = encoder.chunks(removed)
    encoder.remember(removed, 'hash-gone')
    encoder.endWrite(new Set(['server/handlers/gone.ts']))
    expect(encoder.sameHash(removed)).toBe('hash-gone')
    // A write that no longer produces it: neither its hash nor its parts' bytes are kept.
    encoder.chunks(fileOfParts('model.json', [long('unit')]))
    encoder.endWrite(new Set(['model.json']))
    expect(encoder.sameHash(removed)).toBeUndefined()
    encoder.endWrite(new Set(['model.json']))
    expect(encoder.chunks(removed)).not.toContain(bytes)
  })

  it('encodes a surrogate pair split between two parts as one character', () => {
    const pair = '😀'
    const parts = [`${'y'.repeat(300)}${pair[0]}`, `${pair[1]}${'z'.repeat(300)}`]
    const file = fileOfParts('split.json', parts)
    expect(Buffer.concat(new OutputEncoder().chunks(file)).equals(Buffer.from(file.text))).toBe(true)
  })

  it('encodes a file without parts as its text', () => {
    const file = { path: 'a.ts', text: 'export const a = "é"\n' }
    expect(Buffer.concat(new OutputEncoder().chunks(file)).equals(Buffer.from(file.text))).toBe(true)
  })
})
