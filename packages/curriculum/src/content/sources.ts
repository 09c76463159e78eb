import {documentId} from '../define/references.ts'
import type {SourceArticleDocument} from '../types.ts'

/**
 * The five seed articles. Titles are the articles' own; none of them names its
 * publisher or the address it was published at, so neither is recorded here.
 * `seedFile` ties each one to its file in ../shared/seeds for the tests.
 */
export const sourceArticles = {
  'support-learning-path': {
    seedFile: '000_251a2c1c270442ca.txt',
    title: 'Career Development and Leadership',
    note: 'A chapter of a support engineering learning path: the individual-contributor and management ladders, the alternative paths out of support, and five study modules with linked resources for each topic.',
  },
  'technical-support-lead': {
    seedFile: '001_f19ec1439bb29680.txt',
    title: 'Mapping Your Career: Path to Becoming a Technical Support Lead',
    note: 'What a technical support lead does, the entry and mid-level roles before it, specialising versus broadening, education and certifications, nine reader questions and a reading list.',
  },
  'it-support-growth': {
    seedFile: '002_aa6e370a497870b7.txt',
    title: 'Career Growth in IT Support: Advancing Beyond Technician Roles',
    note: 'The IT support ladder from entry-level technician to CIO or CTO, the skills and qualifications for each step, six reader questions and a list of learning sources. It also points to three related articles ("IT Career Paths: Mapping Out Your Future", "Top Certifications for IT Support Professionals", "The Importance of Soft Skills in IT Leadership") whose links are placeholders with no address or publisher, so they are named here rather than kept as resources.',
  },
  'it-support-management': {
    seedFile: '003_6490c1ee7ade4472.txt',
    title: 'The Career Path to IT Support Management: Steps to Leadership',
    note: 'Seven steps from a technical degree to IT support manager, the manager\'s duties, five reader questions, books and professional organisations.',
  },
  'beyond-tech-support': {
    seedFile: '004_6f8457da452f5d15.txt',
    title: 'Building a Career Beyond Tech Support',
    note: 'Whether support is a good first rung, CompTIA figures on how common support jobs are, how to choose an employer, and when to move on if no opening appears.',
  },
} as const satisfies Record<string, {seedFile: string; title: string; note: string; publisher?: string; url?: string}>

export type SourceSlug = keyof typeof sourceArticles

export const sourceDocuments: SourceArticleDocument[] = Object.entries(sourceArticles).map(([slug, article]) => ({
  _id: documentId('sourceArticle', slug),
  _type: 'sourceArticle',
  title: article.title,
  note: article.note,
  language: 'en',
}))
