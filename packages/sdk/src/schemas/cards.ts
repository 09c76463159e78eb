import {array, literal, number, object, oneOf, string, type Infer} from './kit'
import {basisKind, language, seniority, trackKind, transitionKind} from './lists/core'
import {slugString, text} from './primitives'

/**
 * Result schemas of the projection fragments in src/queries/fragments.ts: how
 * a document looks when another one mentions it. A dangling reference projects
 * to null, which these reject, so broken links surface as validation issues.
 * Localized fields arrive as one string in the requested language (English
 * when untranslated); a required one missing in both arrives empty and fails `text`.
 */
export const card = <T extends string>(type: T) => ({_id: string(), _type: literal(type), title: text, slug: slugString})

/** Provenance of a figure or link. `source` only when `kind` is `source`. */
export const basis = /* @__PURE__ */ (() => object({kind: basisKind, source: object({_id: string(), title: text}).nullable(), note: string().nullable()}))()

export const trackCard = /* @__PURE__ */ (() => object({...card('track'), kind: trackKind}))()
/** `rung` is null for roles in a family; `seniority` is on the scale shared by every track. */
export const roleCard = /* @__PURE__ */ (() => object({...card('role'), rung: number().int().min(1).nullable(), seniority}))()

export const experience = /* @__PURE__ */ (() => object({min: number().min(0), max: number().min(0).nullable(), basis: basis.nullable()}).nullable())()
/** What a role's list item and its detail both hold besides the card (results/roleList.ts, results/roles.ts): here, so neither imports the other (test/size). */
export const roleFields = {aliases: /* @__PURE__ */ array(/* @__PURE__ */ string()), summary: text, track: trackCard, experience}

/** A next move as the track query projects it. */
export const transitionCard = /* @__PURE__ */ (() => object({kind: transitionKind, typicalYears: number().min(0), to: roleCard}))()

/** Which of a result's own localized fields fell back to English (`fields`: the ones that can). */
export const fallbacksOf = <const F extends readonly [string, ...string[]]>(fields: F) => array(oneOf(fields))
/** The language a result is in and which of its own localized fields fell back to English (the `translation` fragment). */
export const translated = <const F extends readonly [string, ...string[]]>(fields: F) => ({language, fallbacks: fallbacksOf(fields)})

export type Basis = Infer<typeof basis>
export type TrackCard = Infer<typeof trackCard>
export type RoleCard = Infer<typeof roleCard>
