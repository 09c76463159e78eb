import type {TrackKind} from '../types.ts'
import type {SourceSlug} from './sources.ts'

/**
 * Every ladder, lowest rung first. A role's level is its position here (1 = entry),
 * so the order of a list is the one place that says who reports to whom.
 */
export const ladders = {
  'support-engineering-ic': ['junior-support-engineer', 'senior-support-engineer', 'staff-support-engineer', 'principal-support-engineer'],
  'support-management': ['support-team-lead', 'support-manager', 'director-of-support', 'vp-of-support'],
  'it-support': [
    'help-desk-technician',
    'senior-technician',
    'technical-support-lead',
    'it-support-supervisor',
    'it-support-manager',
    'director-of-it-support',
    'chief-information-officer',
  ],
  'support-specialist': ['support-specialist', 'senior-support-specialist'],
  'support-analyst': ['support-analyst'],
  'it-analyst': ['it-analyst'],
  'systems-administration': ['systems-administrator'],
  'network-engineering': ['network-engineer'],
  'subject-matter-expert': ['subject-matter-expert'],
  'customer-success': ['customer-success-manager'],
  'product-management': ['product-manager'],
  'sales-engineering': ['sales-engineer'],
  'developer-relations': ['developer-advocate'],
} as const

export type TrackSlug = keyof typeof ladders
export type RoleSlug = (typeof ladders)[TrackSlug][number]

export interface TrackInput {
  title: string
  kind: TrackKind
  summary: string
  sources: SourceSlug[]
}

export const tracks: Record<TrackSlug, TrackInput> = {
  'support-engineering-ic': {
    title: 'Support engineering (individual contributor)',
    kind: 'individual-contributor',
    summary:
      'The ladder for support engineers who grow by going deeper technically rather than by managing people: junior, then senior, staff and finally principal support engineer.',
    sources: ['support-learning-path'],
  },
  'support-management': {
    title: 'Support management',
    kind: 'management',
    summary:
      'The people-leadership ladder of a support organisation, from leading a single team through managing and directing support up to the vice president who owns it.',
    sources: ['support-learning-path'],
  },
  'it-support': {
    title: 'IT support: technician to CIO',
    kind: 'technician',
    summary:
      'The classic IT support ladder. People start at the help desk, become senior technicians, lead and supervise teams, manage and then direct the support function, and a few reach the CIO or CTO seat.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management', 'beyond-tech-support'],
  },
  'support-specialist': {
    title: 'Support specialist',
    kind: 'technician',
    summary:
      'A short ladder for end-user support specialists: after some years the senior specialist takes the harder cases and starts to oversee small teams, a common springboard into supervision.',
    sources: ['it-support-management', 'beyond-tech-support'],
  },
  'support-analyst': {
    title: 'Support analyst',
    kind: 'technician',
    summary:
      'An entry point that sits beside the help desk: analysts take and diagnose user and customer problems, then usually move up into senior technical or infrastructure roles.',
    sources: ['technical-support-lead'],
  },
  'it-analyst': {
    title: 'IT analyst',
    kind: 'technician',
    summary:
      'An entry point for people who like to look at how systems and support processes fit together; from here people usually step up into senior specialist work.',
    sources: ['it-support-management'],
  },
  'systems-administration': {
    title: 'Systems administration',
    kind: 'individual-contributor',
    summary:
      'A mid-level technical path that many support staff take once the help desk is mastered: running servers, accounts and the systems users depend on.',
    sources: ['technical-support-lead'],
  },
  'network-engineering': {
    title: 'Network engineering',
    kind: 'individual-contributor',
    summary:
      'A mid-level technical path into designing, running and fixing the networks an organisation relies on, often after time spent on network issues at the help desk.',
    sources: ['technical-support-lead', 'it-support-growth'],
  },
  'subject-matter-expert': {
    title: 'Specialist (subject-matter expert)',
    kind: 'individual-contributor',
    summary:
      'The specialising route: becoming the recognised authority in one field such as databases, network security or cloud services, instead of broadening across all of IT support.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'customer-success': {
    title: 'Customer success',
    kind: 'alternative',
    summary: 'A way out of support towards keeping customers successful and renewing, where product knowledge gained in support pays off.',
    sources: ['support-learning-path'],
  },
  'product-management': {
    title: 'Product management',
    kind: 'alternative',
    summary: 'A way out of support into deciding what the product should do next, drawing on a support engineer\'s close view of customer pain.',
    sources: ['support-learning-path'],
  },
  'sales-engineering': {
    title: 'Sales engineering',
    kind: 'alternative',
    summary: 'A way out of support into the technical side of selling: demonstrations, proofs of concept and answering prospects\' hard questions.',
    sources: ['support-learning-path'],
  },
  'developer-relations': {
    title: 'Developer relations (DevRel)',
    kind: 'alternative',
    summary: 'A way out of support into teaching and speaking for a developer audience: samples, talks, documentation and community work.',
    sources: ['support-learning-path'],
  },
}
