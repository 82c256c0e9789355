/**
 * A request line whose segment after a key lists names to choose from is one request line per name:
 *   PUT /organization/{organizationId}/branding/localizations/{organizationalBrandingLocalizationId}/{backgroundImage | bannerLogo | squareLogo}
 * is `PUT …/{organizationalBrandingLocalizationId}/backgroundImage`, `…/bannerLogo` and `…/squareLogo`
 * (`organizationalbrandinglocalization-update.md`: the properties a PUT writes). A key follows the
 * name of its collection, never another key, so the alternatives there are names to write, not a key
 * that may be written either way (`/users/{id | userPrincipalName}`, `/worksheets/{id|name}`).
 */

/** A segment of `|` alternatives in braces right after a placeholder segment. */
const CHOICE_AFTER_KEY = /(?<=\}\/)\{([^{}/]*\|[^{}/]*)\}(?=[/?\s]|$)/
const NAME = /^[A-Za-z_][\w.-]*$/

/** The request lines `line` stands for: one per name its choice segment lists, else itself. */
export function expandSegmentChoices(line: string): string[] {
  const choice = CHOICE_AFTER_KEY.exec(line)
  const names = choice?.[1]?.split('|').map((name) => name.trim()) ?? []
  if (!choice || !names.every((name) => NAME.test(name))) return [line]
  const before = line.slice(0, choice.index)
  const after = line.slice(choice.index + choice[0].length)
  return names.map((name) => `${before}${name}${after}`)
}
