/**
 * Types an API page defines for its own parameters (other teams' pages): a block annotated
 * `"blockType": "resource"` outside the examples, with the table under a heading naming the type.
 *   ### Request body
 *   <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.driveItemUploadableProperties" } -->
 *   ```json
 *   { "description": "description", "fileSize": 1234, "name": "filename.txt" }
 *   ```
 *   ## DriveItemUploadableProperties Properties
 *   | Property | Type  | Description |
 *   | fileSize | Int64 | Provides an expected file size to perform a quota check prior to upload. |
 * The table's rows come first, then the JSON members no row lists; a `keyProperty` makes an entity.
 */
import { DEFAULT_NAMESPACE } from '../format-defaults.js'
import type { Diagnostic, Draft, ObjectTypeDef, PropertyDef, TypeDef } from '../model.js'
import { annotatedCodeBlocks } from '../parse/code-blocks.js'
import type { Page } from '../parse/page.js'
import type { Section } from '../parse/sections.js'
import { extractValuesSections, isValuesSection } from './enum-tables.js'
import { sectionsOutsideExamples } from './examples.js'
import { extractJsonRepresentation } from './json-representation.js'
import { readPageHeader } from './page-header.js'
import { extractPropertiesTable, isPropertiesTable, namesTypeProperties } from './properties-table.js'
import { addRepresentedProperties, keyedByAnnotation, keyOtherThanId, qualify } from './resource-page.js'

/** `"blockType": "resource"` as an annotation may write it (JSON5 quotes too). */
const RESOURCE_ANNOTATION = /blockType['"]?\s*:\s*['"]resource['"]/i

/**
 * The types an API page defines: resources in annotated blocks outside its examples, and enums
 * for its own parameters, under `### x values` after the table whose Type cell links there
 * (`[restorePointPreference](../api/restorepoint-search.md#restorepointpreference-values)`).
 */
export function extractApiPageTypes(page: Page, diagnostics: Diagnostic[]): TypeDef[] {
  const sections = sectionsOutsideExamples(page.sections)
  // Only sections whose text holds a resource annotation are parsed for blocks (most hold none).
  const annotated = sections.filter((section) => RESOURCE_ANNOTATION.test(section.text))
  const withValues = sections.some(isValuesSection)
  if (annotated.length === 0 && !withValues) return []
  const namespace = readPageHeader(page).namespace ?? DEFAULT_NAMESPACE
  const enums = withValues ? extractValuesSections(page, namespace, sections) : []
  return [...inlineResources(page, sections, annotated, namespace, diagnostics), ...enums]
}

function inlineResources(
  page: Page,
  sections: readonly Section[],
  annotated: readonly Section[],
  namespace: string,
  diagnostics: Diagnostic[],
): ObjectTypeDef[] {
  const types: ObjectTypeDef[] = []
  for (const section of annotated) {
    for (const block of annotatedCodeBlocks(page.blocks(section), page.file, diagnostics)) {
      const annotation = block.annotation
      const named = annotation?.blockType === 'resource' ? annotation['@odata.type'] : undefined
      const qualifiedName = typeof named === 'string' ? qualify(named, namespace) : undefined
      if (!annotation || !qualifiedName) continue
      const name = qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1)
      const properties = tableProperties(page, sections, name, diagnostics)
      const openType = annotation.openType === true
      const members = extractJsonRepresentation(block.code, page.file, [])
      addRepresentedProperties(properties, members, openType, page.file)
      const position = page.at(block.code.position?.start.line ?? section.line)
      const inherits = annotation.abstract === true || annotation.baseType !== undefined
      const type: Draft<ObjectTypeDef> = {
        kind: keyedByAnnotation(annotation, properties, inherits) ? 'entity' : 'complex',
        name,
        namespace: qualifiedName.slice(0, qualifiedName.lastIndexOf('.')),
        qualifiedName,
        abstract: annotation.abstract === true,
        openType,
        description: '',
        properties,
        methods: [],
        files: [page.file],
        targets: [],
        position,
      }
      const key = keyOtherThanId(annotation, properties)
      if (key) type.key = key
      types.push(type)
    }
  }
  return types
}

/** The rows of the properties tables under a heading `<name> properties`. */
function tableProperties(
  page: Page,
  sections: readonly { title: string }[],
  name: string,
  diagnostics: Diagnostic[],
): PropertyDef[] {
  return page.sections
    .filter((section) => sections.includes(section) && namesTypeProperties(section.title, name))
    .flatMap((section) =>
      page
        .tree(section)
        .children.flatMap((node) =>
          node.type === 'table' && isPropertiesTable(node)
            ? extractPropertiesTable(node, page.file, false, diagnostics)
            : [],
        ),
    )
}
