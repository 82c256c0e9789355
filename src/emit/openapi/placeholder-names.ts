/**
 * The one name of a path parameter at each place of OpenAPI's paths, as the client's path tree
 * meets every placeholder at a position in one `byId`:
 *   PATCH /planner/plans/{plan-id}                  (plannerplan-update.md)
 *   DELETE /planner/plans/{id}                      (plannerplan-delete.md)
 *   PATCH /planner/plans/{id}/details               (plannerplandetails-update.md)
 * The model names each route's placeholders on their own (`planId`, `id`); every path names the
 * place as most routes through it do (of equals, the first name in code-point order), so generators
 * reading the document get one name for one key. A place is the path before the placeholder, its
 * placeholders blanked. A name another place of the same path has taken gives way to the next name
 * written at its place, else to the first with a numeric suffix (`id2`).
 */
import { getOrCreate } from '../../get-or-create.js'
import { byMostWritten } from '../../most-written.js'
import { type PathTemplate, templateShape } from './path-template.js'

/** A template's path parameter names, in the order of its `params`. */
export type PlaceholderNames = (template: PathTemplate) => string[]

/** The names kept at each place of the paths of `templates`. */
export function placeholderNames(templates: readonly PathTemplate[]): PlaceholderNames {
  const written = new Map<string, Map<string, number>>()
  // Each template's places, read once: the names below are asked for every template again.
  const places = new Map(templates.map((template) => [template, placesOf(template.path)]))
  for (const [template, placesOfTemplate] of places)
    placesOfTemplate.forEach((place, index) => {
      const name = template.params[index]?.name
      if (name === undefined) return
      const counts = getOrCreate(written, place, () => new Map<string, number>())
      counts.set(name, (counts.get(name) ?? 0) + 1)
    })
  const ranked = new Map([...written].map(([place, counts]) => [place, byMostWritten(counts)]))
  return (template) => {
    const taken = new Set<string>()
    return (places.get(template) ?? placesOf(template.path)).map((place, index) => {
      const own = template.params[index]?.name ?? ''
      const names = ranked.get(place) ?? [own]
      const name = names.find((candidate) => !taken.has(candidate)) ?? suffixed(names[0] ?? own, taken)
      taken.add(name)
      return name
    })
  }
}

/** The template's path with its placeholders renamed to `names`, in order. */
export function renamedPath(path: string, names: readonly string[]): string {
  let index = 0
  return path.replace(PLACEHOLDER, (placeholder) => {
    const name = names[index++]
    return name === undefined ? placeholder : `{${name}}`
  })
}

const PLACEHOLDER = /\{[^{}]*\}/g

/** The place of each placeholder of `path`: the path before it, placeholders blanked
 *  (`/planner/plans/{id}/buckets/{id}` → `/planner/plans/`, `/planner/plans/{}/buckets/`). */
function placesOf(path: string): string[] {
  return [...path.matchAll(PLACEHOLDER)].map((match) => templateShape(path.slice(0, match.index)))
}

/** `name` with the first numeric suffix `taken` leaves free (`id2`). */
function suffixed(name: string, taken: ReadonlySet<string>): string {
  let unique = `${name}2`
  for (let n = 3; taken.has(unique); n++) unique = `${name}${n}`
  return unique
}
