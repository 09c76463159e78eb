import {z} from 'zod'
import {publishedIdOf} from '../sources/perspective'
import {
  certificationLevel,
  certificationStatus,
  credentialKind,
  language,
  proficiency,
  resourceCost,
  resourceKind,
  skillCategory,
  trackKind,
  transitionKind,
} from './enums'
import {blockContent, httpUrl, slugString, text} from './primitives'

/**
 * Raw documents as stored in the Content Lake (and in NDJSON exports and
 * snapshots), with the Studio's validation rules that can be checked on one
 * document alone. Rules that need other documents (dangling references,
 * promotion loops, ladder order) live in src/validation/dataset.ts.
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
const summary = z.string().trim().min(20, 'Write at least 20 characters').max(600, 'Keep it under 600 characters')

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

export const sourceArticleDocument = z.object({
  ...system('sourceArticle'),
  title: text,
  publisher: z.string().optional(),
  url: httpUrl.optional(),
  note: z.string().optional(),
  language,
})

export const trackDocument = z.object({
  ...system('track'),
  title: text,
  slug,
  kind: trackKind,
  summary,
  roles: uniqueRefs(keyedReference).min(1, 'A track needs at least one role'),
  sources,
  language,
})

const roleSkill = z.object({_type: z.literal('roleSkill'), _key: z.string(), skill: reference, proficiency})
const transition = z.object({
  _type: z.literal('transition'),
  _key: z.string(),
  to: reference,
  kind: transitionKind,
  typicalYears: z.number().min(0).max(20),
  conditions: z.array(z.string()).optional(),
})
const experienceRange = z
  .object({_type: z.literal('experienceRange'), min: z.number().min(0).max(50), max: z.number().min(0).max(50).optional()})
  .refine((v) => v.max === undefined || v.min <= v.max, {message: 'Experience "from" must not be more than "to"', path: ['min']})

export const roleDocument = z
  .object({
    ...system('role'),
    title: z.string().trim().min(2).max(80),
    slug,
    aliases: uniqueStrings().optional(),
    track: reference,
    level: z.number().int().min(1).max(20),
    summary,
    responsibilities: z.array(z.string()).min(1, 'List at least one responsibility'),
    skills: z.array(roleSkill).optional(),
    certifications: uniqueRefs(keyedReference).optional(),
    experience: experienceRange.optional(),
    education: z.string().optional(),
    resources: uniqueRefs(keyedReference).optional(),
    transitions: z.array(transition).optional(),
    sources,
    language,
  })
  .superRefine((role, ctx) => {
    const seen = new Set<string>()
    role.skills?.forEach((item, i) => {
      if (seen.has(item.skill._ref)) ctx.addIssue({code: 'custom', path: ['skills', i, 'skill'], message: 'Each skill should be listed once'})
      seen.add(item.skill._ref)
    })
    role.transitions?.forEach((t, i) => {
      if (publishedIdOf(t.to._ref) === publishedIdOf(role._id)) ctx.addIssue({code: 'custom', path: ['transitions', i, 'to'], message: 'A role cannot lead to itself'})
    })
  })

export const skillDocument = z.object({
  ...system('skill'),
  title: text,
  slug,
  category: skillCategory,
  description: z.string().trim().min(20, 'Write at least 20 characters'),
  sources,
  language,
})

export const certificationDocument = z
  .object({
    ...system('certification'),
    title: text,
    slug,
    kind: credentialKind,
    vendor: text,
    level: certificationLevel,
    url: httpUrl.optional(),
    summary,
    skills: uniqueRefs(keyedReference).optional(),
    status: certificationStatus,
    retiredOn: z.iso.date().optional(),
    successor: reference.optional(),
    sources,
    language,
  })
  .superRefine((cert, ctx) => {
    if (cert.status === 'retired' && !cert.retiredOn) ctx.addIssue({code: 'custom', path: ['retiredOn'], message: 'A retired certification needs its retirement date'})
    if (cert.successor && publishedIdOf(cert.successor._ref) === publishedIdOf(cert._id)) {
      ctx.addIssue({code: 'custom', path: ['successor'], message: 'A certification cannot replace itself'})
    } else if (cert.successor && cert.status !== 'retired') {
      ctx.addIssue({code: 'custom', path: ['successor'], message: 'Only a retired certification has a successor'})
    }
  })

export const resourceDocument = z
  .object({
    ...system('resource'),
    title: text,
    url: httpUrl.optional(),
    publisher: z.string().optional(),
    kind: resourceKind,
    cost: resourceCost,
    authors: z.array(z.string()).optional(),
    summary,
    topics: uniqueStrings().optional(),
    skills: uniqueRefs(keyedReference).optional(),
    sources,
    language,
  })
  .superRefine((res, ctx) => {
    if (res.kind === 'book' && !res.authors?.length) ctx.addIssue({code: 'custom', path: ['authors'], message: 'A book needs at least one author'})
  })

const learningTopic = z.object({
  _type: z.literal('learningTopic'),
  _key: z.string(),
  title: text,
  keyPoints: z.array(z.string()).min(1, 'List at least one key point'),
  resources: uniqueRefs(keyedReference).optional(),
})
const learningModule = z.object({
  _type: z.literal('learningModule'),
  _key: z.string(),
  title: text,
  slug,
  summary: z.string().optional(),
  topics: z.array(learningTopic).min(1, 'A module needs at least one topic'),
})

export const learningPathDocument = z.object({
  ...system('learningPath'),
  title: text,
  slug,
  summary,
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
  language,
})

export const faqDocument = z.object({
  ...system('faq'),
  question: text.refine((q) => q.trim().endsWith('?'), 'End the question with a question mark'),
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
  summary,
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
  resourceDocument,
  learningPathDocument,
  faqDocument,
  guideDocument,
  sourceArticleDocument,
])

/** The documents the career graph is built from. */
export const graphDocument = z.discriminatedUnion('_type', [trackDocument, roleDocument, skillDocument, certificationDocument, resourceDocument])

export type TrackDocument = z.infer<typeof trackDocument>
export type RoleDocument = z.infer<typeof roleDocument>
export type SkillDocument = z.infer<typeof skillDocument>
export type CertificationDocument = z.infer<typeof certificationDocument>
export type ResourceDocument = z.infer<typeof resourceDocument>
export type LearningPathDocument = z.infer<typeof learningPathDocument>
export type FaqDocument = z.infer<typeof faqDocument>
export type GuideDocument = z.infer<typeof guideDocument>
export type SourceArticleDocument = z.infer<typeof sourceArticleDocument>
export type CurriculumDocument = z.infer<typeof curriculumDocument>
