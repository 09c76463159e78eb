import {basisFields, cardFields, title} from './shared'

/**
 * How the documents a role links to beyond its track (skills, credentials,
 * resources, their sources and organisations) look where another document
 * names them. Apart from ./fragments.ts, so the role list's GROQ (which names
 * only its track) loads without them (test/size).
 */

/** An organisation (vendor, publisher, awarding body) where another document names it. */
export const organisationCard = `_id, ${title}, "slug": slug.current`
export const sourceCard = `_id, title, "publisher": publisher->{${organisationCard}}, url`
export const skillCard = `${cardFields}, category`
export const certificationCard = `${cardFields}, "vendor": vendor->{${organisationCard}}, level, status`
export const degreeCard = `${cardFields}, level`
export const resourceCard = `_id, _type, title, url, "urlBasis": urlBasis{${basisFields}}, "publisher": publisher->{${organisationCard}}, kind, cost, "costBasis": costBasis{${basisFields}}`
export const sources = `"sources": coalesce(sources[]->{${sourceCard}}, [])`
