import type {CertificationSlug} from '../content/certifications.ts'
import type {ResourceSlug} from '../content/resources.ts'
import type {SkillSlug} from '../content/skills.ts'
import type {SourceSlug} from '../content/sources.ts'
import {ladders, type RoleSlug, type TrackSlug} from '../content/tracks.ts'
import type {Proficiency, RoleDocument, TransitionKind} from '../types.ts'
import {CurriculumDefinitionError, documentId, ref, refsTo, slug} from './references.ts'

export interface TransitionInput {
  to: RoleSlug
  kind: TransitionKind
  /** Rough years spent in this role before the move; the seeds give none, see README "Estimates". */
  typicalYears: number
  conditions?: string[]
}

export interface RoleInput {
  title: string
  aliases?: string[]
  summary: string
  responsibilities: string[]
  /** Skill slug → expected proficiency (1 awareness … 5 expert), most important first. */
  skills: Partial<Record<SkillSlug, Proficiency>>
  certifications?: CertificationSlug[]
  /** Years of experience; broad editorial estimates, see README "Estimates". */
  experience?: {min: number; max?: number}
  education?: string
  resources?: ResourceSlug[]
  transitions?: TransitionInput[]
  sources: SourceSlug[]
}

export const promotion = (to: RoleSlug, typicalYears: number, conditions?: string[]): TransitionInput => ({to, kind: 'promotion', typicalYears, conditions})
export const lateral = (to: RoleSlug, typicalYears: number, conditions?: string[]): TransitionInput => ({to, kind: 'lateral', typicalYears, conditions})
export const specialisation = (to: RoleSlug, typicalYears: number, conditions?: string[]): TransitionInput => ({
  to,
  kind: 'specialisation',
  typicalYears,
  conditions,
})

/** The track a role sits on and its level there (1 = the first rung of the ladder). */
export function placeOnLadder(role: RoleSlug): {track: TrackSlug; level: number} {
  for (const [track, roles] of Object.entries(ladders) as [TrackSlug, readonly RoleSlug[]][]) {
    const index = roles.indexOf(role)
    if (index >= 0) return {track, level: index + 1}
  }
  throw new CurriculumDefinitionError(`role "${role}"`, 'is on no ladder in content/tracks.ts')
}

export type RoleDefinitions = Partial<Record<RoleSlug, RoleInput>>

export function buildRole(roleSlug: RoleSlug, input: RoleInput): RoleDocument {
  const {track, level} = placeOnLadder(roleSlug)
  const doc: RoleDocument = {
    _id: documentId('role', roleSlug),
    _type: 'role',
    title: input.title,
    slug: slug(roleSlug),
    track: ref(documentId('track', track)),
    level,
    summary: input.summary,
    responsibilities: input.responsibilities,
    skills: Object.entries(input.skills).map(([skill, proficiency]) => ({
      _type: 'roleSkill',
      _key: skill,
      skill: ref(documentId('skill', skill)),
      proficiency: proficiency as Proficiency,
    })),
    sources: refsTo('sourceArticle', input.sources),
    language: 'en',
  }
  if (input.aliases?.length) doc.aliases = input.aliases
  if (input.certifications?.length) doc.certifications = refsTo('certification', input.certifications)
  if (input.experience) doc.experience = {_type: 'experienceRange', ...input.experience}
  if (input.education) doc.education = input.education
  if (input.resources?.length) doc.resources = refsTo('resource', input.resources)
  if (input.transitions?.length) {
    doc.transitions = input.transitions.map((t) => ({
      _type: 'transition',
      _key: `${t.kind}-${t.to}`,
      to: ref(documentId('role', t.to)),
      kind: t.kind,
      typicalYears: t.typicalYears,
      ...(t.conditions?.length ? {conditions: t.conditions} : {}),
    }))
  }
  return doc
}
