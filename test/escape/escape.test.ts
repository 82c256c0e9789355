/**
 * Table tests of the one escaping module: every doc-derived string that reaches generated code
 * goes through one of these functions. Each output is also checked by the TypeScript parser.
 */
import Handlebars from 'handlebars'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import {
  htmlText,
  jsDocText,
  objectLiteralKey,
  pascalCase,
  propertyKey,
  scriptJson,
  stringLiteral,
  templateLiteralText,
  toIdentifier,
  uniqueIdentifier,
  uriComponent,
} from '../../src/emit/escape.js'

/** Syntax errors of `source` as a TS module (parse only, fast). */
function syntaxErrors(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

/** Evaluate a JS expression the way generated code would (no access to anything else). */
function evaluate(expression: string): unknown {
  return new Function(`"use strict"; return (${expression})`)()
}

const HOSTILE = [
  '',
  'plain',
  'with space',
  'kebab-case',
  "it's",
  'say "hi"',
  '`backtick`',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the hostile input is this literal text
  '${process.exit(1)}',
  '*/ process.exit(1) /*',
  '</script><script>alert(1)</script>',
  '<!-- comment -->',
  'back\\slash',
  'line\nbreak',
  'carriage\rreturn',
  'separators\u2028\u2029',
  'nul\u0000char',
  'lone \ud800 surrogate',
  '__proto__',
  'constructor',
  'prototype',
  '0leading',
  '123',
  'class',
  'ünïcödé',
  '😀',
  '@deprecated',
  '{{handlebars}}',
]

describe('toIdentifier', () => {
  it.each([
    ['user', 'user'],
    ['kebab-case', 'kebab_case'],
    ['with space', 'with_space'],
    ["it's", 'it_s'],
    ['0leading', '_0leading'],
    ['', '_'],
    ['class', '_class'],
    ['default', '_default'],
    ['await', '_await'],
    ['arguments', '_arguments'],
    ['eval', '_eval'],
    ['__proto__', '___proto__'],
    ['prototype', '_prototype'],
    ['constructor', '_constructor'],
    ['ｆｕｌｌ', 'full'],
    ['ünï', '_n_'],
    ['a.b.c', 'a_b_c'],
    ['$x', '$x'],
  ])('%j → %j', (input, expected) => {
    expect(toIdentifier(input)).toBe(expected)
  })

  it.each(HOSTILE)('%j is a valid binding name', (input) => {
    const id = toIdentifier(input)
    expect(syntaxErrors(`export const ${id} = 1; export function f(${id}: number) { return ${id} }`)).toEqual(
      [],
    )
    expect(() => evaluate(`(() => { let ${id} = 1; return ${id} })()`)).not.toThrow()
  })
})

describe('pascalCase', () => {
  it.each([
    ['importedWindowsAutopilotDeviceIdentity', 'ImportedWindowsAutopilotDeviceIdentity'],
    ['call-records', 'CallRecords'],
    ['../../x', 'X'],
    ['Graph$User', 'GraphUser'],
    ['1st', '_1st'],
    ['', '_'],
    ['*/', '_'],
  ])('%j → %j', (input, expected) => {
    expect(pascalCase(input)).toBe(expected)
  })
})

describe('uniqueIdentifier', () => {
  it('never returns the same name twice, whatever collides after sanitising', () => {
    const taken = new Set<string>()
    const inputs = ['a-b', 'a b', 'a_b', 'a.b', 'a_b_2', 'a"b', 'class', '_class', 'class']
    const names = inputs.map((input) => uniqueIdentifier(input, taken))
    expect(new Set(names).size).toBe(inputs.length)
    expect(names.slice(0, 4)).toEqual(['a_b', 'a_b_2', 'a_b_3', 'a_b_4'])
    expect(names).toContain('a_b_2_2')
  })

  it('works with pascalCase as the maker', () => {
    const taken = new Set<string>(['Undocumented'])
    expect(uniqueIdentifier('undocumented', taken, pascalCase)).toBe('Undocumented_2')
    expect(uniqueIdentifier('user', taken, pascalCase)).toBe('User')
    expect(uniqueIdentifier('User', taken, pascalCase)).toBe('User_2')
  })
})

describe('propertyKey and objectLiteralKey', () => {
  it.each([
    ['id', 'id'],
    ['$x', '$x'],
    ['kebab-case', '"kebab-case"'],
    ['with space', '"with space"'],
    ['0leading', '"0leading"'],
    ['__proto__', '"__proto__"'],
    ['constructor', 'constructor'],
    ['class', 'class'],
    ['@odata.type', '"@odata.type"'],
    ['</script>', '"\\u003c/script\\u003e"'],
  ])('propertyKey(%j) → %s', (input, expected) => {
    expect(propertyKey(input)).toBe(expected)
  })

  it.each(HOSTILE)('%j is one property of an interface, read back by name', (input) => {
    expect(syntaxErrors(`export interface X { ${propertyKey(input)}?: string }`)).toEqual([])
  })

  it.each(HOSTILE)('%j is an own property of an object literal, never the prototype', (input) => {
    const object = evaluate(`{ ${objectLiteralKey(input)}: 1 }`) as Record<string, unknown>
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype)
    expect(Object.keys(object)).toEqual([input])
    expect(object[input]).toBe(1)
  })
})

