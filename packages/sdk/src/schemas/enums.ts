import {z} from 'zod'

/**
 * The content model's closed lists (studio/schemaTypes/shared/options.ts),
 * mirrored here because the SDK never imports the Studio. The type tests fail
 * when the two drift, since TypeGen derives its unions from the Studio lists;
 * `vocabulary.test.ts` compares values and titles at run time.
 */
export const trackKind = z.enum(['individual-contributor', 'management', 'technician', 'family'])
/** The track kinds whose roles stand on rungs; `family` groups roles without one. */
export const ladderKind = z.enum(['individual-contributor', 'management', 'technician'])
export const skillCategory = z.enum(['technical', 'interpersonal', 'leadership', 'business'])
export const transitionKind = z.enum(['promotion', 'lateral', 'specialisation'])
export const certificationLevel = z.enum(['entry', 'associate', 'professional', 'expert'])
export const certificationStatus = z.enum(['active', 'retired'])
export const degreeLevel = z.enum(['associate', 'bachelor', 'master', 'doctorate'])
export const resourceKind = z.enum(['article', 'course', 'book', 'community', 'organisation', 'certification-programme', 'tool', 'publication'])
export const resourceCost = z.enum(['free', 'free-audit', 'paid'])
/** Where a figure or link comes from: a source article, our estimate, or added by us. */
export const basisKind = z.enum(['source', 'estimate', 'added'])
/** Languages the curriculum is written in. */
export const language = z.literal(['en'])
/** 1 = awareness … 5 = expert. */
export const proficiency = z.literal([1, 2, 3, 4, 5])
/** One scale across every ladder and family: 1 entry … 7 executive. */
export const seniority = z.literal([1, 2, 3, 4, 5, 6, 7])

export type TrackKind = z.infer<typeof trackKind>
export type LadderKind = z.infer<typeof ladderKind>
export type SkillCategory = z.infer<typeof skillCategory>
export type TransitionKind = z.infer<typeof transitionKind>
export type CertificationLevel = z.infer<typeof certificationLevel>
export type CertificationStatus = z.infer<typeof certificationStatus>
export type DegreeLevel = z.infer<typeof degreeLevel>
export type ResourceKind = z.infer<typeof resourceKind>
export type ResourceCost = z.infer<typeof resourceCost>
export type BasisKind = z.infer<typeof basisKind>
export type Language = z.infer<typeof language>
export type Proficiency = z.infer<typeof proficiency>
export type Seniority = z.infer<typeof seniority>
