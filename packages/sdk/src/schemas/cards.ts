import {z} from 'zod'
import {certificationLevel, certificationStatus, resourceCost, resourceKind, skillCategory, trackKind, transitionKind} from './enums'
import {httpUrl, slugString, text} from './primitives'

/**
 * Result schemas of the projection fragments in src/queries/fragments.ts: how
 * a document looks when another one mentions it. A dangling reference projects
 * to null, which these reject, so broken links surface as validation issues.
 */
const card = <T extends string>(type: T) => ({_id: z.string(), _type: z.literal(type), title: text, slug: slugString})

export const trackCard = z.object({...card('track'), kind: trackKind})
export const roleCard = z.object({...card('role'), level: z.number().int().min(1)})
export const skillCard = z.object({...card('skill'), category: skillCategory})
export const certificationCard = z.object({...card('certification'), vendor: text, level: certificationLevel, status: certificationStatus})
export const resourceCard = z.object({
  _id: z.string(),
  _type: z.literal('resource'),
  title: text,
  url: httpUrl.nullable(),
  publisher: z.string().nullable(),
  kind: resourceKind,
  cost: resourceCost,
})
export const sourceCard = z.object({_id: z.string(), title: text, publisher: z.string().nullable(), url: httpUrl.nullable()})

export const experience = z.object({min: z.number().min(0), max: z.number().min(0).nullable()}).nullable()

/** A next move as role queries project it. */
export const transitionCard = z.object({kind: transitionKind, typicalYears: z.number().min(0), to: roleCard})

export type TrackCard = z.infer<typeof trackCard>
export type RoleCard = z.infer<typeof roleCard>
export type SkillCard = z.infer<typeof skillCard>
export type CertificationCard = z.infer<typeof certificationCard>
export type ResourceCard = z.infer<typeof resourceCard>
export type SourceCard = z.infer<typeof sourceCard>
