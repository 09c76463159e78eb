/**
 * Projection pieces shared by the queries. Plain strings: TypeGen follows the
 * imports and inlines them, so every query is typed as the full text it sends.
 */

/** The fields every linkable document shows when it is mentioned elsewhere. */
export const card = `_id, _type, title, "slug": slug.current`

export const trackCard = `${card}, kind`
export const roleCard = `${card}, level`
export const skillCard = `${card}, category`
export const certificationCard = `${card}, vendor, level, status`
export const resourceCard = `_id, _type, title, url, publisher, kind, cost`
export const sourceCard = `_id, title, publisher, url`

export const sources = `"sources": coalesce(sources[]->{${sourceCard}}, [])`
