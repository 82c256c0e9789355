/**
 * A file glob of a suppression entry as a RegExp over docs-relative paths:
 *   `api/intune-*.md` · `**\/intune-*.md` · `resources/user.md` · `api/?ser-get.md`
 * `*` and `?` stay inside one folder, `**` spans folders.
 */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string
    if (ch === '*' && glob[i + 1] === '*') {
      i++
      if (glob[i + 1] === '/') {
        i++
        source += '(?:.*/)?'
      } else source += '.*'
    } else if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}
