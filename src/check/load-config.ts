/**
 * Find and read `doc2ts.config.json`: in the docs folder first, else in the working directory.
 *   { "suppress": [{ "code": "todo-placeholder", "files": "api/intune-*.md" }] }
 * A config that is not valid is bad input (exit code 2), reported with its path.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SuppressEntry } from './suppressions.js'

export const CONFIG_FILE = 'doc2ts.config.json'

export interface CheckConfig {
  /** Where the config was read from, if anywhere. */
  path?: string
  suppress: SuppressEntry[]
}

export class ConfigError extends Error {}

export async function loadCheckConfig(docsDir: string, cwd = process.cwd()): Promise<CheckConfig> {
  for (const path of [join(docsDir, CONFIG_FILE), join(cwd, CONFIG_FILE)]) {
    const text = await readFile(path, 'utf8').catch(() => undefined)
    if (text !== undefined) return { path, suppress: readCheckConfig(text, path) }
  }
  return { suppress: [] }
}

/** Validate the config text; throws `ConfigError` with "Unexpected X, expected Y". */
export function readCheckConfig(text: string, path: string): SuppressEntry[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${path}: Unexpected text, expected JSON (${(error as Error).message})`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(`${path}: Unexpected ${JSON.stringify(value)}, expected an object`)
  const suppress = (value as { suppress?: unknown }).suppress ?? []
  if (!Array.isArray(suppress))
    throw new ConfigError(`${path}: Unexpected "suppress" value, expected an array of { "code", "files" }`)
  return suppress.map((entry, index) => {
    const { code, files } = (entry ?? {}) as { code?: unknown; files?: unknown }
    const isGlobs =
      files === undefined ||
      typeof files === 'string' ||
      (Array.isArray(files) && files.every((f) => typeof f === 'string'))
    if (typeof code !== 'string' || code === '' || !isGlobs)
      throw new ConfigError(
        `${path}: Unexpected suppress[${index}] ${JSON.stringify(entry)}, expected { "code": "<code>", "files": "<glob>" }`,
      )
    return files === undefined ? { code } : { code, files: files as string | string[] }
  })
}
