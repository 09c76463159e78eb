// Where each kind of curriculum document lives on the site, per language (`/es/curriculum/…`). Pages link only
// through these.
import {DEFAULT_LANG, localizeHref, type Lang} from './i18n'
import {slugify} from './text'

export const faqAnchor = (slug: string) => `faq-${slug}`
/** Resources have no slug (the SDK addresses them by document id): one page, one anchor each. */
export const resourceAnchor = (id: string) => `resource-${slugify(id)}`
export const sourceAnchor = (id: string) => `source-${slugify(id)}`

/** Every curriculum address for pages in `lang`. */
export function linksFor(lang: Lang) {
  const at = (path: string) => localizeHref(path, lang)
  return {
    /** Any site path as `lang`'s pages link it (English-only pages stay unprefixed). */
    at,
    curriculumUrl: at('/curriculum/'),
    trackUrl: (slug: string) => at(`/curriculum/tracks/${slug}/`),
    roleUrl: (slug: string) => at(`/curriculum/roles/${slug}/`),
    skillUrl: (slug: string) => at(`/curriculum/skills/${slug}/`),
    certificationUrl: (slug: string) => at(`/curriculum/certifications/${slug}/`),
    degreeUrl: (slug: string) => at(`/curriculum/degrees/${slug}/`),
    organisationUrl: (slug: string) => at(`/curriculum/organisations/${slug}/`),
    learningPathUrl: (slug: string) => at(`/curriculum/learning-paths/${slug}/`),
    moduleUrl: (path: string, module: string) => at(`/curriculum/learning-paths/${path}/${module}/`),
    guideUrl: (slug: string) => at(`/curriculum/guides/${slug}/`),
    faqUrl: (slug: string) => at(`/curriculum/faqs/#${faqAnchor(slug)}`),
    resourceUrl: (id: string) => at(`/curriculum/resources/#${resourceAnchor(id)}`),
    sourcesUrl: at('/curriculum/sources/'),
  }
}

/** The English addresses (scripts, the search page, tests). */
export const {curriculumUrl, trackUrl, roleUrl, skillUrl, certificationUrl, degreeUrl, organisationUrl, learningPathUrl, moduleUrl, guideUrl, faqUrl, resourceUrl, sourcesUrl} =
  linksFor(DEFAULT_LANG)
