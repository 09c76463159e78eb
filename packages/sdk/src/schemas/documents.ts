import {z} from 'zod'
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
import {blockContent, httpUrl, slugString, text} from './primitives'

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
  _id: z.string().min(1),
  _type: z.literal(type),
  _createdAt: z.string().optional(),
  _updatedAt: z.string().optional(),
  _rev: z.string().optional(),
})

const slug = z.object({_type: z.literal('slug'), current: slugString, source: z.string().optional()})
const reference = z.object({_ref: z.string().min(1), _type: z.literal('reference'), _weak: z.boolean().optional()})
const keyedReference = reference.extend({_key: z.string()})

/**
 * Localized fields are optional in TypeGen's types (the plugin's array may be
 * empty); the Studio requires some with a custom rule. `required` reports the
 * missing ones as the Studio does, at the field's path.
 */
function required(doc: Record<string, unknown>, ctx: z.RefinementCtx, fields: readonly string[], prefix: (string | number)[] = []) {
  for (const field of fields) if (doc[field] === undefined) ctx.addIssue({code: 'custom', path: [...prefix, field], message: 'Required'})
}

/** Arrays the Studio marks `unique()`: each referenced document (or tag) once. */
function uniqueRefs<T extends z.ZodType<{_ref: string}>>(item: T) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      if (seen.has(item._ref)) ctx.addIssue({code: 'custom', path: [i], message: `"${item._ref}" is listed more than once`})
      seen.add(item._ref)
    })
  })
}
function uniqueStrings() {
  return z.array(z.string()).superRefine((items, ctx) => {
    items.forEach((item, i) => {
      if (items.indexOf(item) !== i) ctx.addIssue({code: 'custom', path: [i], message: `"${item}" is listed more than once`})
    })
  })
}
const sources = uniqueRefs(keyedReference).optional()

/** Provenance: only a basis of kind `source` names an article, and it must. */
const basis = z
  .object({_type: z.literal('basis'), kind: basisKind, source: reference.optional(), note: z.string().optional()})
  .superRefine((b, ctx) => {
    if (b.kind === 'source' && !b.source) ctx.addIssue({code: 'custom', path: ['source'], message: 'Pick the source article that gives it'})
    if (b.kind !== 'source' && b.source) ctx.addIssue({code: 'custom', path: ['source'], message: 'Only a basis "From a source article" names an article'})
  })

const summary = () => localizedText({required: true, min: 20, max: 600}).optional()

export const sourceArticleDocument = z.object({
  ...system('sourceArticle'),
  title: text,
  publisher: reference.optional(),
  url: httpUrl.optional(),
  note: z.string().optional(),
  language,
})

export const organisationDocument = z
  .object({
    ...system('organisation'),
    title: localizedString({required: true}).optional(),
    slug,
    aliases: uniqueStrings().optional(),
    url: httpUrl.optional(),
    urlBasis: basis.optional(),
    note: localizedText().optional(),
  })
  .superRefine((doc, ctx) => required(doc, ctx, ['title']))

export const trackDocument = z
  .object({
    ...system('track'),
    title: localizedString({required: true}).optional(),
    slug,
    kind: trackKind,
    summary: summary(),
    sources,
  })
  .superRefine((doc, ctx) => required(doc, ctx, ['title', 'summary']))

const roleSkill = z.object({_type: z.literal('roleSkill'), _key: z.string(), skill: reference, proficiency, proficiencyBasis: basis.optional()})
const transition = z.object({
  _type: z.literal('transition'),
  _key: z.string(),
  to: reference,
  kind: transitionKind,
  typicalYears: z.number().min(0).max(20),
  typicalYearsBasis: basis.optional(),
  conditions: localizedLines().optional(),
  advice: localizedText().optional(),
})
const experienceRange = z
  .object({_type: z.literal('experienceRange'), min: z.number().min(0).max(50), max: z.number().min(0).max(50).optional(), basis: basis.optional()})
  .refine((v) => v.max === undefined || v.min <= v.max, {message: 'Experience "from" must not be more than "to"', path: ['min']})

