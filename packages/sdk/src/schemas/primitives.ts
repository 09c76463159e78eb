import {array, literal, number, object, oneOf, string} from './kit'

/** Lowercase words joined by single hyphens, as the Studio's slug rule demands. */
export const slugString = /* @__PURE__ */ string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens only')

const isHttpUrl = (value: string) => {
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}
/** Only web links: the Studio refuses `javascript:`, `mailto:` and relative URLs. */
export const httpUrl = /* @__PURE__ */ string().refine((value, report) => {
  if (!isHttpUrl(value)) report([], 'Use a full web address starting with http:// or https://')
})

/** A calendar date, `YYYY-MM-DD`, that exists (no 31 April). */
export const isoDate = /* @__PURE__ */ string().refine((value, report) => {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) report([], 'Invalid ISO date')
})

/** Title-like text that must not be blank. */
export const text = /* @__PURE__ */ string().trim().min(1, 'Must not be empty')
