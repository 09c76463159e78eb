import {z} from 'zod'

/**
 * The content model's closed lists (studio/schemaTypes/shared/options.ts),
 * mirrored here because the SDK never imports the Studio. The type tests fail
 * when the two drift, since TypeGen derives its unions from the Studio lists.
 */
export const trackKind = z.enum(['individual-contributor', 'management', 'technician', 'alternative'])
export const skillCategory = z.enum(['technical', 'interpersonal', 'leadership', 'business'])
export const transitionKind = z.enum(['promotion', 'lateral', 'specialisation'])
export const credentialKind = z.enum(['certification', 'degree'])
export const certificationLevel = z.enum(['entry', 'associate', 'professional', 'expert'])
export const certificationStatus = z.enum(['active', 'retired'])
export const resourceKind = z.enum(['article', 'course', 'book', 'community', 'organisation', 'certification-programme', 'tool', 'publication'])
export const resourceCost = z.enum(['free', 'free-audit', 'paid'])
/** Languages the curriculum is written in. */
export const language = z.literal(['en'])
/** 1 = awareness … 5 = expert. */
export const proficiency = z.literal([1, 2, 3, 4, 5])

export type TrackKind = z.infer<typeof trackKind>
export type SkillCategory = z.infer<typeof skillCategory>
export type TransitionKind = z.infer<typeof transitionKind>
export type CredentialKind = z.infer<typeof credentialKind>
export type CertificationLevel = z.infer<typeof certificationLevel>
export type CertificationStatus = z.infer<typeof certificationStatus>
export type ResourceKind = z.infer<typeof resourceKind>
export type ResourceCost = z.infer<typeof resourceCost>
export type Language = z.infer<typeof language>
export type Proficiency = z.infer<typeof proficiency>
