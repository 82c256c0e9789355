/**
 * The subset options of `generate` and `watch`, each repeatable:
 *   --include /users/** --exclude '/users/{id}/photo/**' --namespace microsoft.graph --workload outlook
 * A selector that matches nothing is bad usage (exit 2), named on one line.
 */
import type { ApiModel } from '../model.js'
import { type Selection, selectRoutes, selectsAll } from '../select/select-routes.js'
import { UsageError } from './io.js'

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
    if (first)
      throw new UsageError(
        `--${first.option} ${first.value} matches no ${first.option === 'include' || first.option === 'exclude' ? 'route' : 'operation'}`,
      )
    return subset
  }
}
