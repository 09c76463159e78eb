/**
 * The curriculum of `fixtures.ts` with what the editor tools are for: more
 * certifications (one retired, with a successor), a family role nothing leads
 * to, and drafts that break things only once published (a lateral move up, a
 * retired credential recommended) or only rename (a draft title the preview
 * must show). Used by the career map, preview and retire tests, Node and browser.
 */
import {analyst, aPlus, comptia, curriculum, edit, helpdesk, loc, move, ref, senior, success} from './fixtures'
import type {DocumentLike} from './validateDocuments'

const slug = (current: string) => ({_type: 'slug', current})

export const microsoft = edit(comptia, {_id: 'org.microsoft', title: loc('Microsoft'), slug: slug('microsoft'), url: 'https://www.microsoft.com'})
export const networkPlus = edit(aPlus, {_id: 'cert.network-plus', title: loc('CompTIA Network+'), slug: slug('comptia-network-plus'), level: 'associate'})
export const ms900 = edit(aPlus, {_id: 'cert.ms-900', title: loc('Microsoft 365 Fundamentals'), slug: slug('ms-900'), vendor: ref('org.microsoft')})
export const mcse = edit(aPlus, {
  _id: 'cert.mcse',
  title: loc('Microsoft MCSE'),
  slug: slug('microsoft-mcse'),
  vendor: ref('org.microsoft'),
  level: 'expert',
  status: 'retired',
  retiredOn: '2019-03-31',
  successor: ref('cert.ms-900'),
})
/** In the family, above Entry, and no move leads to it. */
export const product = edit(success, {_id: 'role.product', title: loc('Product manager'), slug: slug('product-manager'), seniority: 3, transitions: undefined})

export const analystDraft = edit(analyst, {_id: 'drafts.role.analyst', title: loc('Support analyst (draft title)')})
/** Recommends the retired MCSE: a problem once this draft is published. */
export const seniorDraft = edit(senior, {_id: 'drafts.role.senior', credentials: [ref('cert.a-plus', 'c1'), ref('cert.mcse', 'c2')]})
/** A "lateral" move from Entry to Senior: breaks the seniority rule once published. */
export const helpdeskDraft = edit(helpdesk, {_id: 'drafts.role.helpdesk', transitions: [...(helpdesk.transitions as unknown[]), move('role.senior', 't3', 'lateral')]})

export const published: readonly DocumentLike[] = [...curriculum, microsoft, networkPlus, ms900, mcse, product]
export const drafts: readonly DocumentLike[] = [analystDraft, seniorDraft, helpdeskDraft]
export const toolsDataset: readonly DocumentLike[] = [...published, ...drafts]
