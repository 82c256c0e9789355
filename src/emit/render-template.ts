/**
 * The one Handlebars environment of every template-based emitter (client, server, mock…).
 * Reads `templates/<name>.hbs` from the package root (resolved from this module, so it works from
 * `dist/` and from `src/` under vitest), compiles each template once, and renders a view model.
 * `strict: true` makes a missing view-model field an error (our bug, not a doc problem);
 * `noEscape: true` because every doc-derived string is escaped in the view model by `escape.ts`.
 * No custom helpers: templates only loop (`#each`), branch on booleans (`#if`) and interpolate.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'

/** `<package root>/templates/`: two levels up from `src/emit/` or `dist/emit/`. */
const TEMPLATES_URL = new URL('../../templates/', import.meta.url)
export const TEMPLATES_DIR = fileURLToPath(TEMPLATES_URL)

const environment = Handlebars.create()
const compiled = new Map<string, Handlebars.TemplateDelegate>()

/** Compile `templates/<name>.hbs` (e.g. `client/index`) once per process. */
function loadTemplate(name: string): Handlebars.TemplateDelegate {
  let template = compiled.get(name)
  if (!template) {
    const source = readFileSync(new URL(`${name}.hbs`, TEMPLATES_URL), 'utf8')
    template = environment.compile(source, { strict: true, noEscape: true, knownHelpersOnly: true })
    compiled.set(name, template)
  }
  return template
}

/** Render `templates/<name>.hbs` with `view`; view models carry only escaped, ready-to-print text. */
export function renderTemplate(name: string, view: object): string {
  return loadTemplate(name)(view)
}
