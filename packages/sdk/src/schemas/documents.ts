import {array, boolean, literal, number, object, string, type Infer, type ReportIssue, type Schema} from '../queries/shared'
import {publishedIdOf} from '../sources/perspective'
import {
  basisKind,
  certificationLevel,
  certificationStatus,
  degreeLevel,
  language,
  proficiency,
  resourceCost,
  resourceKind,
  seniority,
  skillCategory,
  trackKind,
  transitionKind,
} from './enums'
import {localizedLines, localizedString, localizedText} from './localized'
import {blockContent} from './blockContent'
import {httpUrl, isoDate} from './formats'
import {slugString, text} from '../queries/shared'
import {discriminatedUnion} from './union'

/**
 * Raw documents as stored in the Content Lake (and in NDJSON exports and
 * snapshots), content model v2, with the Studio's validation rules that can be
 * checked on one document alone. Rules that need other documents (dangling
 * references, rungs, seniority along a ladder, the meaning of each move,
 * promotion loops) live in src/validation/dataset.ts.
 */

/**
 * `_createdAt`, `_updatedAt` and `_rev` are set by the Content Lake when a
 * document is stored; NDJSON files made for import (such as the seed) leave
 * them out. So they are optional here, the one deliberate difference from
 * TypeGen's document types (see `StoredForm` in the type tests).
 */
const system = <T extends string>(type: T) => ({
  _id: string().min(1),
  _type: literal(type),
  _createdAt: string().optional(),
  _updatedAt: string().optional(),
  _rev: string().optional(),
})

const slug = /* @__PURE__ */ object({_type: literal('slug'), current: slugString, source: string().optional()})
const reference = /* @__PURE__ */ object({_ref: string().min(1), _type: literal('reference'), _weak: boolean().optional()})
const keyedReference = /* @__PURE__ */ reference.extend({_key: string()})

/**
 * Localized fields are optional in TypeGen's types (the plugin's array may be
 * empty); the Studio requires some with a custom rule. `required` reports the
 * missing ones as the Studio does, at the field's path.
 */
function required(doc: object, report: ReportIssue, fields: readonly string[], prefix: (string | number)[] = []) {
  for (const field of fields) if ((doc as Record<string, unknown>)[field] === undefined) report([...prefix, field], 'Required')
}

/** Arrays the Studio marks `unique()`: each referenced document (or tag) once. */
function uniqueRefs<T extends {_ref: string}>(item: Schema<T>) {
  return array(item).refine((items, report) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      if (seen.has(item._ref)) report([i], `"${item._ref}" is listed more than once`)
      seen.add(item._ref)
    })
  })
}
function uniqueStrings() {
  return array(string()).refine((items, report) => {
    items.forEach((item, i) => {
      if (items.indexOf(item) !== i) report([i], `"${item}" is listed more than once`)
    })
  })
}
const sources = /* @__PURE__ */ uniqueRefs(keyedReference).optional()

/** Provenance: only a basis of kind `source` names an article, and it must. */
const basis = /* @__PURE__ */ object({_type: literal('basis'), kind: basisKind, source: reference.optional(), note: string().optional()})
  .refine((b, report) => {
    if (b.kind === 'source' && !b.source) report(['source'], 'Pick the source article that gives it')
    if (b.kind !== 'source' && b.source) report(['source'], 'Only a basis "From a source article" names an article')
  })

const summary = () => localizedText({required: true, min: 20, max: 600}).optional()

export const sourceArticleDocument = /* @__PURE__ */ object({
  ...system('sourceArticle'),
  title: text,
  publisher: reference.optional(),
  url: httpUrl.optional(),
  note: string().optional(),
  language,
})

export const organisationDocument = /* @__PURE__ */ object({
    ...system('organisation'),
    title: localizedString({required: true}).optional(),
    slug,
    aliases: uniqueStrings().optional(),
    url: httpUrl.optional(),
    urlBasis: basis.optional(),
    note: localizedText().optional(),
  })
  .refine((doc, report) => required(doc, report, ['title']))

export const trackDocument = /* @__PURE__ */ object({
    ...system('track'),
    title: localizedString({required: true}).optional(),
    slug,
    kind: trackKind,
    summary: summary(),
    sources,
  })
  .refine((doc, report) => required(doc, report, ['title', 'summary']))

