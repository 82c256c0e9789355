/**
 * Write generated files into the output folder, safely:
 * - every path must stay inside the folder (no absolute paths, no `..`);
 * - a file is written only when its bytes change, through a temp file and a rename;
 * - only files doc2ts generated (listed in the folder's manifest) are replaced or removed; a
 *   user's file at a generated path is left alone and reported.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path'
import type { GeneratedFile } from './emit/generated-file.js'

export const MANIFEST = '.doc2ts-manifest.json'

export interface WriteResult {
  /** Paths whose content differs from what is on disk (written unless `dryRun`). */
  changed: string[]
  /** Previously generated paths no longer produced (removed unless `dryRun`). */
  removed: string[]
  /** Paths refused: outside the folder, or a file doc2ts did not generate. */
  refused: { path: string; reason: string }[]
}

export interface WriteOptions {
  dryRun?: boolean
  /** Paths that are created once and then belong to the user (handler stubs). */
  userOwned?: (path: string) => boolean
}

export function safeOutputPath(outDir: string, path: string): string | undefined {
  if (path === '' || isAbsolute(path) || path.includes('\0') || path.includes('\\')) return undefined
  const normal = normalize(path)
  if (normal.startsWith('..') || normal.split(sep).includes('..')) return undefined
  const root = resolve(outDir)
  const full = resolve(root, normal)
  return full.startsWith(root + sep) ? full : undefined
}

export async function writeOutput(
  outDir: string,
  files: readonly GeneratedFile[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const manifest = await readManifest(outDir)
  const result: WriteResult = { changed: [], removed: [], refused: [] }
  const produced = new Set<string>()
  for (const file of files) {
    const full = safeOutputPath(outDir, file.path)
    if (!full) {
      result.refused.push({ path: file.path, reason: 'path leaves the output folder' })
      continue
    }
    produced.add(file.path)
    const existing = await readFile(full, 'utf8').catch(() => undefined)
    if (existing === file.text) continue
    if (existing !== undefined && !manifest.has(file.path)) {
      result.refused.push({ path: file.path, reason: 'a file doc2ts did not generate is in the way' })
      continue
    }
    if (existing !== undefined && options.userOwned?.(file.path)) continue
    result.changed.push(file.path)
    if (!options.dryRun) await writeAtomically(full, file.text)
  }
  for (const path of [...manifest].sort()) {
    if (produced.has(path) || options.userOwned?.(path)) continue
    const full = safeOutputPath(outDir, path)
    if (!full) continue
    result.removed.push(path)
    if (!options.dryRun) await rm(full, { force: true })
  }
  const nextManifest = `${JSON.stringify({ generatedBy: 'doc2ts', files: [...produced].sort() }, null, 2)}\n`
  const manifestPath = join(resolve(outDir), MANIFEST)
  const current = await readFile(manifestPath, 'utf8').catch(() => undefined)
  if (current !== nextManifest) {
    if (current !== undefined || produced.size > 0) result.changed.push(MANIFEST)
    if (!options.dryRun) await writeAtomically(manifestPath, nextManifest)
  }
  return result
}

async function readManifest(outDir: string): Promise<Set<string>> {
  try {
    const parsed = JSON.parse(await readFile(join(resolve(outDir), MANIFEST), 'utf8')) as { files?: unknown }
    return new Set(
      Array.isArray(parsed.files) ? parsed.files.filter((f): f is string => typeof f === 'string') : [],
    )
  } catch {
    return new Set()
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`
  await writeFile(temp, text)
  await rename(temp, path)
}
