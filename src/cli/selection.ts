/**
 * The subset options of `generate` and `watch`, each repeatable:
 *   --include /users/** --exclude '/users/{id}/photo/**' --namespace microsoft.graph --workload outlook
 * A selector that matches nothing is bad usage (exit 2), named on one line.
 */
import type { ApiModel } from '../model.js'
import { type Selection, selectRoutes, selectsAll, type UnmatchedSelector } from '../select/select-routes.js'
import { UsageError } from './usage-error.js'

export const SELECTION_OPTIONS = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  namespace: { type: 'string', multiple: true },
  workload: { type: 'string', multiple: true },
} as const

type SelectionValues = { [K in keyof typeof SELECTION_OPTIONS]?: string[] | undefined }

/** The selection the options give; undefined for the whole API. */
export function selectionOf(values: SelectionValues): Selection | undefined {
  const selection: Selection = {
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    namespaces: values.namespace ?? [],
    workloads: values.workload ?? [],
  }
  return selectsAll(selection) ? undefined : selection
}

/** The build's select step: the subset, or a usage error for the first selector matching nothing. */
export function selectOrFail(selection: Selection): (model: ApiModel) => ApiModel {
  return (model) => {
    const { model: subset, unmatched } = selectRoutes(model, selection)
    const [first] = unmatched
    if (first) {
      const what = first.option === 'include' || first.option === 'exclude' ? 'route' : 'operation'
      throw new UsageError(`--${first.option} ${first.value} matches no ${what}${knownValues(first)}`)
    }
    // Each selector matched, and together they leave nothing: outputs of no API, not a subset.
    if (subset.operations.length === 0 && model.operations.length > 0)
      throw new UsageError('the selection keeps no operation (each route is excluded or not included)')
    return subset
  }
}

/** ` (workloads: intune, outlook)`: what the docs have, for a selector of names; at most a line's worth. */
function knownValues({ option, known }: UnmatchedSelector): string {
  if (!known) return ''
  const shown = known.slice(0, KNOWN_SHOWN)
  const more = known.length > shown.length ? `, and ${known.length - shown.length} more` : ''
  return ` (${option}s: ${shown.length > 0 ? shown.join(', ') : 'none in these docs'}${more})`
}

const KNOWN_SHOWN = 12