export const roleDocument = z
  .object({
    ...system('role'),
    title: localizedString({required: true, min: 2, max: 80}).optional(),
    slug,
    aliases: uniqueStrings().optional(),
    track: reference,
    /** Empty for roles in a family; unique per ladder (checked across documents). */
    rung: z.number().int('A rung is a whole number from 1 to 20').min(1, 'A rung is a whole number from 1 to 20').max(20, 'A rung is a whole number from 1 to 20').optional(),
    seniority,
    summary: summary(),
    responsibilities: localizedLines().min(1, 'List at least one responsibility'),
    skills: z.array(roleSkill).optional(),
    credentials: uniqueRefs(keyedReference).optional(),
    experience: experienceRange.optional(),
    education: localizedText().optional(),
    resources: uniqueRefs(keyedReference).optional(),
    transitions: z.array(transition).optional(),
    sources,
  })
  .superRefine((role, ctx) => {
    required(role, ctx, ['title', 'summary'])
    role.responsibilities.forEach((line, i) => required(line, ctx, ['text'], ['responsibilities', i]))
    role.transitions?.forEach((move, i) => move.conditions?.forEach((line, j) => required(line, ctx, ['text'], ['transitions', i, 'conditions', j])))
    const seen = new Set<string>()
    role.skills?.forEach((item, i) => {
      if (seen.has(item.skill._ref)) ctx.addIssue({code: 'custom', path: ['skills', i, 'skill'], message: 'Each skill should be listed once'})
      seen.add(item.skill._ref)
    })
    role.transitions?.forEach((t, i) => {
      if (publishedIdOf(t.to._ref) === publishedIdOf(role._id)) ctx.addIssue({code: 'custom', path: ['transitions', i, 'to'], message: 'A role cannot lead to itself'})
    })
  })

export const skillDocument = z
  .object({
    ...system('skill'),
    title: localizedString({required: true}).optional(),
    slug,
    category: skillCategory,
    description: localizedText({required: true, min: 20}).optional(),
    sources,
  })
  .superRefine((doc, ctx) => required(doc, ctx, ['title', 'description']))

export const certificationDocument = z
  .object({
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
    retiredOn: z.iso.date().optional(),
    successor: reference.optional(),
    sources,
  })
  .superRefine((cert, ctx) => {
    required(cert, ctx, ['title', 'summary'])
    if (cert.status === 'retired' && !cert.retiredOn) ctx.addIssue({code: 'custom', path: ['retiredOn'], message: 'A retired certification needs its retirement date'})
    if (cert.status !== 'retired' && cert.retiredOn) ctx.addIssue({code: 'custom', path: ['retiredOn'], message: 'Only a retired certification has a retirement date'})
    if (cert.successor && publishedIdOf(cert.successor._ref) === publishedIdOf(cert._id)) {
      ctx.addIssue({code: 'custom', path: ['successor'], message: 'A certification cannot replace itself'})
    } else if (cert.successor && cert.status !== 'retired') {
      ctx.addIssue({code: 'custom', path: ['successor'], message: 'Only a retired certification has a successor'})
    }
  })

export const degreeDocument = z
  .object({
    ...system('degree'),
    title: localizedString({required: true}).optional(),
    slug,
    level: degreeLevel,
    awardingBody: reference.optional(),
    summary: summary(),
    skills: uniqueRefs(keyedReference).optional(),
    sources,
  })
  .superRefine((doc, ctx) => required(doc, ctx, ['title', 'summary']))

