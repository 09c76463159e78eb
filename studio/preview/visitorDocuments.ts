/**
 * What the "Preview as visitors" view hands the widget: the documents the
 * widget's career graph reads (the SDK's `graphDocumentsQuery`), as they will
 * be when the edited document goes live (its bundle over published, see
 * overlay.ts), with the edited document as it is in the form right now. Then
 * which role or ladder to show and which route to plan. Pure, so it is tested
 * without a browser.
 */
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {ladderKinds} from '../schemaTypes/shared/options'
import {getPublishedId, overlayFor} from '../schemaTypes/shared/overlay'
import {defaultText} from '../schemaTypes/shared/text'

export interface StoredDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export const PREVIEW_QUERY: string = graphDocumentsQuery
export const PREVIEW_LISTEN = '*[_type in ["role", "track", "skill", "certification", "degree", "organisation", "resource", "sourceArticle"]]'

/** Every version of the graph's documents → one per document, under published ids, as they go live with `displayed`. */
export function visitorDocuments(rows: readonly StoredDocument[], displayed: StoredDocument): StoredDocument[] {
  const live = overlayFor(displayed._id, rows)
  const id = getPublishedId(displayed._id)
  live.set(id, {...displayed, _id: id})
  return [...live.values()].map((doc) => ({...doc, _id: getPublishedId(doc._id)}))
}

export interface RoleLink {
  slug: string
  title: string
}

export type PreviewTarget =
  | {type: 'role'; slug: string; title: string; track?: RoleLink; planFrom?: RoleLink}
  | {type: 'track'; slug: string; title: string; ladder: boolean; planFrom?: RoleLink; planTo?: RoleLink}
  | {type: 'none'; reason: string}

const slugOf = (doc: StoredDocument | undefined) => (doc?.slug as {current?: string} | undefined)?.current
const refOf = (value: unknown) => ((value as {_ref?: string} | undefined)?._ref ? getPublishedId((value as {_ref: string})._ref) : undefined)
const link = (doc: StoredDocument): RoleLink | undefined => {
  const slug = slugOf(doc)
  return slug ? {slug, title: defaultText(doc.title) ?? slug} : undefined
}

/** Roles of a track by rung (lowest first), those with a slug only: what the widget can show. */
function rungs(documents: readonly StoredDocument[], trackId: string) {
  return documents
    .filter((d) => d._type === 'role' && refOf(d.track) === trackId && typeof d.rung === 'number' && slugOf(d))
    .sort((a, b) => (a.rung as number) - (b.rung as number))
}

/** What to show for the edited role or track, and the route to plan to or along it. */
export function previewTarget(documents: readonly StoredDocument[], displayed: StoredDocument): PreviewTarget {
  const slug = slugOf(displayed)
  const noun = displayed._type === 'track' ? 'track' : 'role'
  if (!slug) return {type: 'none', reason: `Give this ${noun} a slug to preview it: the widget finds ${noun}s by slug.`}
  const id = getPublishedId(displayed._id)
  const title = defaultText(displayed.title) ?? slug
  const byId = new Map(documents.map((d) => [d._id, d]))
  if (displayed._type === 'track') {
    const ladder = (ladderKinds as readonly string[]).includes(displayed.kind as string)
    const onLadder = ladder ? rungs(documents, id) : []
    const from = onLadder[0] && link(onLadder[0])
    const to = onLadder.at(-1) && link(onLadder.at(-1)!)
    return {type: 'track', slug, title, ladder, ...(from && to && from.slug !== to.slug ? {planFrom: from, planTo: to} : {})}
  }
  const trackId = refOf(displayed.track)
  const track = trackId ? byId.get(trackId) : undefined
  const trackLink = track && slugOf(track) ? {slug: slugOf(track)!, title: defaultText(track.title) ?? slugOf(track)!} : undefined
  // The route to plan: up the role's own ladder from its entry rung, else from a role whose next move leads here.
  const entry = trackId ? rungs(documents, trackId)[0] : undefined
  const fromLadder = entry && getPublishedId(entry._id) !== id && typeof displayed.rung === 'number' ? link(entry) : undefined
  const leadsHere = documents
    .filter((d) => d._type === 'role' && d._id !== id && slugOf(d) && ((d.transitions as {to?: unknown}[] | undefined) ?? []).some((t) => refOf(t.to) === id))
    .map(link)
    .filter((l): l is RoleLink => Boolean(l))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'))
  const planFrom = fromLadder ?? leadsHere[0]
  return {type: 'role', slug, title, ...(trackLink ? {track: trackLink} : {}), ...(planFrom ? {planFrom} : {})}
}

export type PreviewTab = 'role' | 'ladder' | 'plan'

/** The widget's attributes for a tab (view, track, role-slug, from, to); absent ones are removed. */
export function widgetAttributes(target: PreviewTarget, tab: PreviewTab): Record<string, string> {
  if (target.type === 'none') return {}
  if (target.type === 'role') {
    if (tab === 'ladder' && target.track) return {view: 'ladders', track: target.track.slug}
    if (tab === 'plan' && target.planFrom) return {view: 'plan', from: target.planFrom.slug, to: target.slug}
    return {view: 'role', 'role-slug': target.slug}
  }
  if (tab === 'plan' && target.planFrom && target.planTo) return {view: 'plan', from: target.planFrom.slug, to: target.planTo.slug}
  return {view: 'ladders', track: target.slug}
}

export const WIDGET_ATTRIBUTES = ['view', 'track', 'role-slug', 'from', 'to'] as const

/** The tabs a target offers, with their labels and whether they can be shown. */
export function previewTabs(target: PreviewTarget): {tab: PreviewTab; label: string; disabled?: string}[] {
  if (target.type === 'role') {
    return [
      {tab: 'role', label: 'Role page'},
      {tab: 'ladder', label: target.track ? `Its track: ${target.track.title}` : 'Its track', ...(target.track ? {} : {disabled: 'The role has no track with a slug yet'})},
      {
        tab: 'plan',
        label: target.planFrom ? `Plan from ${target.planFrom.title}` : 'Plan a route here',
        ...(target.planFrom ? {} : {disabled: 'No role leads here yet: add a next move to it from another role'}),
      },
    ]
  }
  if (target.type === 'track') {
    return [
      {tab: 'ladder', label: target.ladder ? 'The ladder' : 'The family'},
      {
        tab: 'plan',
        label: target.planFrom && target.planTo ? `Plan ${target.planFrom.title} → ${target.planTo.title}` : 'Plan up the ladder',
        ...(target.planFrom && target.planTo ? {} : {disabled: target.ladder ? 'The ladder needs two roles with slugs' : 'A family has no route up'}),
      },
    ]
  }
  return []
}
