/**
 * The tables of one enum name that document the enum. Tables of one name mostly list the same
 * members (today's docs repeat an enum's table on several resource pages, alike or as it grew), and
 * `merge-types.ts` unites them. Two tables that share fewer than half of the shorter one's members
 * (the sentinel aside) are two enums, one under a wrong heading: today's security-alertevidence.md
 * lists `detected`, `blocked`, `prevented` under `### detectionSource values`, the enum of
 * security-alert.md's table, and verdicts under its second `### evidenceRemediationStatus values`.
 * The enum is made of the first tables a Type cell links to (`[microsoft.graph.security.detectionSource](#detectionsource-values)`; two
 * tables of one heading on a page share its anchor, and the link reads as the first's), else of the
 * first; each table of another enum is reported.
 */
import { diagnostic } from '../diagnostics.js'
import { isSentinel } from '../enum-sentinel.js'
import type { Diagnostic, EnumTypeDef, PageModel, TypeDef } from '../model.js'

/** `groups`, each group of enum tables kept to the tables of the enum its name denotes. */
export function keepLinkedEnumTables(
  groups: ReadonlyMap<string, readonly TypeDef[]>,
  pages: readonly PageModel[],
  diagnostics: Diagnostic[],
): Map<string, readonly TypeDef[]> {
  const linked = typeCellTargets(pages)
  const kept = new Map<string, readonly TypeDef[]>()
  for (const [key, definitions] of groups) {
    const tables = definitions.filter((definition) => definition.kind === 'enum')
    kept.set(
      key,
      tables.length === definitions.length && tables.length > 1
        ? tablesOfLinkedEnum(tables, linked, diagnostics)
        : definitions,
    )
  }
  return kept
}

/** The link targets the Properties tables' Type cells name, in lower case. */
function typeCellTargets(pages: readonly PageModel[]): Set<string> {
  const targets = new Set<string>()
  for (const page of pages)
    for (const type of page.types)
      if (type.kind !== 'enum')
        for (const property of type.properties)
          if (property.type.kind === 'named' && property.type.target)
            targets.add(property.type.target.toLowerCase())
  return targets
}

function tablesOfLinkedEnum(
  tables: readonly EnumTypeDef[],
  linked: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): readonly EnumTypeDef[] {
  const enums: EnumTypeDef[][] = []
  for (const table of tables) {
    const same = enums.find((tablesOfEnum) => tablesOfEnum.some((other) => listOneEnum(other, table)))
    if (same) same.push(table)
    else enums.push([table])
  }
  if (enums.length === 1) return tables
  const kept =
    enums.find((tablesOfEnum) =>
      tablesOfEnum.some((table) => table.targets.some((target) => linked.has(target.toLowerCase()))),
    ) ?? (enums[0] as EnumTypeDef[])
  const used = kept[0] as EnumTypeDef
  for (const tablesOfEnum of enums) {
    const table = tablesOfEnum[0] as EnumTypeDef
    if (tablesOfEnum === kept) continue
    diagnostics.push(
      diagnostic(
        'duplicate-type',
        table.position,
        `Unexpected members ${membersNotIn(table, used)} in another table of ${table.qualifiedName}, expected the members of its table at ${placeOf(used)}, which the enum has`,
      ),
    )
  }
  return kept
}

/** Whether two tables share at least half of the shorter one's members (the sentinel aside). */
function listOneEnum(a: EnumTypeDef, b: EnumTypeDef): boolean {
  const [namesOfA, namesOfB] = [namesBesideSentinel(a), namesBesideSentinel(b)]
  const [shorter, longer] = namesOfA.length <= namesOfB.length ? [namesOfA, namesOfB] : [namesOfB, namesOfA]
  const inLonger = new Set(longer)
  return shorter.filter((name) => inLonger.has(name)).length * 2 >= shorter.length
}

function namesBesideSentinel(table: EnumTypeDef): string[] {
  return table.members.filter((member) => !isSentinel(member)).map((member) => member.name.toLowerCase())
}

function membersNotIn(table: EnumTypeDef, other: EnumTypeDef): string {
  const names = new Set(other.members.map((member) => member.name.toLowerCase()))
  return table.members
    .filter((member) => !names.has(member.name.toLowerCase()))
    .map((member) => member.name)
    .join(', ')
}

function placeOf(table: EnumTypeDef): string {
  return `${table.position.file}:${table.position.line}`
}
