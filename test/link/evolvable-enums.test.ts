import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { EnumTypeDef } from '../../src/model.js'

// Cut from microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/enums.md and
// phoneauthenticationmethod.md (test/fixtures/real-trees/graph-v1.0-today-users).
const enumsPage = (members: readonly string[]) => ({
  file: 'resources/enums.md',
  text: `---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### authenticationMethodSignInState values\n\n| Member |\n| ---- |\n${members.map((m) => `| ${m} |`).join('\n')}\n`,
})
const phoneMethod = (values: readonly string[]) => ({
  file: 'resources/phoneauthenticationmethod.md',
  text: [
    '---\ndoc_type: resourcePageType\n---\n# phoneAuthenticationMethod resource type\n\nNamespace: microsoft.graph\n',
    '## Properties\n| Property | Type | Description |\n|:--|:--|:--|',
    `| smsSignInState | authenticationMethodSignInState | Whether a phone is ready to be used for SMS sign-in or not. Possible values are: ${values.map((v) => `\`${v}\``).join(', ')}. |\n`,
    '## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.phoneAuthenticationMethod" } -->',
    '```json\n{ "smsSignInState": "String" }\n```\n',
  ].join('\n'),
})
const STATES = [
  'notSupported',
  'notAllowedByPolicy',
  'notEnabled',
  'phoneNumberNotUnique',
  'ready',
  'notConfigured',
]

const linked = (members: readonly string[], values: readonly string[]) => {
  const model = buildModel([enumsPage(members), phoneMethod(values)])
  const states = model.types['microsoft.graph.authenticationMethodSignInState'] as EnumTypeDef
  const reported = model.diagnostics.filter((each) => each.code === 'enum-member-from-description')
  return { members: states.members.map((member) => member.name), reported: reported.map((each) => each.line) }
}

describe('an enum whose property lists more than its table', () => {
  it('gains the unknownFutureValue its property lists and its table leaves out, last, reported at the row', () => {
    expect(linked(STATES, [...STATES, 'unknownFutureValue'])).toEqual({
      members: [...STATES, 'unknownFutureValue'],
      reported: [11],
    })
  })

  it('gains a member its property lists after the sentinel its table stops at (simulation.md)', () => {
    const table = [...STATES, 'unknownFutureValue']
    expect(linked(table, [...table, 'oAuthConsentGrant'])).toEqual({
      members: [...table, 'oAuthConsentGrant'],
      reported: [11],
    })
  })

  it('is left as its table has it where the property lists less than the whole table, or nothing more', () => {
    expect(linked(STATES, ['ready', 'notConfigured', 'unknownFutureValue'])).toEqual({
      members: STATES,
      reported: [],
    })

    expect(linked(STATES, STATES)).toEqual({ members: STATES, reported: [] })
    const listed = [...STATES.slice(0, 2), 'unknownFutureValue', ...STATES.slice(2)]
    expect(linked(listed, [...STATES, 'unknownFutureValue'])).toEqual({ members: listed, reported: [] })
  })
})

// After today's beta resources/protectionpolicybase.md and sharepointprotectionpolicy.md: the
// derived page restates the inherited status row with the members after the sentinel.
describe('an enum whose members a derived page lists on a row it restates from its base', () => {
  const page = (file: string, heading: string, extra: string, values: readonly string[]) => ({
    file,
    text: [
      `# ${heading} resource type\n\nNamespace: microsoft.graph\n${extra}`,
      '## Properties\n| Property | Type | Description |\n|:--|:--|:--|',
      `| status | protectionPolicyStatus | The status. The possible values are: ${values.map((v) => `\`${v}\``).join(', ')}. |\n`,
      `## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${heading}" } -->`,
      '```json\n{ "status": "String" }\n```\n',
    ].join('\n'),
  })
  const statuses = {
    file: 'resources/enums.md',
    text: '# Enum values\n\nNamespace: microsoft.graph\n\n### protectionPolicyStatus values\n\n| Member |\n| ---- |\n| active |\n| inactive |\n| unknownFutureValue |\n',
  }
  const base = page('resources/protectionpolicybase.md', 'protectionPolicyBase', '', [
    'active',
    'inactive',
    'unknownFutureValue',
  ])
  const derived = page(
    'resources/sharepointprotectionpolicy.md',
    'sharePointProtectionPolicy',
    '\nInherits from [protectionPolicyBase](protectionpolicybase.md).\n',
    ['active', 'inactive', 'unknownFutureValue', 'offboarded'],
  )

  it('gains them, reported at the restated row, and the derived type does not restate the row', () => {
    const model = buildModel([statuses, base, derived])
    const members = (model.types['microsoft.graph.protectionPolicyStatus'] as EnumTypeDef).members
    expect(members.map((member) => member.name)).toEqual([
      'active',
      'inactive',
      'unknownFutureValue',
      'offboarded',
    ])
    const reported = model.diagnostics.filter((each) => each.code === 'enum-member-from-description')
    expect(reported.map((each) => `${each.file}:${each.line}`)).toEqual([
      'resources/sharepointprotectionpolicy.md:10',
    ])
    const policy = model.types['microsoft.graph.sharePointProtectionPolicy']
    expect(policy?.kind !== 'enum' && policy?.properties.map((property) => property.name)).toEqual([])
  })
})

