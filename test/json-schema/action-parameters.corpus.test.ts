/**
 * An action's body parameters as the server judges them: a required one refuses `null`, as the
 * handler's type (`id: string`) and the client's say; an optional one takes it (`groupId?: string |
 * null`). Cut from the sample's "page: copyToSection" page, whose table marks `id` required.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { bodySchemaForOperation } from '../../src/json-schema/operation-schemas.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { corpusDir } from '../support/corpus.js'

const file = 'api/page-copytosection.md'
const model = buildModel([{ file, text: readFileSync(join(corpusDir, file), 'utf8') }])

it('refuses null for a required action parameter and takes it for an optional one', () => {
  const [operation] = model.operations
  if (!operation) throw new Error('no operation on the page')
  const schema = bodySchemaForOperation(shapeApi(model).of(operation), model, new Set())
  const valid = new Ajv({ strict: false }).compile(schema ?? {})
  expect(valid({ id: 'section-1' })).toBe(true)
  expect(valid({ id: 'section-1', groupId: null })).toBe(true)
  expect(valid({ id: null })).toBe(false)
  expect(valid({})).toBe(false)
})
