/**
 * Retiring a certification: the patch, the successors to offer, and what the
 * dialog says about roles still recommending it. Pure of React and of the
 * Studio, so the action component only calls these, the dialog renders them,
 * and tests run them against the test server.
 */
import {defaultLanguage} from '../schemaTypes/shared/options'
import {getPublishedId, isDraftId} from '../schemaTypes/shared/overlay'

interface FetchClient {
  fetch<R>(query: string, params: Record<string, unknown>): Promise<R>
}

export interface RetireChoice {
  /** `YYYY-MM-DD`, the day the vendor stopped awarding it. */
  retiredOn: string
  /** Published id of the certification that replaces it, or null for none. */
  successor: string | null
}

export interface SuccessorOption {
  id: string
  title: string
  vendor: string | null
  sameVendor: boolean
}

export interface RetireContext {
  /** Active, published certifications other than this one: the vendor's own first, then by title. */
  candidates: SuccessorOption[]
  /** Titles of the roles that recommend it, one per role whichever of its versions does (draft, release, published). */
  recommendedBy: string[]
}

const PUBLISHED = '!(_id in path("drafts.**")) && !(_id in path("versions.**"))'
const title = 'coalesce(title[language == $language][0].value, title[0].value)'

/** A successor is referenced strongly, so only published certifications are offered. */
export const SUCCESSOR_QUERY = `*[_type == "certification" && ${PUBLISHED} && status == "active" && _id != $id]{
  "id": _id, "title": ${title}, "vendor": coalesce(vendor->title[language == $language][0].value, vendor->title[0].value), "sameVendor": defined($vendor) && vendor._ref == $vendor
} | order(sameVendor desc, lower(title) asc)`

/** Roles, drafts and release versions included, that recommend the certification: every version, grouped by `loadRetireContext`. */
export const RECOMMENDED_BY_QUERY = `*[_type == "role" && $id in credentials[]._ref]{_id, "title": ${title}}`

export async function loadRetireContext(client: FetchClient, certificationId: string, vendorId: string | undefined): Promise<RetireContext> {
  const params = {id: getPublishedId(certificationId), vendor: vendorId ? getPublishedId(vendorId) : null, language: defaultLanguage}
  const [candidates, versions] = await Promise.all([
    client.fetch<SuccessorOption[]>(SUCCESSOR_QUERY, params),
    client.fetch<{_id: string; title: string | null}[]>(RECOMMENDED_BY_QUERY, params),
  ])
  // One line per role: the draft's title (the editor's latest words), else any version's, else the id.
  const roles = new Map<string, string>()
  for (const version of [...versions].sort((a, b) => Number(isDraftId(b._id)) - Number(isDraftId(a._id)))) {
    const id = getPublishedId(version._id)
    if (!roles.has(id)) roles.set(id, version.title ?? id)
  }
  return {candidates, recommendedBy: [...roles.values()].sort((a, b) => a.localeCompare(b, 'en'))}
}

/** Today as `YYYY-MM-DD` in the editor's time zone: the usual retirement date is the day it is recorded. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Why the choice cannot be saved, in the dialog's words, or null. */
export function retireProblem(choice: RetireChoice, certificationId: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(choice.retiredOn) || Number.isNaN(Date.parse(`${choice.retiredOn}T00:00:00Z`))) return 'Give the retirement date as a day (YYYY-MM-DD)'
  if (choice.successor && getPublishedId(choice.successor) === getPublishedId(certificationId)) return 'A certification cannot replace itself'
  return null
}

/**
 * The patch the action applies to the draft (or release version): status,
 * date and successor together, so the document never shows a half-retired
 * state. No successor clears a stale one.
 */
export function retirementPatch(choice: RetireChoice) {
  const set: Record<string, unknown> = {status: 'retired', retiredOn: choice.retiredOn}
  if (choice.successor) set.successor = {_type: 'reference', _ref: getPublishedId(choice.successor)}
  return choice.successor ? [{set}] : [{set}, {unset: ['successor']}]
}

/** Applies `retirementPatch` to a document, as the Content Lake would: what the draft looks like afterwards. */
export function applyRetirement<T extends Record<string, unknown>>(doc: T, choice: RetireChoice): T {
  const next: Record<string, unknown> = {...doc}
  for (const op of retirementPatch(choice)) {
    if ('set' in op && op.set) Object.assign(next, op.set)
    if ('unset' in op && op.unset) for (const field of op.unset) delete next[field]
  }
  return next as T
}

/** The action is offered on certifications that are not retired yet. */
export const canRetire = (doc: Record<string, unknown> | null | undefined) => Boolean(doc) && doc!.status !== 'retired'