// Cut from today's microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/security-alert.md
// (its determination row and alertDetermination table) and api/security-alert-update.md (its
// Request body row): the lists name `compromisedUser`, `clean`, `insufficientData` and
// `confirmedUserActivity` where the table has `compromisedAccount`, `notMalicious`,
// `notEnoughDataToValidate` and `confirmedActivity`.
describe('an enum whose property lists other values than its table', () => {
  const listed =
    'Possible values are: `unknown`, `apt`, `malware`, `securityPersonnel`, `securityTesting`, `unwantedSoftware`, `other`, `multiStagedAttack`, `compromisedUser`, `phishing`, `maliciousUserActivity`, `clean`, `insufficientData`, `confirmedUserActivity`, `lineOfBusinessApplication`, `unknownFutureValue`.'
  const members = [
    'unknown',
    'apt',
    'malware',
    'securityPersonnel',
    'securityTesting',
    'unwantedSoftware',
    'multiStagedAttack',
    'compromisedAccount',
    'phishing',
    'maliciousUserActivity',
    'notMalicious',
    'notEnoughDataToValidate',
    'confirmedActivity',
    'lineOfBusinessApplication',
    'other',
    'unknownFutureValue',
  ]
  const alert = {
    file: 'resources/security-alert.md',
    text: [
      '---\ndoc_type: resourcePageType\n---\n# alert resource type\n\nNamespace: microsoft.graph.security\n',
      '## Properties\n|Property|Type|Description|\n|:---|:---|:---|',
      `|determination|[microsoft.graph.security.alertDetermination](#alertdetermination-values)|Specifies the result of the investigation, whether the alert represents a true attack and if so, the nature of the attack. ${listed}|\n`,
      '### alertDetermination values \n\n| Member | Description |\n| :--| :--|',
      `${members.map((member) => `| ${member} | |`).join('\n')}\n`,
      '## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.security.alert" } -->',
      '```json\n{ "determination": "String" }\n```\n',
    ].join('\n'),
  }
  const update = {
    file: 'api/security-alert-update.md',
    text: [
      '---\ndoc_type: apiPageType\n---\n# Update alert\nNamespace: microsoft.graph\n',
      '## HTTP request\n``` http\nPATCH /security/alerts_v2/{alertId}\n```\n',
      '## Request body\n|Property|Type|Description|\n|:---|:---|:---|',
      `|determination|microsoft.graph.security.alertDetermination|Specifies the determination of the alert. ${listed}|\n`,
    ].join('\n'),
  }

  it('keeps the table and reports the values it lacks at each list, naming the table', () => {
    const model = buildModel([alert, update])
    const determination = model.types['microsoft.graph.security.alertDetermination'] as EnumTypeDef
    expect(determination.members.map((member) => member.name)).toEqual(members)
    const reported = model.diagnostics.filter((each) => each.code === 'enum-member-not-in-table')
    const message = (label: string) =>
      `Unexpected compromisedUser, clean, insufficientData, confirmedUserActivity among the possible values of ${label}, expected members of microsoft.graph.security.alertDetermination, whose table (resources/security-alert.md:13) lacks them; the table's members are used`
    expect(reported.map((each) => [`${each.file}:${each.line}`, each.severity, each.message])).toEqual([
      [
        'api/security-alert-update.md:15',
        'warning',
        message('parameter determination of security-alert-update'),
      ],
      ['resources/security-alert.md:11', 'warning', message('microsoft.graph.security.alert.determination')],
    ])
    expect(model.diagnostics.filter((each) => each.code === 'enum-member-from-description')).toEqual([])
  })
})
