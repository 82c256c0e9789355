/**
 * Flags and enum lists stated in a property description:
 *   "Read-only. Nullable." · "Not nullable." · "Possible values are: `a`, `b`, `c`." ·
 *   "The possible values of this flagged enum are: …"
 * A conditional "Read-only for users synced from on-premises." is no flag.
 */

export interface PropertyFlags {
  readOnly: boolean
  nullable?: boolean
  possibleValues?: string[]
  flagsEnum?: true
}

const READ_ONLY = /\bread[- ]?only\b/gi
/** "Read-only for users synced from on-premises", "read-only when …": a condition, not a flag. */
const CONDITION = /^\s*(?:for|when|if|unless|while|after|once|except|in case)\b/i
const NOT_NULLABLE = /\bnot nullable\b|\bnon-nullable\b/i
const NULLABLE = /\bnullable\b/i
/** "The possible values of this flagged enum are", "This is a flags enum that allows multiple values",
 *  "a multi-valued enumeration"; or a comma list of several values: "You can also specify multiple
 *  values like `newPartners,existingPartners`", "Multiple values can be combined using a
 *  comma-separated list". */
const FLAGS_ENUM =
  /\b(?:flag(?:s|ged)?|multi-?valued)[- ]enum(?:eration)?s?\b|\bmultiple values\b[^.]*?(?:\bcomma\b|\bcomma-separated\b|`\w+,\s*\w+`)/i
/** What opens a list of values: "Possible values", "must be one of:"; values of no such kind where
 *  a verb follows: "the values for this property are" (today's identityuserflowattribute.md), "The
 *  property values are:" (resources/calendar.md), not "other property values."; supported things
 *  that a colon opens (captured: their list must be bare, `BARE_LIST`): "Supported icon types are:"
 *  (today's timeoffreason.md), not "Allowed characters are `:`" (permissionscope.md). */
const VALUES_LEAD =
  /\b(?:the )?(?:(?:possible|supported|allowed|valid) values?|(?:property values|values (?:for|of|in) this (?:property|field))(?= (?:are|include)\b)|((?:supported|allowed|valid)(?: [a-z]+){1,2})(?= are:))|\bmust be one of:?|\bone of:/i

/** Code spans and nothing between them but commas, "and" or "or", up to the sentence's end: the
 *  list a lead of things gives, which names no values where prose follows a value, as in "Supported
 *  key types are: `AsymmetricX509Cert`: The usage must be `Verify`." (today's
 *  agentidentityblueprint-addkey.md, of the keyCredential's type). */
const BARE_LIST = /^\s*`[^`]+`(?:\s*,?\s*(?:(?:and|or)\s+)?`[^`]+`)*\s*(?:\.|<br|$)/i

/** The rest of a lead-in, up to the verb after which its values start: " for **dataType** are:"
 *  (today's identityuserflowattribute.md), " include:", ":". Its `for` part says whose values they are. */
const VALUES_VERB = /^(?: (?:for|of|in) ([^.:]*?))?(?: (?:are|is|include)\b:?|:)/i

/** Whose values a lead-in gives, where it names a member: "**dataType**", "the contentType property"
 *  ("this property" names none: the row's own). */
const NAMED_MEMBER =
  /^(?:the )?(?:[*`]+([A-Za-z_]\w*)[*`]+(?: (?:property|member|field))?|(?!this )([A-Za-z_]\w*) (?:property|member|field))$/i

/** "… request header to get the following values in this evolvable enum:" (up to the colon). */
const EVOLVABLE_LEAD = /\binclude-unknown-enum-members\b[^:]*:/i

/** `name`: the property's own, which a lead-in may name ("Possible values for the status property");
 *  `marked`: the description with its bold kept, which lists values as code does (the flags are
 *  read without it: `**Not** nullable`, `**Read-only** for users synced …` are plain words). */
export function readPropertyFlags(description: string, name: string, marked = description): PropertyFlags {
  const flags: PropertyFlags = { readOnly: isReadOnly(description) }
  if (NOT_NULLABLE.test(description)) flags.nullable = false
  else if (NULLABLE.test(description)) flags.nullable = true
  const values = readPossibleValues(marked, name)
  if (values) flags.possibleValues = values
  if (saysFlagsEnum(description)) flags.flagsEnum = true
  return flags
}

