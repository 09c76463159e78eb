/**
 * What the host shows: `tracks="a,b"` (only these ladders and families),
 * `families="off"`, `hide="plan,compare,assess,resources,certifications,degrees"`.
 * Tracks and sections are left out of the documents before the career graph
 * is built, so every view, select, route and comparison respects them (moves
 * into a hidden track are dropped as the graph drops any dangling reference).
 * Its own chunk in the module build, loaded only when one of these attributes
 * (or a slug to check) is set; it imports nothing the bundle holds, so it
 * shares no chunk with it. `hidden()` (which views to offer) is in ui.ts.
 */
import type {Curriculum} from '../types'
import type {ViewName} from '../views/context'

type Attr = (name: string) => string | undefined
interface Doc {
  _id: string
  _type: string
  kind?: string
  slug?: {current?: string}
  track?: {_ref?: string; _id?: string}
}

/** Sections that `hide` can drop, with the document type they are made of. */
const SECTIONS = {resources: 'resource', certifications: 'certification', degrees: 'degree'} as const
/** Views that `hide` can take away (the map and a role's page always stay). */
const HIDEABLE_VIEWS = ['plan', 'compare', 'assess'] as const satisfies readonly ViewName[]
/** Everything `hide` takes: the one list, and the type the views ask `hidden()` about (views/context.ts). */
export const HIDEABLE = [...HIDEABLE_VIEWS, ...(Object.keys(SECTIONS) as (keyof typeof SECTIONS)[])]
export type Hideable = (typeof HIDEABLE_VIEWS)[number] | keyof typeof SECTIONS
const isSection = (name: string): name is keyof typeof SECTIONS => Object.hasOwn(SECTIONS, name)
const list = (value: string | undefined): string[] => value?.split(',').flatMap((s) => s.trim() || []) ?? []

export function restrictDocuments(documents: unknown[], attr: Attr): unknown[] {
  const tracks = list(attr('tracks'))
  const drop = new Set<string>(list(attr('hide')).flatMap((h) => (isSection(h) ? [SECTIONS[h]] : [])))
  const families = attr('families') !== 'off'
  const kept = new Set((documents as Doc[]).flatMap((d) => (d._type === 'track' && (!tracks.length || tracks.includes(d.slug?.current ?? '')) && (families || d.kind !== 'family') ? [d._id] : [])))
  return (documents as Doc[]).filter((d) => (d._type === 'track' ? kept.has(d._id) : d._type === 'role' ? kept.has(d.track?._ref ?? d.track?._id ?? '') : !drop.has(d._type)))
}

/** What in the attributes names nothing shown: for the developers' console and `careerpath:error`. */
export function unknownSlugs(data: Curriculum, attr: Attr): string[] {
  const tracks = new Set(data.tracks.map((t) => t.slug))
  const roles = new Set(data.roles.map((r) => r.slug))
  const errors = [...list(attr('tracks')), attr('track')].flatMap((s) => (s && !tracks.has(s) ? [`No track "${s}" is shown (tracks, track).`] : []))
  for (const name of ['role-slug', 'from', 'to', 'compare-a', 'compare-b']) {
    const slug = attr(name)
    if (slug && !roles.has(slug)) errors.push(`${name}: no role "${slug}" is shown.`)
  }
  for (const h of list(attr('hide'))) if (!(HIDEABLE as readonly string[]).includes(h)) errors.push(`hide: "${h}" is not one of ${HIDEABLE.join(', ')}.`)
  const families = attr('families')
  if (families && families !== 'off' && families !== 'on') errors.push(`families: "${families}" is not "on" or "off".`)
  return errors
}
