/** The build without emit or write (as `doc2ts check` runs it) on pages in memory. */
import { runBuild } from '../../src/build/index.js'
import type { SuppressEntry } from '../../src/check/suppressions.js'
import type { ApiModel, Diagnostic } from '../../src/model.js'
import type { PageInput } from '../../src/read-docs.js'
import type { Session } from '../../src/session/index.js'

export async function checkDocs(
  pages: readonly PageInput[],
  suppress: readonly SuppressEntry[] = [],
  session?: Session,
): Promise<{ model: ApiModel; diagnostics: Diagnostic[] }> {
  const result = await runBuild(
    { docs: { pages: [...pages], diagnostics: [] }, checks: { suppress } },
    session,
  )
  if (!result.model) throw new Error('a build without outputs always links')
  return { model: result.model, diagnostics: result.diagnostics }
}
