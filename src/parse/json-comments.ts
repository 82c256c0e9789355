/**
 * Blank out JavaScript-style comments in JSON text, keeping every other character (and so every
 * line and column) where it was. JSON representation blocks annotate their members this way:
 *   "webDavUrl": "string",
 *   /* relationships *\/
 *   "children": [{ "@odata.type": "microsoft.graph.driveItem" }],   // read-only
 * Strings are left alone (`"https://…"` holds `//`).
 */
export function blankJsonComments(text: string): string {
  let out = ''
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (inString) {
      out += ch
      if (ch === '\\') {
        out += text[i + 1] ?? ''
        i++
      } else if (ch === '"') inString = false
      continue
    }
    if (ch === '"') inString = true
    const next = text[i + 1]
    if (ch === '/' && (next === '*' || next === '/')) {
      const end = next === '*' ? text.indexOf('*/', i + 2) : text.indexOf('\n', i + 2)
      const stop = end < 0 ? text.length : next === '*' ? end + 2 : end
      out += text.slice(i, stop).replace(/[^\n]/g, ' ')
      i = stop - 1
      continue
    }
    out += ch
  }
  return out
}