export const resourceDocument = z
  .object({
    ...system('resource'),
    title: text,
    url: httpUrl.optional(),
    urlBasis: basis.optional(),
    publisher: reference.optional(),
    kind: resourceKind,
    cost: resourceCost,
    costBasis: basis.optional(),
    authors: z.array(z.string()).optional(),
    summary: summary(),
    topics: uniqueStrings().optional(),
    skills: uniqueRefs(keyedReference).optional(),
    sources,
    /** The language the material is written in. */
    language,
  })
  .superRefine((res, ctx) => {
    required(res, ctx, ['summary'])
    if (res.kind === 'book' && !res.authors?.some((a) => a.trim())) ctx.addIssue({code: 'custom', path: ['authors'], message: 'A book needs at least one author'})
  })

const learningTopic = z.object({
  _type: z.literal('learningTopic'),
  _key: z.string(),
  title: localizedString({required: true}).optional(),
  keyPoints: localizedLines().min(1, 'List at least one key point'),
  resources: uniqueRefs(keyedReference).optional(),
})
const learningModule = z.object({
  _type: z.literal('learningModule'),
  _key: z.string(),
  title: localizedString({required: true}).optional(),
  slug,
  summary: localizedText().optional(),
  topics: z.array(learningTopic).min(1, 'A module needs at least one topic'),
})

export const learningPathDocument = z
  .object({
    ...system('learningPath'),
    title: localizedString({required: true}).optional(),
    slug,
    summary: summary(),
    roles: uniqueRefs(keyedReference).optional(),
    modules: z
      .array(learningModule)
      .min(1, 'A path needs at least one module')
      .superRefine((modules, ctx) => {
        const seen = new Set<string>()
        modules.forEach((m, i) => {
          if (seen.has(m.slug.current)) ctx.addIssue({code: 'custom', path: [i, 'slug'], message: 'Module slugs must be unique within a path'})
          seen.add(m.slug.current)
        })
      }),
    sources,
  })
  .superRefine((path, ctx) => {
    required(path, ctx, ['title', 'summary'])
    path.modules.forEach((m, i) => {
      required(m, ctx, ['title'], ['modules', i])
      m.topics.forEach((t, j) => {
        required(t, ctx, ['title'], ['modules', i, 'topics', j])
        t.keyPoints.forEach((line, k) => required(line, ctx, ['text'], ['modules', i, 'topics', j, 'keyPoints', k]))
      })
    })
  })

/** FAQs and guides are translated one document per language; `language` says which. */
export const faqDocument = z.object({
  ...system('faq'),
  question: text.refine((q) => /[?\uFF1F\u061F\u037E\u1367\u2E2E]$/.test(q.trim()), 'End the question with a question mark'),
  slug,
  answer: blockContent.min(1, 'Write an answer'),
  roles: uniqueRefs(keyedReference).optional(),
  sources,
  language,
})

export const guideDocument = z.object({
  ...system('guide'),
  title: text,
  slug,
  summary: z.string().trim().min(20, 'Write at least 20 characters').max(600, 'Keep it under 600 characters'),
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
export const documentTypes = Object.keys(documentSchemas) as DocumentType[]

/** Any curriculum document, told apart by `_type`. */
export const curriculumDocument = z.discriminatedUnion('_type', [
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
export const graphDocument = z.discriminatedUnion('_type', [
  trackDocument,
  roleDocument,
  skillDocument,
  certificationDocument,
  degreeDocument,
  organisationDocument,
  resourceDocument,
  sourceArticleDocument,
])

export type TrackDocument = z.infer<typeof trackDocument>
export type RoleDocument = z.infer<typeof roleDocument>
export type SkillDocument = z.infer<typeof skillDocument>
export type CertificationDocument = z.infer<typeof certificationDocument>
export type DegreeDocument = z.infer<typeof degreeDocument>
export type OrganisationDocument = z.infer<typeof organisationDocument>
export type ResourceDocument = z.infer<typeof resourceDocument>
export type LearningPathDocument = z.infer<typeof learningPathDocument>
export type FaqDocument = z.infer<typeof faqDocument>
export type GuideDocument = z.infer<typeof guideDocument>
export type SourceArticleDocument = z.infer<typeof sourceArticleDocument>
export type CurriculumDocument = z.infer<typeof curriculumDocument>
