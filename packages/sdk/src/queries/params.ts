/**
 * Parameter types of the queries. Every query takes `$language` (localized
 * fields are read in it, English when a text is not translated; FAQs and
 * guides are documents per language); optional filters are sent as `null`
 * (GROQ: `$x == null || …`), so the same query text serves the filtered and
 * unfiltered call and stays cacheable on the CDN.
 */
export interface LanguageParams {
  language: string
}

export interface SlugParams {
  slug: string
}
