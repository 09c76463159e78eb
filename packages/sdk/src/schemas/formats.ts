import {string} from '../queries/shared'

// Web addresses and dates: apart from ./primitives.ts, as the role list's schema checks neither (test/size).

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
