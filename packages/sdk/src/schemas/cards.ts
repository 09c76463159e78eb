import {z} from 'zod'
import {basisKind, certificationLevel, certificationStatus, degreeLevel, resourceCost, resourceKind, seniority, skillCategory, trackKind, transitionKind} from './enums'
import {httpUrl, slugString, text} from './primitives'

/**
 * Result schemas of the projection fragments in src/queries/fragments.ts: how
 * a document looks when another one mentions it. A dangling reference projects
 * to null, which these reject, so broken links surface as validation issues.
 * Localized fields arrive as one string in the requested language (English
 * when untranslated); a required one missing in both arrives empty and fails `text`.
 */
const card = <T extends string>(type: T) => ({_id: z.string(), _type: z.literal(type), title: text, slug: slugString})

export const organisationCard = z.object({_id: z.string(), title: text, slug: slugString})
/** Provenance of a figure or link. `source` only when `kind` is `source`. */
export const basis = z.object({kind: basisKind, source: z.object({_id: z.string(), title: text}).nullable(), note: z.string().nullable()})

export const trackCard = z.object({...card('track'), kind: trackKind})
/** `rung` is null for roles in a family; `seniority` is on the scale shared by every track. */
export const roleCard = z.object({...card('role'), rung: z.number().int().min(1).nullable(), seniority})
export const skillCard = z.object({...card('skill'), category: skillCategory})
export const certificationCard = z.object({...card('certification'), vendor: organisationCard, level: certificationLevel, status: certificationStatus})
export const degreeCard = z.object({...card('degree'), level: degreeLevel})
export const resourceCard = z.object({
  _id: z.string(),
  _type: z.literal('resource'),
  title: text,
  url: httpUrl.nullable(),
  urlBasis: basis.nullable(),
  publisher: organisationCard.nullable(),
  kind: resourceKind,
  cost: resourceCost,
  costBasis: basis.nullable(),
})
export const sourceCard = z.object({_id: z.string(), title: text, publisher: organisationCard.nullable(), url: httpUrl.nullable()})

export const experience = z.object({min: z.number().min(0), max: z.number().min(0).nullable(), basis: basis.nullable()}).nullable()

/** A next move as the track query projects it. */
export const transitionCard = z.object({kind: transitionKind, typicalYears: z.number().min(0), to: roleCard})

export type OrganisationCard = z.infer<typeof organisationCard>
export type Basis = z.infer<typeof basis>
export type TrackCard = z.infer<typeof trackCard>
export type RoleCard = z.infer<typeof roleCard>
export type SkillCard = z.infer<typeof skillCard>
export type CertificationCard = z.infer<typeof certificationCard>
export type DegreeCard = z.infer<typeof degreeCard>
export type ResourceCard = z.infer<typeof resourceCard>
export type SourceCard = z.infer<typeof sourceCard>
