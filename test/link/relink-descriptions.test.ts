/**
 * A save that changes only descriptions is linked from the last linked model (`relinkDescriptions`);
 * any other save is linked in full. Either way the model is the one a cold link of the same pages
 * gives. Edits one after another, in one session's memo, on the Graph sample
 * (test/golden/graph-sample) plus a second page of `todoTaskList` (a type two pages define, as
 * Intune's `deviceManagement` is) and an enum page listing its enum bare: descriptions where the
 * merge chooses between pages, then the changes that must not be taken for descriptions, each
 * followed by a description edit.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { extractPages } from '../../src/build/in-memory.js'
import { linkModel } from '../../src/link/index.js'
import { LinkMemo } from '../../src/link/link-memo.js'
import type { ApiModel, PageModel } from '../../src/model.js'
import { type PageInput, readDocs } from '../../src/read-docs.js'
import { GOLDEN } from '../support/golden.js'
import { deepFreeze } from './deep-freeze.js'

const TASK_LIST = 'resources/todotasklist.md'
const GET_CONNECTION = 'api/externalconnectors-externalconnection-get.md'

/** Sorts before todotasklist.md, so its definition is merged first; it says no description. */
const SECOND_TASK_LIST_PAGE: PageInput = {
  file: 'resources/todotasklist-more.md',
  text: '---\ndoc_type: resourcePageType\n---\n# todoTaskList resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|isShared|Boolean|Shared or not.|\n|color|String||\n',
}

/** Today's docs list `wellknownListName` bare here too (see test/link/link.test.ts): the merged
 *  enum takes each member's description from the todoTaskList page, merged after this one. */
const ENUMS_PAGE: PageInput = {
  file: 'resources/enums.md',
  text: '---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### wellknownListName values\n\n| Member |\n| ----------------------- |\n| none |\n| defaultList |\n| flaggedEmails |\n| unknownFutureValue |\n',
}

/** A type whose page spells a property `userID` and whose example sends it as `userId` (today's
 *  teamworktagmember.md): link respells the property as the example does. */
const TAG_MEMBER_PAGES: PageInput[] = [
  {
    file: 'resources/teamworktagmember.md',
    text: '---\ndoc_type: resourcePageType\n---\n# teamworkTagMember resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The member\'s name.|\n|userID|String|The member\'s user ID.|\n\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.teamworkTagMember" } -->\n```json\n{ "displayName": "String", "userID": "String" }\n```\n',
  },
  {
    file: 'api/teamworktagmember-get.md',
    text: '---\ndoc_type: apiPageType\n---\n# Get teamworkTagMember\n\n## HTTP request\n```http\nGET /teams/{team-id}/tags/{tag-id}/members/{member-id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [teamworkTagMember](../resources/teamworktagmember.md) object in the response body.\n\n## Example\n### Request\n<!-- { "blockType": "request", "name": "get_member" } -->\n```http\nGET https://graph.microsoft.com/v1.0/teams/1/tags/2/members/3\n```\n### Response\n<!-- { "blockType": "response", "@odata.type": "microsoft.graph.teamworkTagMember" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "@odata.type": "#microsoft.graph.teamworkTagMember", "displayName": "Grady", "userId": "92f6952f" }\n```\n',
  },
]

type Edit = {
  name: string
  descriptionsOnly: boolean
  /** The page a description edit changes: only its types may be made again. */
  file?: string
  apply(pages: PageInput[]): PageInput[]
}

