/**
 * Changes as GitHub Actions workflow commands that annotate the pull request at the changed line of
 * the new docs (a removal: of the old docs). Breaking changes are errors, the others notices:
 *   ::error file=docs/resources/x.md,line=24,col=1,title=property-read-only-changed%3A breaks request writers::Property …
 */
import { formatAnnotation } from '../check/formats/github.js'
import { shownPath } from '../shown-paths.js'
import { type ApiChange, brokenParty } from './api-change.js'

/** The two docs folders as given on the command line, so that paths are relative to the working directory. */
export interface DocsDirs {
  old: string
  new: string
}

export function formatChangesGithub(changes: readonly ApiChange[], dirs: DocsDirs): string {
  const shown = { old: shownPath(dirs.old), new: shownPath(dirs.new) }
  return changes
    .map((c) =>
      formatAnnotation(
        c.breaking ? 'error' : 'notice',
        shown[c.revision],
        c,
        c.breaks ? `${c.kind}: breaks ${brokenParty(c.breaks)}` : c.kind,
        c.message,
      ),
    )
    .join('')
}
