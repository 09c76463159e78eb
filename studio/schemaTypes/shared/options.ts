/**
 * Every closed list of values in the content model, in one place. The SDK
 * mirrors them in its zod schemas; the type tests there fail if the two drift.
 */

/**
 * Ladders climb by rung; a family groups single destinations (alternative
 * careers, the specialist and entry roles beside the ladders) that consumers
 * show as a group, never as a one-rung ladder.
 */
export const trackKinds = [
  {title: 'Individual contributor ladder', value: 'individual-contributor'},
  {title: 'Management ladder', value: 'management'},
  {title: 'Technician ladder', value: 'technician'},
  {title: 'Family of roles', value: 'family'},
] as const

/** The kinds whose roles stand on rungs. */
export const ladderKinds = ['individual-contributor', 'management', 'technician'] as const

/**
 * One seniority scale across every ladder and family, so a move can be judged
 * whichever tracks it joins. Seven steps, after the idea of SFIA's seven levels
 * of responsibility (https://sfia-online.org/en/sfia-9/responsibilities); the
 * names are ours.
 */
export const seniorityLevels = [
  {title: 'Entry', value: 1},
  {title: 'Intermediate', value: 2},
  {title: 'Senior', value: 3},
  {title: 'Lead', value: 4},
  {title: 'Manager or principal', value: 5},
  {title: 'Director', value: 6},
  {title: 'Executive', value: 7},
] as const

export const skillCategories = [
  {title: 'Technical', value: 'technical'},
  {title: 'Interpersonal', value: 'interpersonal'},
  {title: 'Leadership', value: 'leadership'},
  {title: 'Business', value: 'business'},
] as const

/** Each kind has a checked meaning on the seniority scale (see `shared/seniority.ts`). */
export const transitionKinds = [
  {title: 'Promotion (to a higher seniority)', value: 'promotion'},
  {title: 'Lateral move (same seniority)', value: 'lateral'},
  {title: 'Specialisation (same or higher seniority)', value: 'specialisation'},
] as const

export const certificationLevels = [
  {title: 'Entry', value: 'entry'},
  {title: 'Associate', value: 'associate'},
  {title: 'Professional', value: 'professional'},
  {title: 'Expert', value: 'expert'},
] as const

export const certificationStatuses = [
  {title: 'Active', value: 'active'},
  {title: 'Retired', value: 'retired'},
] as const

export const degreeLevels = [
  {title: 'Associate degree', value: 'associate'},
  {title: 'Bachelor\'s degree', value: 'bachelor'},
  {title: 'Master\'s degree', value: 'master'},
  {title: 'Doctorate', value: 'doctorate'},
] as const

export const resourceKinds = [
  {title: 'Article', value: 'article'},
  {title: 'Course', value: 'course'},
  {title: 'Book', value: 'book'},
  {title: 'Community', value: 'community'},
  {title: 'Organisation', value: 'organisation'},
  {title: 'Certification programme', value: 'certification-programme'},
  {title: 'Tool', value: 'tool'},
  {title: 'Publication', value: 'publication'},
] as const

export const resourceCosts = [
  {title: 'Free', value: 'free'},
  {title: 'Free to audit', value: 'free-audit'},
  {title: 'Paid', value: 'paid'},
] as const

/**
 * Where a figure or a link comes from. `source`: a source article gives it
 * (name the article). `estimate`: our editorial estimate (figures). `added`:
 * we added it; no source gives it (links, mostly official home pages).
 */
export const basisKinds = [
  {title: 'From a source article', value: 'source'},
  {title: 'Our estimate', value: 'estimate'},
  {title: 'Added by us', value: 'added'},
] as const

/** What each proficiency level (1-5) means; index 0 is level 1. */
export const proficiencyLabels = ['Awareness', 'Working knowledge', 'Practitioner', 'Advanced', 'Expert'] as const

/**
 * Languages the curriculum is written in. Adding one is adding a line here:
 * structured types translate field by field, FAQs and guides document by document
 * (see the Studio README: Languages).
 */
export const supportedLanguages = [{id: 'en', title: 'English'}] as const
export const defaultLanguage = supportedLanguages[0].id

/** Types translated one document per language (@sanity/document-internationalization). */
export const documentTranslatedTypes = ['faq', 'guide'] as const

export const API_VERSION = '2025-02-19'

export type OptionValue<T extends readonly {value: string | number}[]> = T[number]['value']
