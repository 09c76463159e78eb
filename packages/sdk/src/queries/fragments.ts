/**
 * Projection pieces shared by the queries. Plain strings and functions of
 * string literals: TypeGen follows the imports and calls and inlines them, so
 * every query is typed as the full text it sends.
 */

/**
 * The one place a localized field (sanity-plugin-internationalized-array) is
 * read: the requested `$language`, else English. `orElse` is what an absent
 * text becomes: `""` for required fields (typed `string`; the zod schemas
 * reject an empty text, so a missing title surfaces as a validation issue),
 * `null` for optional ones.
 */
export const localized = (field: string, orElse = 'null') =>
  `coalesce(${field}[language == $language][0].value, ${field}[language == "en"][0].value, ${orElse})`

/** A list of `localizedLine`s (responsibilities, conditions, key points) as plain lines. */
export const localizedLines = (field: string) => `coalesce(${field}[]{"line": ${localized('text', '""')}}.line, [])`

export const title = `"title": ${localized('title', '""')}`
export const summary = `"summary": ${localized('summary', '""')}`

/** Sorts by the title people read, in the requested language. */
export const byTitle = `${localized('title')} asc`
/** Roles of one track: by rung on a ladder, by seniority then title in a family. */
export const roleOrder = `rung asc, seniority asc, ${localized('title')} asc, _id asc`

/** The fields every linkable document shows when it is mentioned elsewhere. */
export const card = `_id, _type, ${title}, "slug": slug.current`

/** An organisation (vendor, publisher, awarding body) where another document names it. */
export const organisationCard = `_id, ${title}, "slug": slug.current`
export const sourceCard = `_id, title, "publisher": publisher->{${organisationCard}}, url`
/** Provenance of a figure or link: the article it comes from, our estimate, or added by us. */
export const basis = `kind, "source": source->{_id, title}, "note": coalesce(note, null)`

export const trackCard = `${card}, kind`
export const roleCard = `${card}, "rung": coalesce(rung, null), seniority`
export const skillCard = `${card}, category`
export const certificationCard = `${card}, "vendor": vendor->{${organisationCard}}, level, status`
export const degreeCard = `${card}, level`
export const resourceCard = `_id, _type, title, url, "urlBasis": urlBasis{${basis}}, "publisher": publisher->{${organisationCard}}, kind, cost, "costBasis": costBasis{${basis}}`

export const sources = `"sources": coalesce(sources[]->{${sourceCard}}, [])`
