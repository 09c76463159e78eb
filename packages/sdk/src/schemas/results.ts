import {array, discriminatedUnion, literal, number, object, string} from './kit'
import {basis, certificationCard, degreeCard, experience, organisationCard, resourceCard, roleCard, skillCard, sourceCard, trackCard, transitionCard} from './cards'
import {language, proficiency} from './enums'
import {blockContent, httpUrl, isoDate, slugString, text} from './primitives'

/**
 * One schema per query result (src/queries). List queries are validated item
 * by item, so each export here is the schema of ONE item; `get` queries may
 * also return null (not found), which the client handles before validating.
 */

const sources = /* @__PURE__ */ array(sourceCard)

export const trackListItem = /* @__PURE__ */ trackCard.extend({summary: text, roles: array(roleCard)})
export const trackDetail = /* @__PURE__ */ trackCard.extend({
  summary: text,
  roles: array(roleCard.extend({summary: text, transitions: array(transitionCard)})),
  sources,
})

export const roleListItem = /* @__PURE__ */ roleCard.extend({aliases: array(string()), summary: text, track: trackCard, experience})
export const roleDetail = /* @__PURE__ */ roleListItem.extend({
  responsibilities: array(text),
  education: string().nullable(),
  skills: array(object({proficiency, proficiencyBasis: basis.nullable(), skill: skillCard})),
  certifications: array(certificationCard),
  degrees: array(degreeCard),
  resources: array(resourceCard),
  transitions: array(
    transitionCard.extend({typicalYearsBasis: basis.nullable(), conditions: array(text), advice: string().nullable()}),
  ),
  sources,
})

export const skillListItem = /* @__PURE__ */ skillCard.extend({description: text})
export const skillDetail = /* @__PURE__ */ skillListItem.extend({
  roles: array(roleCard),
  certifications: array(certificationCard),
  degrees: array(degreeCard),
  resources: array(resourceCard),
  sources,
})

export const certificationListItem = /* @__PURE__ */ certificationCard.extend({url: httpUrl.nullable(), urlBasis: basis.nullable(), summary: text})
export const certificationDetail = /* @__PURE__ */ certificationListItem.extend({
  retiredOn: isoDate.nullable(),
  skills: array(skillCard),
  successor: certificationCard.nullable(),
  roles: array(roleCard),
  sources,
})

export const degreeListItem = /* @__PURE__ */ degreeCard.extend({summary: text, awardingBody: organisationCard.nullable()})
export const degreeDetail = /* @__PURE__ */ degreeListItem.extend({skills: array(skillCard), roles: array(roleCard), sources})

export const organisationListItem = /* @__PURE__ */ organisationCard.extend({
  _type: literal('organisation'),
  aliases: array(string()),
  url: httpUrl.nullable(),
  urlBasis: basis.nullable(),
  note: string().nullable(),
})
export const organisationDetail = /* @__PURE__ */ organisationListItem.extend({
  certifications: array(certificationCard),
  degrees: array(degreeCard),
  resources: array(resourceCard),
})

/** `language` is the language the material is written in. */
export const resourceListItem = /* @__PURE__ */ resourceCard.extend({summary: text, authors: array(string()), topics: array(string()), language})
export const resourceDetail = /* @__PURE__ */ resourceListItem.extend({skills: array(skillCard), sources})

const pathCard = /* @__PURE__ */ object({_id: string(), _type: literal('learningPath'), title: text, slug: slugString})
export const learningPathListItem = /* @__PURE__ */ pathCard.extend({summary: text, roles: array(roleCard), moduleCount: number().int().min(1)})
export const learningPathDetail = /* @__PURE__ */ pathCard.extend({
  summary: text,
  roles: array(roleCard),
  modules: array(
    object({
      title: text,
      slug: slugString,
      summary: string().nullable(),
      topics: array(object({title: text, keyPoints: array(text), resources: array(resourceCard)})),
    }),
  ),
  sources,
})

const faqBase = /* @__PURE__ */ object({_id: string(), _type: literal('faq'), question: text, slug: slugString, answer: blockContent, language, roles: array(roleCard)})
export const faqListItem = faqBase
export const faqDetail = /* @__PURE__ */ faqBase.extend({sources})

const guideBase = /* @__PURE__ */ object({_id: string(), _type: literal('guide'), title: text, slug: slugString, summary: text, language, roles: array(roleCard)})
export const guideListItem = guideBase
export const guideDetail = /* @__PURE__ */ guideBase.extend({body: blockContent, sources})

const hit = <T extends string>(type: T) => ({_id: string(), _type: literal(type), title: text})
/** A search hit: what it is, where to link, and a line to show. */
export const searchHit = /* @__PURE__ */ discriminatedUnion('_type', [
  object({...hit('track'), slug: slugString, summary: string()}),
  object({...hit('role'), slug: slugString, summary: string()}),
  object({...hit('skill'), slug: slugString, summary: string()}),
  object({...hit('certification'), slug: slugString, summary: string()}),
  object({...hit('degree'), slug: slugString, summary: string()}),
  object({...hit('organisation'), slug: slugString, summary: string().nullable()}),
  object({...hit('resource'), slug: literal(null), summary: string()}),
  object({...hit('learningPath'), slug: slugString, summary: string()}),
  object({...hit('faq'), slug: slugString, summary: literal(null)}),
  object({...hit('guide'), slug: slugString, summary: string()}),
])

