/**
 * Parameter types of the queries. Every query takes `$language`; optional
 * filters are sent as `null` (GROQ: `$x == null || …`), so the same query text
 * serves the filtered and unfiltered call and stays cacheable on the CDN.
 */
export interface LanguageParams {
  language: string
}

export interface SlugParams {
  slug: string
}
