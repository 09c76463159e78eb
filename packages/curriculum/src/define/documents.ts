import type {CertificationInput} from '../content/certifications.ts'
import type {SkillInput} from '../content/skills.ts'
import type {TrackInput, TrackSlug} from '../content/tracks.ts'
import type {CertificationDocument, ResourceCost, ResourceDocument, ResourceKind, SkillDocument, TrackDocument} from '../types.ts'
import type {SkillSlug} from '../content/skills.ts'
import type {SourceSlug} from '../content/sources.ts'
import {CurriculumDefinitionError, documentId, ref, refsTo, slug} from './references.ts'

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

export interface ResourceInput {
  title: string
  /** Exactly as the seed writes it; otherwise the well-known official address, or none. */
  url?: string
  publisher?: string
  kind: ResourceKind
  cost: ResourceCost
  authors?: string[]
  summary: string
  topics?: string[]
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
