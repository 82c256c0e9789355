/**
 * The linked model as a check of one operation reads it, through a few questions which are
 * recorded, so that its findings can be kept for as long as nothing their answers came from
 * changed (`readKeys`):
 *   named("#microsoft.graph.user")   → the TypeDef of microsoft.graph.user, or none
 *   family(fileAttachment)           → fileAttachment, attachment, entity and their properties
 *   requiredMembers(user)            → the members an untruncated user response shows
 * The linked models of one watch session share every unchanged object (`ModelInterner`), so a
 * type whose object did not change answers alike.
 */

import { getOrCreate } from '../get-or-create.js'
import type { EnumTypeDef, ObjectTypeDef, PropertyDef, TypeDef } from '../model.js'
import { collectDerivedTypes, type DerivedTypes } from '../shape/derived-types.js'
import type { CheckContext } from './rule.js'
import { addChainKeys, belowKey, membersKey, typeKey } from './run-changes.js'
import { derivesFrom, type Family, familyOf } from './type-family.js'

/** An enum's member names as written, and in lower case for a judge that reads any case. */
export interface EnumMembers {
  exact: ReadonlySet<string>
  anyCase: ReadonlySet<string>
}

/** The answers of one run's model, each computed once (an unchanged operation asks them again). */
export class ModelAnswers {
  readonly #named = new Map<string, TypeDef | undefined>()
  readonly #families = new Map<ObjectTypeDef, Family>()
  readonly #derives = new Map<ObjectTypeDef, Map<ObjectTypeDef, boolean | undefined>>()
  #derived: DerivedTypes | undefined
  readonly #derivedProperties = new Map<ObjectTypeDef, Map<string, PropertyDef | undefined>>()
  readonly #enumMembers = new Map<EnumTypeDef, EnumMembers>()

  constructor(private readonly context: Pick<CheckContext, 'model' | 'type' | 'facts'>) {}

