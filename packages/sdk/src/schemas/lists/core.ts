import type {LanguageId} from '../../languages'
import {oneOf, type Infer} from '../kit'

/*
 * The lists most results read (language, provenance, the career ladders'
 * track kinds, transitions and seniority), in one module: an app's bundler
 * then keeps them with the schema kit instead of a chunk of their own (test/size).
 */

/**
 * Languages the curriculum is written in: `LANGUAGE_IDS` (src/languages.ts) again,
 * because the client's first load checks those and a module both it and the
 * schemas import becomes a chunk of its own in an app (test/size); the type
 * tests and vocabulary.test.ts keep the two equal.
 */
export const LANGUAGE_VALUES = ['en', 'es', 'de'] as const satisfies readonly LanguageId[]
export const language = /* @__PURE__ */ oneOf(LANGUAGE_VALUES)

/** Where a figure or link comes from: a source article, our estimate, or added by us. */
export const basisKind = /* @__PURE__ */ oneOf(['source', 'estimate', 'added'])

export const trackKind = /* @__PURE__ */ oneOf(['individual-contributor', 'management', 'technician', 'family'])
/** The track kinds whose roles stand on rungs; `family` groups roles without one. */
export const ladderKind = /* @__PURE__ */ oneOf(['individual-contributor', 'management', 'technician'])
export const transitionKind = /* @__PURE__ */ oneOf(['promotion', 'lateral', 'specialisation'])
/** One scale across every ladder and family: 1 entry … 7 executive. */
export const seniority = /* @__PURE__ */ oneOf([1, 2, 3, 4, 5, 6, 7])

export type Language = Infer<typeof language>
export type BasisKind = Infer<typeof basisKind>
export type TrackKind = Infer<typeof trackKind>
export type LadderKind = Infer<typeof ladderKind>
export type TransitionKind = Infer<typeof transitionKind>
export type Seniority = Infer<typeof seniority>
