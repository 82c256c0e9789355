import { describe, expect, it } from 'vitest'
import { extractPermissions } from '../../src/extract/permissions.js'
import { readPage } from '../../src/parse/page.js'

const permissionsOf = (markdown: string) => extractPermissions(readPage('api/x.md', markdown))

describe('extractPermissions', () => {
  it('splits scopes on commas and leaves out Not supported', () => {
    expect(
      permissionsOf(
        '## Permissions\nOne of…\n\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Calendars.Read, Calendars.ReadWrite|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|`Calendars.Read`|\n',
      ),
    ).toEqual([
      { type: 'Delegated (work or school account)', scopes: ['Calendars.Read', 'Calendars.ReadWrite'] },
      { type: 'Delegated (personal Microsoft account)', scopes: [] },
      { type: 'Application', scopes: ['Calendars.Read'] },
    ])
  })

  it('reads the Intune Prerequisites section and keeps TODO text out of scopes', () => {
    expect(
      permissionsOf(
        '## Prerequisites\n|Permission type|Permissions|\n|:---|:---|\n|Delegated (work or school account)|DeviceManagementApps.ReadWrite.All|\n|Application|**TODO: Determine scopes **|\n',
      ),
    ).toEqual([
      { type: 'Delegated (work or school account)', scopes: ['DeviceManagementApps.ReadWrite.All'] },
      { type: 'Application', scopes: [] },
    ])
  })

  // microsoftgraph/microsoft-graph-docs-contrib, api-reference/beta/api/
  // intune-shared-devicemanagementscript-list.md (test/fixtures/real-trees/graph-beta-today).
  it('gives the scopes of a workload row indented under a permission type to that type', () => {
    const scopes = 'DeviceManagementManagedDevices.ReadWrite.All, DeviceManagementManagedDevices.Read.All'
    const workloads = `| &nbsp; &nbsp; **Device management** | ${scopes}|\n| &nbsp; &nbsp; **Policy Set** | ${scopes}|`
    expect(
      permissionsOf(
        `## Prerequisites\n|Permission type|Permissions (from most to least privileged)|\n|:---|:---|\n|Delegated (work or school account)||\n${workloads}\n|Delegated (personal Microsoft account)|Not supported.|\n|Application||\n${workloads}\n`,
      ),
    ).toEqual([
      { type: 'Delegated (work or school account)', scopes: scopes.split(', ') },
      { type: 'Delegated (personal Microsoft account)', scopes: [] },
      { type: 'Application', scopes: scopes.split(', ') },
    ])
  })

  it('keeps an indented row its own type where the row above it has scopes, or it names a type', () => {
    expect(
      permissionsOf(
        '## Permissions\n|Permission type|Permissions|\n|:---|:---|\n|Delegated (work or school account)|User.Read|\n|&nbsp;Application|User.Read.All|\n|&nbsp;&nbsp;**Device management**|X.Read|\n',
      ),
    ).toEqual([
      { type: 'Delegated (work or school account)', scopes: ['User.Read'] },
      { type: 'Application', scopes: ['User.Read.All'] },
      { type: 'Device management', scopes: ['X.Read'] },
    ])
  })

  it('reads a table with permission types as columns', () => {
    expect(
      permissionsOf(
        '## Permissions\n| Supported resource | Delegated (work or school account) | Application |\n|:--|:--|:--|\n|[contact](../resources/contact.md) | Contacts.Read | Contacts.Read |\n|[chatMessage](x.md) | Not supported | ChannelMessage.Read.Group*, ChannelMessage.Read.All |\n',
      ),
    ).toEqual([
      { type: 'Delegated (work or school account)', scopes: ['Contacts.Read'] },
      {
        type: 'Application',
        scopes: ['Contacts.Read', 'ChannelMessage.Read.Group', 'ChannelMessage.Read.All'],
      },
    ])
  })

  it('joins the tables a page keeps for each resource, and reads no table of something else', () => {
    // microsoft-graph-docs-contrib api/chatmessagehostedcontent-get.md; the sample's api/subscription-list.md.
    const table = (rows: string) =>
      `| Permission type | Permissions (from least to most privileged) |\n|:--|:--|\n${rows}\n`
    expect(
      permissionsOf(
        [
          '## Permissions\n### Permissions for channel',
          table(
            '|Delegated (work or school account)| ChannelMessage.Read.All |\n|Application| ChannelMessage.Read.Group, ChannelMessage.Read.All |',
          ),
          '### Permissions for chat',
          table(
            '|Delegated (work or school account)| Chat.Read, Chat.ReadWrite|\n|Application| Chat.Read.All, ChannelMessage.Read.All|',
          ),
          '### Advanced scenarios\n| Context of the calling app | Response contains |\n|:--|:--|\n| App has the permission Subscription.Read.All | Any.Thing |\n',
        ].join('\n'),
      ),
    ).toEqual([
      {
        type: 'Delegated (work or school account)',
        scopes: ['ChannelMessage.Read.All', 'Chat.Read', 'Chat.ReadWrite'],
      },
      {
        type: 'Application',
        scopes: ['ChannelMessage.Read.Group', 'ChannelMessage.Read.All', 'Chat.Read.All'],
      },
    ])
  })

  // today's api/tokenlifetimepolicy-list-appliesto.md and group-post-members.md (2020),
  // microsoftgraph/microsoft-graph-docs-contrib
  it('keeps two scopes a cell joins with "and" together, and reads "A, B and C" as a list', () => {
    expect(
      permissionsOf(
        '## Permissions\n\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Policy.Read.All and Application.Read.All, Policy.ReadWrite.ApplicationConfiguration and Application.Read.All, Directory.Read.All|\n|Application|GroupMember.ReadWrite.All, Group.ReadWrite.All and Directory.ReadWrite.All|\n',
      ),
    ).toEqual([
      {
        type: 'Delegated (work or school account)',
        scopes: ['Directory.Read.All'],
        together: [
          ['Policy.Read.All', 'Application.Read.All'],
          ['Policy.ReadWrite.ApplicationConfiguration', 'Application.Read.All'],
        ],
      },
      {
        type: 'Application',
        scopes: ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
      },
    ])
    expect(
      permissionsOf(
        '## Permissions\n\n|Permission type|Permissions|\n|:---|:---|\n|Application|Policy.Read.All and Policy.ReadWrite.ConditionalAccess|\n',
      ),
    ).toEqual([
      {
        type: 'Application',
        scopes: [],
        together: [['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess']],
      },
    ])
  })

  // today's api/chat-post-installedapps.md, microsoftgraph/microsoft-graph-docs-contrib
  it('reads a scope a footnote marker follows', () => {
    expect(
      permissionsOf(
        '## Permissions\n\n|Permission type|Permissions|\n|:---|:---|\n|Delegated (work or school account)|TeamsAppInstallation.ReadWriteSelfForChat<sup>1</sup>, TeamsAppInstallation.ReadWriteAndConsentForChat|\n|Application|TeamsAppInstallation.Read.All<sup>1</sup>|\n',
      ),
    ).toEqual([
      {
        type: 'Delegated (work or school account)',
        scopes: [
          'TeamsAppInstallation.ReadWriteSelfForChat',
          'TeamsAppInstallation.ReadWriteAndConsentForChat',
        ],
      },
      { type: 'Application', scopes: ['TeamsAppInstallation.Read.All'] },
    ])
  })

  it('gives nothing without the section', () => {
    expect(permissionsOf('## HTTP request\n')).toEqual([])
  })
})