function replaceIn(file: string, from: string, to: string): Edit['apply'] {
  return (pages) =>
    pages.map((page) => {
      if (page.file !== file) return page
      if (!page.text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`)
      return { file, text: page.text.replaceAll(from, to) }
    })
}

const describe_ = (name: string, file: string, from: string, to: string): Edit => ({
  name,
  descriptionsOnly: true,
  file,
  apply: replaceIn(file, from, to),
})
const change = (name: string, apply: Edit['apply']): Edit => ({ name, descriptionsOnly: false, apply })

let removed: PageInput | undefined
const edits: Edit[] = [
  describe_('a property description', TASK_LIST, 'True if the user is owner', 'True when the user owns'),
  describe_(
    'the description of a property an example respelled',
    'resources/teamworktagmember.md',
    "The member's user ID.",
    "The member's user id in Microsoft Entra ID.",
  ),
  // The second page's description of `isShared` is merged first: this one changes nothing.
  describe_(
    'a property description another page gives first',
    TASK_LIST,
    'shared with other users',
    'shared',
  ),
  describe_(
    'the property description the first page gives',
    SECOND_TASK_LIST_PAGE.file,
    'Shared or not.',
    'Whether shared.',
  ),
  describe_('a type description', TASK_LIST, 'A list in Microsoft To Do', 'A task list in Microsoft To Do'),
  describe_('an enum member description', TASK_LIST, 'User created list.', 'A list the user created.'),
  describe_('a Methods row description', TASK_LIST, 'Get all the [todoTask]', 'List the [todoTask]'),
  describe_('a parameter description', 'api/chart-setposition.md', 'The start cell.', 'The first cell.'),
  describe_(
    'an operation description',
    'api/chart-setposition.md',
    'Positions the chart relative',
    'Places the chart relative',
  ),
  // Its values are the members of the enum link infers from them.
  change(
    'a parameter typed with an enum no page documents',
    replaceIn('api/chart-image.md', '|fittingMode|string|', '|fittingMode|chartFittingMode|'),
  ),
  change(
    'the values that parameter lists',
    replaceIn('api/chart-image.md', '`FitAndCenter`', '`FitAndStretch`'),
  ),
  change(
    'a type renamed',
    replaceIn(TASK_LIST, 'microsoft.graph.todoTaskList"', 'microsoft.graph.todoTaskCollection"'),
  ),
  describe_(
    'a property description of the renamed type',
    TASK_LIST,
    'True when the user owns',
    'True if owned',
  ),
  change(
    'a base type changed',
    replaceIn(
      TASK_LIST,
      '"baseType": "microsoft.graph.entity"',
      '"baseType": "microsoft.graph.workbookChart"',
    ),
  ),
  describe_('a property description of the derived type', TASK_LIST, 'True if owned', 'Owned by the user'),
  change('a page deleted', (pages) =>
    pages.filter((page) => {
      if (page.file !== 'resources/chart.md') return true
      removed = page
      return false
    }),
  ),
  describe_('a description after the deletion', TASK_LIST, 'Owned by the user', 'The user owns it'),
  change('the page added', (pages) => [...pages, removed as PageInput]),
  change(
    'a property type name that stops resolving',
    replaceIn(TASK_LIST, '|wellknownListName|wellknownListName|', '|wellknownListName|wellknownListKind|'),
  ),
  describe_('a description beside it', TASK_LIST, 'The user owns it', 'Owned'),
  change(
    'the property type name resolving again',
    replaceIn(TASK_LIST, '|wellknownListName|wellknownListKind|', '|wellknownListName|wellknownListName|'),
  ),
  change(
    'an operation whose response type disappears',
    replaceIn(
      GET_CONNECTION,
      '"@odata.type": "microsoft.graph.externalConnectors.externalConnection"',
      '"truncated": true',
    ),
  ),
  describe_('the description of that operation', GET_CONNECTION, 'Read the properties', 'Get the properties'),
  change(
    'the response type appearing again',
    replaceIn(
      GET_CONNECTION,
      '"truncated": true',
      '"@odata.type": "microsoft.graph.externalConnectors.externalConnection"',
    ),
  ),
]

/** The page models of a session: a page whose text is unchanged keeps its (frozen) model. */
class SessionPages {
  readonly #models = new Map<string, { text: string; model: PageModel }>()

  of(pages: readonly PageInput[]): PageModel[] {
    return pages.map((page) => {
      const known = this.#models.get(page.file)
      if (known?.text === page.text) return known.model
      const [model] = extractPages([page])
      if (!model) throw new Error(`no page model for ${page.file}`)
      this.#models.set(page.file, { text: page.text, model: deepFreeze(model) })
      return model
    })
  }
}

describe('link after a save', () => {
  let start: PageInput[] = []
  beforeAll(async () => {
    start = [
      ...(await readDocs(GOLDEN.graphSample.docs)).pages,
      SECOND_TASK_LIST_PAGE,
      ENUMS_PAGE,
      ...TAG_MEMBER_PAGES,
    ]
  })

  it('gives after each edit the model of a cold link, relinking only what descriptions changed', () => {
    const memo = new LinkMemo()
    const session = new SessionPages()
    let pages = start
    let last: ApiModel = linkModel(session.of(pages), memo)
    for (const edit of edits) {
      pages = edit.apply(pages)
      const models = session.of(pages)
      const model = linkModel(models, memo)
      const cold = linkModel(extractPages(pages))
      expect(JSON.stringify(model), edit.name).toBe(JSON.stringify(cold))
      if (edit.descriptionsOnly) {
        // Linked from the last model: its diagnostics are the last ones, its parts of other pages too.
        expect(model.diagnostics, edit.name).toBe(last.diagnostics)
        for (const [name, type] of Object.entries(model.types))
          if (!type.files.some((file) => file === edit.file || file.startsWith('resources/todotasklist')))
            expect(type, `${edit.name}: ${name}`).toBe(last.types[name])
      } else expect(JSON.stringify(model), edit.name).not.toBe(JSON.stringify(last))
      last = model
    }
  })
})
