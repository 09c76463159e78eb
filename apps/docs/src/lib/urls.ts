// Where each kind of curriculum document lives on the site. Pages link only through these.
import {slugify} from './text'

export const curriculumUrl = '/curriculum/'
export const trackUrl = (slug: string) => `/curriculum/tracks/${slug}/`
export const roleUrl = (slug: string) => `/curriculum/roles/${slug}/`
export const skillUrl = (slug: string) => `/curriculum/skills/${slug}/`
export const certificationUrl = (slug: string) => `/curriculum/certifications/${slug}/`
export const degreeUrl = (slug: string) => `/curriculum/degrees/${slug}/`
export const organisationUrl = (slug: string) => `/curriculum/organisations/${slug}/`
export const learningPathUrl = (slug: string) => `/curriculum/learning-paths/${slug}/`
export const moduleUrl = (path: string, module: string) => `/curriculum/learning-paths/${path}/${module}/`
export const guideUrl = (slug: string) => `/curriculum/guides/${slug}/`
export const faqAnchor = (slug: string) => `faq-${slug}`
export const faqUrl = (slug: string) => `/curriculum/faqs/#${faqAnchor(slug)}`
/** Resources have no slug (the SDK addresses them by document id): one page, one anchor each. */
export const resourceAnchor = (id: string) => `resource-${slugify(id)}`
export const resourceUrl = (id: string) => `/curriculum/resources/#${resourceAnchor(id)}`
export const sourceAnchor = (id: string) => `source-${slugify(id)}`
export const sourcesUrl = '/curriculum/sources/'