const roleSkill = /* @__PURE__ */ object({_type: literal('roleSkill'), _key: string(), skill: reference, proficiency, proficiencyBasis: basis.optional()})
const transition = /* @__PURE__ */ object({
  _type: literal('transition'),
  _key: string(),
  to: reference,
  kind: transitionKind,
  typicalYears: number().min(0).max(20),
  typicalYearsBasis: basis.optional(),
  conditions: localizedLines().optional(),
  advice: localizedText().optional(),
})
const experienceRange = /* @__PURE__ */ object({_type: literal('experienceRange'), min: number().min(0).max(50), max: number().min(0).max(50).optional(), basis: basis.optional()})
  .refine((v, report) => {
    if (v.max !== undefined && v.min > v.max) report(['min'], 'Experience "from" must not be more than "to"')
  })

export const roleDocument = /* @__PURE__ */ object({
    ...system('role'),
    title: localizedString({required: true, min: 2, max: 80}).optional(),
    slug,
    aliases: uniqueStrings().optional(),
    track: reference,
    /** Empty for roles in a family; unique per ladder (checked across documents). */
    rung: number().int('A rung is a whole number from 1 to 20').min(1, 'A rung is a whole number from 1 to 20').max(20, 'A rung is a whole number from 1 to 20').optional(),
    seniority,
    summary: summary(),
    responsibilities: localizedLines().min(1, 'List at least one responsibility'),
    skills: array(roleSkill).optional(),
    credentials: uniqueRefs(keyedReference).optional(),
    experience: experienceRange.optional(),
    education: localizedText().optional(),
    resources: uniqueRefs(keyedReference).optional(),
    transitions: array(transition).optional(),
    sources,
  })
  .refine((role, report) => {
    required(role, report, ['title', 'summary'])
    role.responsibilities.forEach((line, i) => required(line, report, ['text'], ['responsibilities', i]))
    role.transitions?.forEach((move, i) => move.conditions?.forEach((line, j) => required(line, report, ['text'], ['transitions', i, 'conditions', j])))
    const seen = new Set<string>()
    role.skills?.forEach((item, i) => {
      if (seen.has(item.skill._ref)) report(['skills', i, 'skill'], 'Each skill should be listed once')
      seen.add(item.skill._ref)
    })
    role.transitions?.forEach((t, i) => {
      if (publishedIdOf(t.to._ref) === publishedIdOf(role._id)) report(['transitions', i, 'to'], 'A role cannot lead to itself')
    })
  })

export const skillDocument = /* @__PURE__ */ object({
    ...system('skill'),
    title: localizedString({required: true}).optional(),
    slug,
    category: skillCategory,
    description: localizedText({required: true, min: 20}).optional(),
    sources,
  })
  .refine((doc, report) => required(doc, report, ['title', 'description']))

export const certificationDocument = /* @__PURE__ */ object({
    ...system('certification'),
    title: localizedString({required: true}).optional(),
    slug,
    vendor: reference,
    level: certificationLevel,
    url: httpUrl.optional(),
    urlBasis: basis.optional(),
    summary: summary(),
    skills: uniqueRefs(keyedReference).optional(),
    status: certificationStatus,
    retiredOn: isoDate.optional(),
    successor: reference.optional(),
    sources,
  })
  .refine((cert, report) => {
    required(cert, report, ['title', 'summary'])
    if (cert.status === 'retired' && !cert.retiredOn) report(['retiredOn'], 'A retired certification needs its retirement date')
    if (cert.status !== 'retired' && cert.retiredOn) report(['retiredOn'], 'Only a retired certification has a retirement date')
    if (cert.successor && publishedIdOf(cert.successor._ref) === publishedIdOf(cert._id)) {
      report(['successor'], 'A certification cannot replace itself')
    } else if (cert.successor && cert.status !== 'retired') {
      report(['successor'], 'Only a retired certification has a successor')
    }
  })

export const degreeDocument = /* @__PURE__ */ object({
    ...system('degree'),
    title: localizedString({required: true}).optional(),
    slug,
    level: degreeLevel,
    awardingBody: reference.optional(),
    summary: summary(),
    skills: uniqueRefs(keyedReference).optional(),
    sources,
  })
  .refine((doc, report) => required(doc, report, ['title', 'summary']))

export const resourceDocument = /* @__PURE__ */ object({
    ...system('resource'),
    title: text,
    url: httpUrl.optional(),
    urlBasis: basis.optional(),
    publisher: reference.optional(),
    kind: resourceKind,
    cost: resourceCost,
    costBasis: basis.optional(),
    authors: array(string()).optional(),
    summary: summary(),
    topics: uniqueStrings().optional(),
    skills: uniqueRefs(keyedReference).optional(),
    sources,
    /** The language the material is written in. */
    language,
  })
  .refine((res, report) => {
    required(res, report, ['summary'])
    if (res.kind === 'book' && !res.authors?.some((a) => a.trim())) report(['authors'], 'A book needs at least one author')
  })

