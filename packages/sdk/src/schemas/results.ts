import {z} from 'zod'
import {basis, certificationCard, degreeCard, experience, organisationCard, resourceCard, roleCard, skillCard, sourceCard, trackCard, transitionCard} from './cards'
import {language, proficiency} from './enums'
import {blockContent, httpUrl, slugString, text} from './primitives'

/**
 * One schema per query result (src/queries). List queries are validated item
 * by item, so each export here is the schema of ONE item; `get` queries may
 * also return null (not found), which the client handles before validating.
 */

const sources = z.array(sourceCard)

export const trackListItem = trackCard.extend({summary: text, roles: z.array(roleCard)})
export const trackDetail = trackCard.extend({
  summary: text,
  roles: z.array(roleCard.extend({summary: text, transitions: z.array(transitionCard)})),
  sources,
})

export const roleListItem = roleCard.extend({aliases: z.array(z.string()), summary: text, track: trackCard, experience})
export const roleDetail = roleListItem.extend({
  responsibilities: z.array(text),
  education: z.string().nullable(),
  skills: z.array(z.object({proficiency, proficiencyBasis: basis.nullable(), skill: skillCard})),
  certifications: z.array(certificationCard),
  degrees: z.array(degreeCard),
  resources: z.array(resourceCard),
  transitions: z.array(
    transitionCard.extend({typicalYearsBasis: basis.nullable(), conditions: z.array(text), advice: z.string().nullable()}),
  ),
  sources,
})

export const skillListItem = skillCard.extend({description: text})
export const skillDetail = skillListItem.extend({
  roles: z.array(roleCard),
  certifications: z.array(certificationCard),
  degrees: z.array(degreeCard),
  resources: z.array(resourceCard),
  sources,
})

export const certificationListItem = certificationCard.extend({url: httpUrl.nullable(), urlBasis: basis.nullable(), summary: text})
export const certificationDetail = certificationListItem.extend({
  retiredOn: z.iso.date().nullable(),
  skills: z.array(skillCard),
  successor: certificationCard.nullable(),
  roles: z.array(roleCard),
  sources,
})

export const degreeListItem = degreeCard.extend({summary: text, awardingBody: organisationCard.nullable()})
export const degreeDetail = degreeListItem.extend({skills: z.array(skillCard), roles: z.array(roleCard), sources})

export const organisationListItem = organisationCard.extend({
  _type: z.literal('organisation'),
  aliases: z.array(z.string()),
  url: httpUrl.nullable(),
  urlBasis: basis.nullable(),
  note: z.string().nullable(),
})
export const organisationDetail = organisationListItem.extend({
  certifications: z.array(certificationCard),
  degrees: z.array(degreeCard),
  resources: z.array(resourceCard),
})

/** `language` is the language the material is written in. */
export const resourceListItem = resourceCard.extend({summary: text, authors: z.array(z.string()), topics: z.array(z.string()), language})
export const resourceDetail = resourceListItem.extend({skills: z.array(skillCard), sources})

const pathCard = z.object({_id: z.string(), _type: z.literal('learningPath'), title: text, slug: slugString})
export const learningPathListItem = pathCard.extend({summary: text, roles: z.array(roleCard), moduleCount: z.number().int().min(1)})
export const learningPathDetail = pathCard.extend({
  summary: text,
  roles: z.array(roleCard),
  modules: z.array(
    z.object({
      title: text,
      slug: slugString,
      summary: z.string().nullable(),
      topics: z.array(z.object({title: text, keyPoints: z.array(text), resources: z.array(resourceCard)})),
    }),
  ),
  sources,
})

const faqBase = z.object({_id: z.string(), _type: z.literal('faq'), question: text, slug: slugString, answer: blockContent, language, roles: z.array(roleCard)})
export const faqListItem = faqBase
export const faqDetail = faqBase.extend({sources})

const guideBase = z.object({_id: z.string(), _type: z.literal('guide'), title: text, slug: slugString, summary: text, language, roles: z.array(roleCard)})
export const guideListItem = guideBase
export const guideDetail = guideBase.extend({body: blockContent, sources})

const hit = <T extends string>(type: T) => ({_id: z.string(), _type: z.literal(type), title: text})
/** A search hit: what it is, where to link, and a line to show. */
export const searchHit = z.discriminatedUnion('_type', [
  z.object({...hit('track'), slug: slugString, summary: z.string()}),
  z.object({...hit('role'), slug: slugString, summary: z.string()}),
  z.object({...hit('skill'), slug: slugString, summary: z.string()}),
  z.object({...hit('certification'), slug: slugString, summary: z.string()}),
  z.object({...hit('degree'), slug: slugString, summary: z.string()}),
  z.object({...hit('organisation'), slug: slugString, summary: z.string().nullable()}),
  z.object({...hit('resource'), slug: z.null(), summary: z.string()}),
  z.object({...hit('learningPath'), slug: slugString, summary: z.string()}),
  z.object({...hit('faq'), slug: slugString, summary: z.null()}),
  z.object({...hit('guide'), slug: slugString, summary: z.string()}),
])