  /** A documented type by qualified name, any case (`#microsoft.graph.user` too). */
  named(name: string): TypeDef | undefined {
    return getOrCreate(this.#named, name, () => this.context.type(name))
  }

  /** The type a resolved reference names. */
  resolved(qualifiedName: string): TypeDef | undefined {
    return this.context.model.types[qualifiedName]
  }

  family(type: ObjectTypeDef): Family {
    return getOrCreate(this.#families, type, () => familyOf(this.context.model, type))
  }

  /** An enum's member names, as written and in lower case, gathered once per type. */
  enumMembers(type: EnumTypeDef): EnumMembers {
    return getOrCreate(this.#enumMembers, type, () => {
      const exact = new Set(type.members.map((member) => member.name))
      return { exact, anyCase: new Set([...exact].map((member) => member.toLowerCase())) }
    })
  }

  derives(type: ObjectTypeDef, ancestor: ObjectTypeDef): boolean | undefined {
    return getOrCreate(inner(this.#derives, type), ancestor, () =>
      derivesFrom(this.context.model, type, ancestor),
    )
  }

  /** A property of a type derived from `type` (bodies often leave `@odata.type` out). */
  derivedProperty(type: ObjectTypeDef, key: string): PropertyDef | undefined {
    return getOrCreate(inner(this.#derivedProperties, type), key, () => this.#searchDerived(type, key, 0))
  }

  /** What the type's JSON representation requires of an untruncated response (page facts). */
  requiredMembers(type: ObjectTypeDef): readonly string[] | undefined {
    const key = type.qualifiedName.toLowerCase()
    for (const file of type.files) {
      const fact = this.context.facts(file)?.requiredMembers
      if (fact?.type === key) return fact.members
    }
    return undefined
  }

  #searchDerived(type: ObjectTypeDef, key: string, depth: number): PropertyDef | undefined {
    if (depth > 20) return undefined
    this.#derived ??= collectDerivedTypes(this.context.model)
    for (const name of this.#derived.get(type.qualifiedName) ?? []) {
      const child = this.context.model.types[name]
      if (child?.kind === 'enum' || !child) continue
      const property =
        child.properties.find((p) => p.name === key) ?? this.#searchDerived(child, key, depth + 1)
      if (property) return property
    }
    return undefined
  }
}

function inner<K, L, V>(maps: Map<K, Map<L, V>>, key: K): Map<L, V> {
  return getOrCreate(maps, key, () => new Map<L, V>())
}

type Question = 'named' | 'resolved' | 'family' | 'derives' | 'derivedProperty' | 'requiredMembers'

/** One question asked (of `subject`, with `detail`), and its answer then. */
export interface Read {
  question: Question
  subject: string | ObjectTypeDef
  detail: string | ObjectTypeDef | undefined
  answer: unknown
}

/** The questions one check asks of a run's model, answered and recorded (each once). */
export class RecordedReads {
  readonly reads: Read[] = []
  readonly #bySubject = new Map<string | ObjectTypeDef, Read[]>()

  constructor(private readonly answers: ModelAnswers) {}

  named(name: string): TypeDef | undefined {
    return this.#ask('named', name) as TypeDef | undefined
  }

  resolved(qualifiedName: string): TypeDef | undefined {
    return this.#ask('resolved', qualifiedName) as TypeDef | undefined
  }

  family(type: ObjectTypeDef): Family {
    return this.#ask('family', type) as Family
  }

  /** Not recorded: the answer is the enum's own, which the `resolved` or `named` read that found it recorded. */
  enumMembers(type: EnumTypeDef): EnumMembers {
    return this.answers.enumMembers(type)
  }

  derives(type: ObjectTypeDef, ancestor: ObjectTypeDef): boolean | undefined {
    return this.#ask('derives', type, ancestor) as boolean | undefined
  }

  derivedProperty(type: ObjectTypeDef, key: string): PropertyDef | undefined {
    return this.#ask('derivedProperty', type, key) as PropertyDef | undefined
  }

  requiredMembers(type: ObjectTypeDef): readonly string[] | undefined {
    return this.#ask('requiredMembers', type) as readonly string[] | undefined
  }

  #ask(question: Question, subject: string | ObjectTypeDef, detail?: string | ObjectTypeDef): unknown {
    const asked = this.#bySubject.get(subject)
    const known = asked?.find((read) => read.question === question && read.detail === detail)
    if (known) return known.answer
    const read = { question, subject, detail, answer: answerOf(this.answers, question, subject, detail) }
    this.reads.push(read)
    if (asked) asked.push(read)
    else this.#bySubject.set(subject, [read])
    return read.answer
  }
}

function answerOf(
  answers: ModelAnswers,
  question: Question,
  subject: string | ObjectTypeDef,
  detail: string | ObjectTypeDef | undefined,
): unknown {
  switch (question) {
    case 'named':
      return answers.named(subject as string)
    case 'resolved':
      return answers.resolved(subject as string)
    case 'family':
      return answers.family(subject as ObjectTypeDef)
    case 'derives':
      return answers.derives(subject as ObjectTypeDef, detail as ObjectTypeDef)
    case 'derivedProperty':
      return answers.derivedProperty(subject as ObjectTypeDef, detail as string)
    case 'requiredMembers':
      return answers.requiredMembers(subject as ObjectTypeDef)
  }
}

/**
 * The keys of what the reads' answers came from (`src/check/run-changes.ts`): while none is
 * stale, every read gets the same answer again.
 */
export function readKeys(reads: readonly Read[], answers: ModelAnswers): string[] {
  const keys = new Set<string>()
  const chain = (type: ObjectTypeDef) => addChainKeys(answers.family(type).types, keys)
  for (const { question, subject, detail } of reads)
    switch (question) {
      case 'named':
        keys.add(typeKey((subject as string).replace(/^#/, '').trim()))
        break
      case 'resolved':
        keys.add(typeKey(subject as string))
        break
      case 'family':
        chain(subject as ObjectTypeDef)
        break
      case 'derives':
        chain(subject as ObjectTypeDef)
        keys.add(typeKey((detail as ObjectTypeDef).qualifiedName))
        break
      case 'derivedProperty':
        keys.add(belowKey((subject as ObjectTypeDef).qualifiedName))
        break
      case 'requiredMembers':
        for (const file of (subject as ObjectTypeDef).files) keys.add(membersKey(file))
        break
    }
  return [...keys]
}