/** Whether a description calls the enum of its member a flags enum (`FLAGS_ENUM`). */
export function saysFlagsEnum(description: string): boolean {
  return FLAGS_ENUM.test(description)
}

/** Some "read-only" that no condition follows. */
function isReadOnly(description: string): boolean {
  for (const match of description.matchAll(READ_ONLY))
    if (!CONDITION.test(description.slice(match.index + match[0].length))) return true
  return false
}

/**
 * The backticked (or bold) values that follow a "Possible values are" lead-in, in order, and those
 * an evolvable enum's members after its sentinel add, which today's pages often name only in the
 * sentence that follows: "… `unknownFutureValue`. Use the `Prefer: include-unknown-enum-members`
 * request header to get the following values in this evolvable enum: `mexico`." None where the
 * lead-in gives the values of another member than `name`: an [itemBody](…) property's "The
 * supported value for the contentType property is `html`" lists a value of itemBody's contentType.
 */
export function readPossibleValues(description: string, name: string): string[] | undefined {
  const lead = VALUES_LEAD.exec(description)
  if (!lead) return undefined
  const afterLead = description.slice(lead.index + lead[0].length)
  const verb = VALUES_VERB.exec(afterLead)
  const other = memberNamed(verb?.[1])
  if (other !== undefined && other.toLowerCase() !== name.toLowerCase()) return undefined
  const rest = verb ? afterLead.slice(verb[0].length) : afterLead
  if (lead[1] && !BARE_LIST.test(rest)) return undefined
  const evolvable = EVOLVABLE_LEAD.exec(rest)
  const values = [
    ...listedValues(rest),
    ...(evolvable ? listedValues(rest.slice(evolvable.index + evolvable[0].length)) : []),
  ]
  return values.length > 0 ? [...new Set(values)] : undefined
}

/** The member a lead-in's `for` part names, if it names one (`NAMED_MEMBER`). */
function memberNamed(whose: string | undefined): string | undefined {
  const named = NAMED_MEMBER.exec(whose ?? '')
  return named?.[1] ?? named?.[2]
}

/**
 * The values of the list `text` starts with; it ends at the first sentence end outside a code span,
 * or at a line break (`<br>`) after which no value follows: "`builtIn`, `custom` <br><br>Supports
 * `$filter` (`eq`, `ne`)" lists two. Values in code or bold; where the list has none, in quotes
 * (other teams: `'Low', 'Medium' and 'High'`).
 */
function listedValues(text: string): string[] {
  const [first = '', ...lines] = text.split(LINE_BREAK)
  const end = lines.findIndex((line) => !VALUE_START.test(line))
  const listed = [first, ...(end < 0 ? lines : lines.slice(0, end))].join(' ')
  const listText = /^[^.]*(?:`[^`]*`[^.`]*)*/.exec(listed)?.[0] ?? ''
  // A code span may hold the comma after its value: "`car`, `calendar,` `running`" (today's timeoffreason.md).
  const marked = valuesMatching(listText, /`([^`]+?),?`|\*\*([^*]+)\*\*/g)
  // A quote that opens a word and closes one (not `don't`'s apostrophe).
  return marked.length > 0 ? marked : valuesMatching(listText, /(?<!\w)'([^']+)'(?!\w)|"([^"]+)"/g)
}

/** A line break in a cell. */
const LINE_BREAK = /<br\s*\/?>/i
/** A line that goes on with values (a list written one value a line): a code or bold value first. */
const VALUE_START = /^\s*(?:[-*]\s+)?(?:`|\*\*)/

function valuesMatching(listText: string, value: RegExp): string[] {
  return (
    [...listText.matchAll(value)]
      .map((match) => (match[1] ?? match[2] ?? '').trim())
      // `null` says the property may be null; it is no member ("Allowed values: `null`, `Minor`, …").
      .filter((value) => /^[A-Za-z_][\w]*$/.test(value) && value !== 'null')
  )
}
