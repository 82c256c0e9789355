/**
 * The one Handlebars environment of every template-based emitter (client, server, mock…).
 * Reads `templates/<name>.hbs` from the package root (resolved from this module, so it works from
 * `dist/` and from `src/` under vitest), compiles each template once, and renders a view model.
 * `strict: true` makes a missing view-model field an error (our bug, not a doc problem);
 * `noEscape: true` because every doc-derived string is escaped in the view model by `escape.ts`.
 * No custom helpers: templates only loop (`#each`), branch on booleans (`#if`) and interpolate.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'

/** `<package root>/templates/`: two levels up from `src/emit/` or `dist/emit/`. */
const TEMPLATES_URL = new URL('../../templates/', import.meta.url)
export const TEMPLATES_DIR = fileURLToPath(TEMPLATES_URL)

/** Texts several templates print alike, `{{> name}}` for `templates/partials/<name>.hbs`. */
const PARTIALS = ['request-annotations']
let environment: typeof Handlebars | undefined
const compiled = new Map<string, Handlebars.TemplateDelegate>()

/** The environment, with the partials, made when the first template is compiled. */
function handlebars(): typeof Handlebars {
  if (!environment) {
    environment = Handlebars.create()
    for (const partial of PARTIALS)
      environment.registerPartial(
        partial,
        readFileSync(new URL(`partials/${partial}.hbs`, TEMPLATES_URL), 'utf8'),
      )
  }
  return environment
}

/** Compile `templates/<name>.hbs` (e.g. `client/index`) once per process. */
function loadTemplate(name: string): Handlebars.TemplateDelegate {
  let template = compiled.get(name)
  if (!template) {
    const source = readFileSync(new URL(`${name}.hbs`, TEMPLATES_URL), 'utf8')
    template = handlebars().compile(source, { strict: true, noEscape: true, knownHelpersOnly: true })
    compiled.set(name, template)
  }
  return template
}

/** Render `templates/<name>.hbs` with `view`; view models carry only escaped, ready-to-print text. */
export function renderTemplate(name: string, view: object): string {
  return loadTemplate(name)(view)
}

/**
 * `renderTemplate` as parts: `build` makes the view, and each text it passes through `part` is a
 * part of its own where the template prints it, never copied into one long text. The writer
 * encodes a file part by part and reuses the bytes of the parts its last write had, so a save that
 * changes one route re-encodes that route's line, not the table of thousands (`output-bytes.ts`).
 * The template prints a marker for each part (its number, after a key made for this render, which
 * no text can know), and the rendered frame is split at the markers.
 */
export function renderTemplateParts(
  name: string,
  build: (part: (text: string) => string) => object,
): string[] {
  const texts: string[] = []
  const key = randomUUID()
  const frame = renderTemplate(
    name,
    build((text) => `\u{E000}${key}:${texts.push(text) - 1}\u{E001}`),
  )
  const pieces = frame.split(new RegExp(`\u{E000}${key}:(\\d+)\u{E001}`, 'u'))
  const parts: string[] = []
  const printed = new Set<number>()
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) {
      if (piece !== '') parts.push(piece)
      return
    }
    printed.add(Number(piece))
    parts.push(texts[Number(piece)] as string)
  })
  // Each part printed once: anything else is a template's bug (a part it left out or repeated).
  if (printed.size !== texts.length || pieces.length !== 2 * texts.length + 1)
    throw new Error(`template ${name} did not print each of its ${texts.length} parts once`)
  return parts
}
