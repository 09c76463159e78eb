/**
 * Every closed list of values in the content model, in one place. The SDK
 * mirrors them in its zod schemas; the type tests there fail if the two drift.
 */
export const trackKinds = [
  {title: 'Individual contributor', value: 'individual-contributor'},
  {title: 'Management', value: 'management'},
  {title: 'Technician ladder', value: 'technician'},
  {title: 'Alternative path', value: 'alternative'},
] as const

export const skillCategories = [
  {title: 'Technical', value: 'technical'},
  {title: 'Interpersonal', value: 'interpersonal'},
  {title: 'Leadership', value: 'leadership'},
  {title: 'Business', value: 'business'},
] as const

export const transitionKinds = [
  {title: 'Promotion', value: 'promotion'},
  {title: 'Lateral move', value: 'lateral'},
  {title: 'Specialisation', value: 'specialisation'},
] as const

export const credentialKinds = [
  {title: 'Certification', value: 'certification'},
  {title: 'Degree', value: 'degree'},
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

/** What each proficiency level (1-5) means; index 0 is level 1. */
export const proficiencyLabels = ['Awareness', 'Working knowledge', 'Practitioner', 'Advanced', 'Expert'] as const

/** Languages the curriculum is written in. Adding one is adding a line here (see README: Languages). */
export const supportedLanguages = [{id: 'en', title: 'English'}] as const
export const defaultLanguage = supportedLanguages[0].id

export const API_VERSION = '2025-02-19'

export type OptionValue<T extends readonly {value: string}[]> = T[number]['value']