const learningTopic = /* @__PURE__ */ object({
  _type: literal('learningTopic'),
  _key: string(),
  title: localizedString({required: true}).optional(),
  keyPoints: localizedLines().min(1, 'List at least one key point'),
  resources: uniqueRefs(keyedReference).optional(),
})
const learningModule = /* @__PURE__ */ object({
  _type: literal('learningModule'),
  _key: string(),
  title: localizedString({required: true}).optional(),
  slug,
  summary: localizedText().optional(),
  topics: array(learningTopic).min(1, 'A module needs at least one topic'),
})

export const learningPathDocument = /* @__PURE__ */ object({
    ...system('learningPath'),
    title: localizedString({required: true}).optional(),
    slug,
    summary: summary(),
    roles: uniqueRefs(keyedReference).optional(),
    modules: array(learningModule)
      .min(1, 'A path needs at least one module')
      .refine((modules, report) => {
        const seen = new Set<string>()
        modules.forEach((m, i) => {
          if (seen.has(m.slug.current)) report([i, 'slug'], 'Module slugs must be unique within a path')
          seen.add(m.slug.current)
        })
      }),
    sources,
  })
  .refine((path, report) => {
    required(path, report, ['title', 'summary'])
    path.modules.forEach((m, i) => {
      required(m, report, ['title'], ['modules', i])
      m.topics.forEach((t, j) => {
        required(t, report, ['title'], ['modules', i, 'topics', j])
        t.keyPoints.forEach((line, k) => required(line, report, ['text'], ['modules', i, 'topics', j, 'keyPoints', k]))
      })
    })
  })

/** FAQs and guides are translated one document per language; `language` says which. */
export const faqDocument = /* @__PURE__ */ object({
  ...system('faq'),
  question: text.refine((q, report) => {
    if (!/[?\uFF1F\u061F\u037E\u1367\u2E2E]$/.test(q.trim())) report([], 'End the question with a question mark')
  }),
  slug,
  answer: blockContent.min(1, 'Write an answer'),
  roles: uniqueRefs(keyedReference).optional(),
  sources,
  language,
})

export const guideDocument = /* @__PURE__ */ object({
  ...system('guide'),
  title: text,
  slug,
  summary: string().trim().min(20, 'Write at least 20 characters').max(600, 'Keep it under 600 characters'),
  body: blockContent.min(1, 'Write the guide'),
  roles: uniqueRefs(keyedReference).optional(),
  sources,
  language,
})

/** Every document type of the content model, by `_type`. */
export const documentSchemas = {
  track: trackDocument,
  role: roleDocument,
  skill: skillDocument,
  certification: certificationDocument,
  degree: degreeDocument,
  organisation: organisationDocument,
  resource: resourceDocument,
  learningPath: learningPathDocument,
  faq: faqDocument,
  guide: guideDocument,
  sourceArticle: sourceArticleDocument,
} as const

export type DocumentType = keyof typeof documentSchemas
export const documentTypes = /* @__PURE__ */ Object.keys(documentSchemas) as DocumentType[]

/** Any curriculum document, told apart by `_type`. */
export const curriculumDocument = /* @__PURE__ */ discriminatedUnion('_type', [
  trackDocument,
  roleDocument,
  skillDocument,
  certificationDocument,
  degreeDocument,
  organisationDocument,
  resourceDocument,
  learningPathDocument,
  faqDocument,
  guideDocument,
  sourceArticleDocument,
])

/** The documents the career graph is built from. */
export const graphDocument = /* @__PURE__ */ discriminatedUnion('_type', [
  trackDocument,
  roleDocument,
  skillDocument,
  certificationDocument,
  degreeDocument,
  organisationDocument,
  resourceDocument,
  sourceArticleDocument,
])

export type TrackDocument = Infer<typeof trackDocument>
export type RoleDocument = Infer<typeof roleDocument>
export type SkillDocument = Infer<typeof skillDocument>
export type CertificationDocument = Infer<typeof certificationDocument>
export type DegreeDocument = Infer<typeof degreeDocument>
export type OrganisationDocument = Infer<typeof organisationDocument>
export type ResourceDocument = Infer<typeof resourceDocument>
export type LearningPathDocument = Infer<typeof learningPathDocument>
export type FaqDocument = Infer<typeof faqDocument>
export type GuideDocument = Infer<typeof guideDocument>
export type SourceArticleDocument = Infer<typeof sourceArticleDocument>
export type CurriculumDocument = Infer<typeof curriculumDocument>
