import {array, literal, object, string, type Infer} from '../queries/shared'
import {basis, card} from '../queries/shared'
import {certificationLevel, certificationStatus, degreeLevel} from './lists/credentials'
import {resourceCost, resourceKind} from './lists/resources'
import {skillCategory} from './lists/skills'
import {httpUrl} from './formats'
import {slugString, text} from '../queries/shared'

/**
 * Result schemas of ../queries/linkedCards.ts: the documents a role links to
 * beyond its track. Apart from ./cards.ts, so the role list's schema loads
 * without them (test/size).
 */

export const organisationCard = /* @__PURE__ */ object({_id: string(), title: text, slug: slugString})
export const skillCard = /* @__PURE__ */ object({...card('skill'), category: skillCategory})
export const certificationCard = /* @__PURE__ */ object({...card('certification'), vendor: organisationCard, level: certificationLevel, status: certificationStatus})
export const degreeCard = /* @__PURE__ */ object({...card('degree'), level: degreeLevel})
export const resourceCard = /* @__PURE__ */ object({
  _id: string(),
  _type: literal('resource'),
  title: text,
  url: httpUrl.nullable(),
  urlBasis: basis.nullable(),
  publisher: organisationCard.nullable(),
  kind: resourceKind,
  cost: resourceCost,
  costBasis: basis.nullable(),
})
export const sourceCard = /* @__PURE__ */ object({_id: string(), title: text, publisher: organisationCard.nullable(), url: httpUrl.nullable()})
/** The articles a document's facts come from. */
export const sources = /* @__PURE__ */ array(sourceCard)

export type OrganisationCard = Infer<typeof organisationCard>
export type SkillCard = Infer<typeof skillCard>
export type CertificationCard = Infer<typeof certificationCard>
export type DegreeCard = Infer<typeof degreeCard>
export type ResourceCard = Infer<typeof resourceCard>
export type SourceCard = Infer<typeof sourceCard>
