import type {CertificationInput} from '../content/certifications.ts'
import type {SkillInput} from '../content/skills.ts'
import type {TrackInput, TrackSlug} from '../content/tracks.ts'
import type {FaqInput} from '../content/faqs.ts'
import type {GuideInput} from '../content/guides.ts'
import type {LearningPathInput} from '../content/learningPath.ts'
import type {
  CertificationDocument,
  FaqDocument,
  GuideDocument,
  LearningPathDocument,
  ResourceDocument,
  SkillDocument,
  TrackDocument,
} from '../types.ts'
import {portableText} from './portableText.ts'
import type {SkillSlug} from '../content/skills.ts'
import type {SourceSlug} from '../content/sources.ts'
import {CurriculumDefinitionError, documentId, ref, refsTo, slug, slugify} from './references.ts'

export function buildTrack(trackSlug: TrackSlug, input: TrackInput, roles: readonly string[]): TrackDocument {
  return {
    _id: documentId('track', trackSlug),
    _type: 'track',
    title: input.title,
    slug: slug(trackSlug),
    kind: input.kind,
    summary: input.summary,
    roles: refsTo('role', roles),
    sources: refsTo('sourceArticle', input.sources),
    language: 'en',
  }
}

export function buildSkill(skillSlug: string, input: SkillInput): SkillDocument {
  return {
    _id: documentId('skill', skillSlug),
    _type: 'skill',
    title: input.title,
    slug: slug(skillSlug),
    category: input.category,
    description: input.description,
    sources: refsTo('sourceArticle', input.sources),
    language: 'en',
  }
}

export function buildCertification(certSlug: string, input: CertificationInput): CertificationDocument {
  const where = `certification "${certSlug}"`
  if (input.status === 'retired' && !input.retiredOn) throw new CurriculumDefinitionError(where, 'a retired credential needs retiredOn')
  if (input.status !== 'retired' && (input.retiredOn || input.successor)) {
    throw new CurriculumDefinitionError(where, 'only a retired credential has retiredOn or a successor')
  }
  if (input.retiredOn && !/^\d{4}-\d{2}-\d{2}$/.test(input.retiredOn)) throw new CurriculumDefinitionError(where, 'retiredOn is YYYY-MM-DD')
  const doc: CertificationDocument = {
    _id: documentId('certification', certSlug),
    _type: 'certification',
    title: input.title,
    slug: slug(certSlug),
    kind: input.kind,
    vendor: input.vendor,
    level: input.level,
    summary: input.summary,
    skills: refsTo('skill', input.skills),
    status: input.status,
    sources: refsTo('sourceArticle', input.sources),
    language: 'en',
  }
  if (input.url) doc.url = input.url
  if (input.retiredOn) doc.retiredOn = input.retiredOn
  if (input.successor) doc.successor = ref(documentId('certification', input.successor))
  return doc
}

/** A resource as written in content/resources.ts: the document's own fields, with skills and sources by slug. */
export type ResourceInput = Omit<ResourceDocument, '_id' | '_type' | 'language' | 'skills' | 'sources'> & {
  skills?: SkillSlug[]
  sources: SourceSlug[]
}

export function buildResource(resourceSlug: string, input: ResourceInput): ResourceDocument {
  if (input.kind === 'book' && !input.authors?.length) {
    throw new CurriculumDefinitionError(`resource "${resourceSlug}"`, 'a book needs at least one author')
  }
  const doc: ResourceDocument = {
    _id: documentId('resource', resourceSlug),
    _type: 'resource',
    title: input.title,
    kind: input.kind,
    cost: input.cost,
    summary: input.summary,
    sources: refsTo('sourceArticle', input.sources),
    language: 'en',
  }
  if (input.url) doc.url = input.url
  if (input.publisher) doc.publisher = input.publisher
  if (input.authors?.length) doc.authors = input.authors
  if (input.topics?.length) doc.topics = input.topics
  if (input.skills?.length) doc.skills = refsTo('skill', input.skills)
  return doc
}

export function buildLearningPath(input: LearningPathInput): LearningPathDocument {
  const moduleSlugs = new Set<string>()
  return {
    _id: documentId('learningPath', input.slug),
    _type: 'learningPath',
    title: input.title,
    slug: slug(input.slug),
    summary: input.summary,
    roles: refsTo('role', input.roles),
    modules: input.modules.map((module) => {
      if (moduleSlugs.has(module.slug)) throw new CurriculumDefinitionError(`learning path "${input.slug}"`, `module slug "${module.slug}" is used twice`)
      moduleSlugs.add(module.slug)
      return {
        _type: 'learningModule',
        _key: module.slug,
        title: module.title,
        slug: slug(module.slug),
        summary: module.summary,
        topics: module.topics.map((topic) => ({
          _type: 'learningTopic',
          _key: slugify(topic.title),
          title: topic.title,
          keyPoints: topic.keyPoints,
          resources: refsTo('resource', topic.resources),
        })),
      }
    }),
    sources: refsTo('sourceArticle', input.sources),
    language: 'en',
  }
}

export function buildFaq(input: FaqInput): FaqDocument {
  if (!input.question.trim().endsWith('?')) throw new CurriculumDefinitionError(`faq "${input.slug}"`, 'a question ends with "?"')
  return {
    _id: documentId('faq', input.slug),
    _type: 'faq',
    question: input.question,
    slug: slug(input.slug),
    answer: portableText('answer', input.answer),
    roles: refsTo('role', input.roles),
    sources: refsTo('sourceArticle', input.sources),
    language: 'en',
  }
}

export function buildGuide(input: GuideInput): GuideDocument {
  return {
    _id: documentId('guide', input.slug),
    _type: 'guide',
    title: input.title,
    slug: slug(input.slug),
    summary: input.summary,
    body: portableText('body', input.body),
    roles: refsTo('role', input.roles),
    sources: refsTo('sourceArticle', input.sources),
    language: 'en',
  }
}
