/**
 * Which output paths belong to the user once created: the handler stubs of `server/handlers/`
 * (not its generated `index.ts`). The writer creates them once and never overwrites or removes them.
 */
export const HANDLERS_DIR = 'server/handlers/'
export const HANDLERS_INDEX = `${HANDLERS_DIR}index.ts`

export function isUserOwnedOutput(path: string): boolean {
  return path.startsWith(HANDLERS_DIR) && path !== HANDLERS_INDEX && path.endsWith('.ts')
}
