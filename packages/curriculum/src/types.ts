/**
 * The shapes of the documents this package generates. They mirror the Studio
 * schema (studio/schemaTypes); `schemaConformance.test.ts` checks every field
 * and option value against the extracted studio/schema.json so the two cannot drift.
 */

export const trackKinds = ['individual-contributor', 'management', 'technician', 'alternative'] as const
export const skillCategories = ['technical', 'interpersonal', 'leadership', 'business'] as const
export const transitionKinds = ['promotion', 'lateral', 'specialisation'] as const
export const credentialKinds = ['certification', 'degree'] as const
export const certificationLevels = ['entry', 'associate', 'professional', 'expert'] as const
export const certificationStatuses = ['active', 'retired'] as const
export const resourceKinds = [
  'article',
  'course',
  'book',
  'community',
  'organisation',
  'certification-programme',
  'tool',
  'publication',
] as const
export const resourceCosts = ['free', 'free-audit', 'paid'] as const

export type TrackKind = (typeof trackKinds)[number]
export type SkillCategory = (typeof skillCategories)[number]
export type TransitionKind = (typeof transitionKinds)[number]
export type CredentialKind = (typeof credentialKinds)[number]
export type CertificationLevel = (typeof certificationLevels)[number]
export type CertificationStatus = (typeof certificationStatuses)[number]
export type ResourceKind = (typeof resourceKinds)[number]
export type ResourceCost = (typeof resourceCosts)[number]
/** 1 awareness, 2 working knowledge, 3 practitioner, 4 advanced, 5 expert. */
export type Proficiency = 1 | 2 | 3 | 4 | 5
export type Language = 'en'

export interface Reference {
  _type: 'reference'
  _ref: string
}
export interface KeyedReference extends Reference {
  _key: string
}
export interface Slug {
  _type: 'slug'
  current: string
}

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}
export interface LinkMark {
  _type: 'link'
  _key: string
  href: string
}
export interface Block {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: LinkMark[]
  children: Span[]
}
export type PortableText = Block[]

interface Localised {
  language: Language
  sources: KeyedReference[]
}

export interface SourceArticleDocument {
  _id: string
  _type: 'sourceArticle'
  title: string
  publisher?: string
  url?: string
  note?: string
  language: Language
}

export interface TrackDocument extends Localised {
  _id: string
  _type: 'track'
  title: string
  slug: Slug
  kind: TrackKind
  summary: string
  roles: KeyedReference[]
}

export interface RoleSkill {
  _type: 'roleSkill'
  _key: string
  skill: Reference
  proficiency: Proficiency
}

export interface Transition {
  _type: 'transition'
  _key: string
  to: Reference
  kind: TransitionKind
  typicalYears: number
  conditions?: string[]
}

export interface ExperienceRange {
  _type: 'experienceRange'
  min: number
  max?: number
}

export interface RoleDocument extends Localised {
  _id: string
  _type: 'role'
  title: string
  slug: Slug
  aliases?: string[]
  track: Reference
  level: number
  summary: string
  responsibilities: string[]
  skills: RoleSkill[]
  certifications?: KeyedReference[]
  experience?: ExperienceRange
  education?: string
  resources?: KeyedReference[]
  transitions?: Transition[]
}

export interface SkillDocument extends Localised {
  _id: string
  _type: 'skill'
  title: string
  slug: Slug
  category: SkillCategory
  description: string
}

export interface CertificationDocument extends Localised {
  _id: string
  _type: 'certification'
  title: string
  slug: Slug
  kind: CredentialKind
  vendor: string
  level: CertificationLevel
  url?: string
  summary: string
  skills?: KeyedReference[]
  status: CertificationStatus
  /** ISO date (YYYY-MM-DD); required when retired. */
  retiredOn?: string
  successor?: Reference
}

export interface ResourceDocument extends Localised {
  _id: string
  _type: 'resource'
  title: string
  url?: string
  publisher?: string
  kind: ResourceKind
  cost: ResourceCost
  authors?: string[]
  summary: string
  topics?: string[]
  skills?: KeyedReference[]
}

export interface LearningTopic {
  _type: 'learningTopic'
  _key: string
  title: string
  keyPoints: string[]
  resources: KeyedReference[]
}

export interface LearningModule {
  _type: 'learningModule'
  _key: string
  title: string
  slug: Slug
  summary?: string
  topics: LearningTopic[]
}

export interface LearningPathDocument extends Localised {
  _id: string
  _type: 'learningPath'
  title: string
  slug: Slug
  summary: string
  roles?: KeyedReference[]
  modules: LearningModule[]
}

export interface FaqDocument extends Localised {
  _id: string
  _type: 'faq'
  question: string
  slug: Slug
  answer: PortableText
  roles?: KeyedReference[]
}

export interface GuideDocument extends Localised {
  _id: string
  _type: 'guide'
  title: string
  slug: Slug
  summary: string
  body: PortableText
  roles?: KeyedReference[]
}

export type CurriculumDocument =
  | SourceArticleDocument
  | TrackDocument
  | RoleDocument
  | SkillDocument
  | CertificationDocument
  | ResourceDocument
  | LearningPathDocument
  | FaqDocument
  | GuideDocument

export type DocumentType = CurriculumDocument['_type']
