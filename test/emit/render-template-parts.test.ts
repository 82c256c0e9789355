/**
 * A template rendered as parts: joined, the parts are the text the template renders; each text
 * given as a part is a part of its own (the writer reuses its bytes when unchanged); text that
 * looks like the markers the frame is split at passes through as it is.
 */
import { expect, it } from 'vitest'
import { renderTemplate, renderTemplateParts } from '../../src/emit/render-template.js'

const definitions = [
  { name: '"a"', schema: '"{\\"type\\":\\"object\\"}"' },
  // A docs text may hold anything, the private-use characters the markers are made of included.
  { name: '"b"', schema: '"\u{E000}0\u{E001} and \u{E000}x:1\u{E001}"' },
]
const view = { header: '// header\n', definitionsId: '"https://example.test/schemas"', definitions }

it('renders the text the template renders, each text given as a part a part of its own', () => {
  const parts = renderTemplateParts('server/schemas', (part) => ({
    ...view,
    definitions: definitions.map(({ name, schema }) => ({ name, schema: part(schema) })),
  }))
  expect(parts.join('')).toBe(renderTemplate('server/schemas', view))
  for (const { schema } of definitions) expect(parts).toContain(schema)
})

it('refuses a view whose parts the template does not print once each', () => {
  expect(() =>
    renderTemplateParts('server/schemas', (part) => {
      part('never printed')
      return view
    }),
  ).toThrow(/did not print each of its 1 parts once/)
})