describe('stringLiteral', () => {
  it.each(HOSTILE)('%j round-trips and cannot end a script element', (input) => {
    const literal = stringLiteral(input)
    expect(evaluate(literal)).toBe(input)
    expect(syntaxErrors(`export const x = ${literal}`)).toEqual([])
    expect(literal).not.toMatch(/[<>\u2028\u2029\n\r]/)
  })
})

describe('scriptJson', () => {
  it.each(HOSTILE)('an object holding %j parses back and cannot end a script element', (input) => {
    const value = { [input]: [input, { nested: input }] }
    const json = scriptJson(value)
    expect(JSON.parse(json)).toEqual(value)
    expect(json).not.toMatch(/[<>\u2028\u2029\n\r]/)
  })
})

describe('templateLiteralText', () => {
  it.each(HOSTILE)('%j round-trips inside backticks and interpolates nothing', (input) => {
    const source = `\`${templateLiteralText(input)}\``
    expect(syntaxErrors(`export const x = ${source}`)).toEqual([])
    expect(evaluate(source)).toBe(input.replace(/\r\n?/g, '\n'))
  })
})

describe('jsDocText', () => {
  it.each([
    ['Plain text.', 'Plain text.'],
    ['*/ process.exit(1) /*', '*\\/ process.exit(1) /\\*'],
    ['See @deprecated and @param x', 'See \\@deprecated and \\@param x'],
    ['two\nlines\r\n  folded', 'two lines folded'],
    ['nul\u0000 and \u2028 separators', 'nul and separators'],
    // Each alone: what a text without any of them is returned as it is for.
    ['a\tb', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a  b', 'a b'],
    [' a', 'a'],
    ['a ', 'a'],
    ['a\u007fb', 'a b'],
    ['a*/', 'a*\\/'],
    ['/*a', '/\\*a'],
    ['a@b', 'a\\@b'],
  ])('%j → %j', (input, expected) => {
    expect(jsDocText(input)).toBe(expected)
  })

  /** Tags TypeScript reads from the comment on `export const sentinel`. */
  const tagsOf = (comment: string) => {
    const source = `/** ${comment} */\nexport const sentinel = 1\n`
    expect(syntaxErrors(source)).toEqual([])
    const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true)
    expect(file.statements).toHaveLength(1)
    const statement = file.statements[0] as ts.VariableStatement
    const declaration = statement.declarationList.declarations[0] as ts.VariableDeclaration
    return ts.getJSDocTags(declaration).map((tag) => tag.tagName.text)
  }

  it('the check sees tags when they are not escaped', () => {
    expect(tagsOf('text @deprecated')).toEqual(['deprecated'])
  })

  it.each(HOSTILE)('%j stays inside its comment, with no tags', (input) => {
    expect(tagsOf(jsDocText(input))).toEqual([])
  })
})

describe('uriComponent', () => {
  it.each([
    ['a b', 'a%20b'],
    ['😀', '%F0%9F%98%80'],
    ['lone \ud800', 'lone%20%EF%BF%BD'],
    ['\udc00x', '%EF%BF%BDx'],
  ])('%j → %j, never throwing', (input, expected) => {
    expect(uriComponent(input)).toBe(expected)
  })
})

describe('htmlText', () => {
  it.each([
    ['<script>alert(1)</script>', '&#60;script&#62;alert(1)&#60;/script&#62;'],
    ['a & b', 'a &#38; b'],
    [`"'`, '&#34;&#39;'],
    ['plain', 'plain'],
  ])('%j → %j', (input, expected) => {
    expect(htmlText(input)).toBe(expected)
  })
})

describe('Handlebars output', () => {
  const environment = Handlebars.create()
  const render = (template: string, view: object) =>
    environment.compile(template, { strict: true, noEscape: true, knownHelpersOnly: true })(view)

  it.each(HOSTILE)('%j is printed once, as escaped by the view model, never re-interpreted', (input) => {
    const view = { literal: stringLiteral(input), doc: jsDocText(input), key: propertyKey(input) }
    const text = render('/** {{doc}} */\nexport const x = { {{key}}: {{literal}} }\n', view)
    expect(text).toBe(`/** ${view.doc} */\nexport const x = { ${view.key}: ${view.literal} }\n`)
    expect(syntaxErrors(text)).toEqual([])
  })
})
