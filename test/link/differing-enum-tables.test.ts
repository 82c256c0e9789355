import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { ApiModel } from '../../src/model.js'

const resourcePage = (
  name: string,
  namespace: string,
  rows: readonly string[],
  sections: readonly string[],
) =>
  [
    `---\ndoc_type: resourcePageType\n---\n\n# ${name} resource type\n\nNamespace: ${namespace}\n`,
    '## Properties\n|Property|Type|Description|\n|:---|:---|:---|',
    ...rows,
    '',
    ...sections,
  ].join('\n')
const valuesSection = (name: string, rows: readonly string[]) =>
  `### ${name} values \n\n| Member | Description |\n| :----| :----|\n${rows.map((row) => `| ${row} |`).join('\n')}\n`

// Cut from today's api-reference/v1.0/resources/security-alert.md (its `### detectionSource values`
// at line 134, the table the detectionSource row links to) and security-alertevidence.md, whose
// `### detectionSource values` (line 36) lists other members and which writes `### evidenceRemediationStatus
// values` twice (lines 46 and 80: the second lists verdicts).
const ALERT = resourcePage(
  'alert',
  'microsoft.graph.security',
  [
    '|detectionSource|[microsoft.graph.security.detectionSource](#detectionsource-values)|Detection technology or sensor that identified the notable component or activity. Possible values are: `unknown`, `microsoftDefenderForEndpoint`, `antivirus`, `unknownFutureValue`, `microsoftDefenderForCloud`.|',
  ],
  [
    valuesSection('detectionSource', [
      'unknown | Unknown detection source.',
      'microsoftDefenderForEndpoint | Microsoft Defender For Endpoint.',
      'antivirus | Antivirus software.',
      "unknownFutureValue | Evolvable enumeration sentinel value. Don't use.",
      'microsoftDefenderForCloud | Microsoft Defender for Cloud.',
    ]),
  ],
)
const EVIDENCE = resourcePage(
  'alertEvidence',
  'microsoft.graph.security',
  [
    '|remediationStatus|[microsoft.graph.security.evidenceRemediationStatus](#evidenceremediationstatus-values)|Status of the remediation action taken. The possible values are: `none`, `remediated`, `prevented`, `blocked`, `notFound`, `unknownFutureValue`.|',
    '|verdict|[microsoft.graph.security.evidenceVerdict](#evidenceverdict-values)|The decision reached by automated investigation. The possible values are: `unknown`, `suspicious`, `malicious`, `noThreatsFound`, `unknownFutureValue`.|',
  ],
  [
    valuesSection('detectionSource', [
      'detected | A product of the threat that executed was detected.',
      'blocked | the threat was remediated at run time.',
      'prevented | the threat was prevented from occurring (running, downloading, etc,).',
      'unknownFutureValue | Evolvable enumeration sentinel value. Do not use.',
    ]),
    valuesSection('evidenceRemediationStatus', [
      'none | No threats were found.',
      'remediated | Remediation action has completed successfully.',
      'prevented | The threat was prevented from executing.',
      'blocked | The threat was blocked while executing.',
      'notFound | The evidence was not found.',
      'unknownFutureValue | Evolvable enumeration sentinel value. Do not use.',
    ]),
    valuesSection('evidenceRemediationStatus', [
      'unknown | No verdict was determined for the evidence.',
      'suspicious | Recommended remediation actions awaiting approval.',
      'malicious | The evidence was determined to be malicious.',
      'clean | No threat was detected - the evidence is benign.',
      'unknownFutureValue | Evolvable enumeration sentinel value. Do not use.',
    ]),
  ],
)

/** The 1-based line of the `nth` heading `### <name> values` of `text`. */
const headingLine = (text: string, name: string, nth = 0) =>
  text
    .split('\n')
    .map((line, index) => (line.startsWith(`### ${name} values`) ? index + 1 : 0))
    .filter((line) => line > 0)[nth]

const membersOf = (model: ApiModel, name: string) => {
  const type = model.types[`microsoft.graph.security.${name}`]
  return type?.kind === 'enum' ? type.members.map((member) => member.name) : []
}
const reported = (model: ApiModel) =>
  model.diagnostics
    .filter((each) => each.code === 'duplicate-type')
    .map((each) => `${each.file}:${each.line} ${each.message}`)

describe('tables of one enum name that list different members', () => {
  it.each([
    ['resources/security-alert.md', 'resources/security-alertevidence.md'],
    // The mislabelled table's page merged first.
    ['resources/security-alert.md', 'resources/a-security-alertevidence.md'],
  ])('make the enum of the table a Type cell links to, the other reported (%s, %s)', (alert, evidence) => {
    const model = buildModel([
      { file: alert, text: ALERT },
      { file: evidence, text: EVIDENCE },
    ])
    expect(membersOf(model, 'detectionSource')).toEqual([
      'unknown',
      'microsoftDefenderForEndpoint',
      'antivirus',
      'unknownFutureValue',
      'microsoftDefenderForCloud',
    ])
    const alertTable = `${alert}:${headingLine(ALERT, 'detectionSource')}`
    const evidenceTable = `${evidence}:${headingLine(EVIDENCE, 'detectionSource')}`
    // Whichever page comes first, the mislabelled table is the one reported.
    expect(reported(model)).toContain(
      `${evidenceTable} Unexpected members detected, blocked, prevented in another table of microsoft.graph.security.detectionSource, expected the members of its table at ${alertTable}, which the enum has`,
    )
  })

  it('make the enum of the first of two tables of one name on a page, which the Type cell links to', () => {
    const file = 'resources/security-alertevidence.md'
    const model = buildModel([{ file, text: EVIDENCE }])
    expect(membersOf(model, 'evidenceRemediationStatus')).toEqual([
      'none',
      'remediated',
      'prevented',
      'blocked',
      'notFound',
      'unknownFutureValue',
    ])
    const first = `${file}:${headingLine(EVIDENCE, 'evidenceRemediationStatus')}`
    expect(reported(model)).toEqual([
      `${file}:${headingLine(EVIDENCE, 'evidenceRemediationStatus', 1)} Unexpected members unknown, suspicious, malicious, clean in another table of microsoft.graph.security.evidenceRemediationStatus, expected the members of its table at ${first}, which the enum has`,
    ])
  })

  it('are merged silently where they list the same members', () => {
    // Cut from today's api-reference/v1.0/resources/onlinemeeting.md and onlinemeetingbase.md, which
    // both write `### meetingChatMode values`, with other descriptions.
    const page = (name: string, limited: string) =>
      resourcePage(
        name,
        'microsoft.graph',
        [
          '|allowMeetingChat|[meetingChatMode](#meetingchatmode-values)|Specifies the mode of the meeting chat.|',
        ],
        [
          valuesSection('meetingChatMode', [
            'enabled | Meeting chat is enabled.',
            'disabled | Meeting chat is disabled.',
            `limited | ${limited}`,
            "unknownFutureValue | Evolvable enumeration sentinel value. Don't use.",
          ]),
        ],
      )
    const model = buildModel([
      {
        file: 'resources/onlinemeeting.md',
        text: page('onlineMeeting', 'Meeting chat is enabled but only for the duration of the meeting call.'),
      },
      {
        file: 'resources/onlinemeetingbase.md',
        text: page('onlineMeetingBase', 'Meeting chat is enabled but only during the meeting call.'),
      },
    ])
    const type = model.types['microsoft.graph.meetingChatMode']
    expect(type?.kind === 'enum' && type.files).toEqual([
      'resources/onlinemeeting.md',
      'resources/onlinemeetingbase.md',
    ])
    expect(reported(model)).toEqual([])
  })
})
