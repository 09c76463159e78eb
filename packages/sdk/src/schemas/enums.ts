import type {LanguageId} from '../languages'
import {oneOf, type Infer} from './kit'

/**
 * The content model's closed lists (studio/schemaTypes/shared/options.ts),
 * mirrored here because the SDK never imports the Studio. The type tests fail
 * when the two drift, since TypeGen derives its unions from the Studio lists;
 * `vocabulary.test.ts` compares values and titles at run time.
 */
export const trackKind = /* @__PURE__ */ oneOf(['individual-contributor', 'management', 'technician', 'family'])
/** The track kinds whose roles stand on rungs; `family` groups roles without one. */
export const ladderKind = /* @__PURE__ */ oneOf(['individual-contributor', 'management', 'technician'])
export const skillCategory = /* @__PURE__ */ oneOf(['technical', 'interpersonal', 'leadership', 'business'])
export const transitionKind = /* @__PURE__ */ oneOf(['promotion', 'lateral', 'specialisation'])
export const certificationLevel = /* @__PURE__ */ oneOf(['entry', 'associate', 'professional', 'expert'])
export const certificationStatus = /* @__PURE__ */ oneOf(['active', 'retired'])
export const degreeLevel = /* @__PURE__ */ oneOf(['associate', 'bachelor', 'master', 'doctorate'])
export const resourceKind = /* @__PURE__ */ oneOf(['article', 'course', 'book', 'community', 'organisation', 'certification-programme', 'tool', 'publication'])
export const resourceCost = /* @__PURE__ */ oneOf(['free', 'free-audit', 'paid'])
/** Where a figure or link comes from: a source article, our estimate, or added by us. */
export const basisKind = /* @__PURE__ */ oneOf(['source', 'estimate', 'added'])
/**
 * Languages the curriculum is written in: `LANGUAGE_IDS` (src/languages.ts) again,
 * because the client's first load checks those and a module both it and the
 * schemas import becomes a chunk of its own in an app (test/size); the type
 * tests and vocabulary.test.ts keep the two equal.
 */
export const LANGUAGE_VALUES = ['en', 'es', 'de'] as const satisfies readonly LanguageId[]
export const language = /* @__PURE__ */ oneOf(LANGUAGE_VALUES)
/** 1 = awareness … 5 = expert. */
export const proficiency = /* @__PURE__ */ oneOf([1, 2, 3, 4, 5])
/** One scale across every ladder and family: 1 entry … 7 executive. */
export const seniority = /* @__PURE__ */ oneOf([1, 2, 3, 4, 5, 6, 7])

export type TrackKind = Infer<typeof trackKind>
export type LadderKind = Infer<typeof ladderKind>
export type SkillCategory = Infer<typeof skillCategory>
export type TransitionKind = Infer<typeof transitionKind>
export type CertificationLevel = Infer<typeof certificationLevel>
export type CertificationStatus = Infer<typeof certificationStatus>
export type DegreeLevel = Infer<typeof degreeLevel>
export type ResourceKind = Infer<typeof resourceKind>
export type ResourceCost = Infer<typeof resourceCost>
export type BasisKind = Infer<typeof basisKind>
export type Language = Infer<typeof language>
export type Proficiency = Infer<typeof proficiency>
export type Seniority = Infer<typeof seniority>
