/**
 * Initial value templates: what a document created inside a filtered list (or
 * from an incoming-reference list) starts with, so it belongs to that list the
 * moment it exists. A role created under a ladder gets the ladder, the next
 * free rung and a seniority that keeps the ladder's rule; a resource created
 * under a kind gets the kind; a certification created under a vendor gets it.
 */
import type {Template} from 'sanity'
import {fetchLadderRows, type LadderRows} from './schemaTypes/shared/ladder'
import {API_VERSION, ladderKinds} from './schemaTypes/shared/options'
import {getPublishedId, overlayFor} from './schemaTypes/shared/overlay'

export const TEMPLATE_IDS = {
  roleInTrack: 'role-in-track',
  resourceOfKind: 'resource-of-kind',
  certificationFromOrganisation: 'certification-from-organisation',
} as const

/** Templates that need a parameter only a list can give: kept out of the global "Create" menu. */
export const LIST_ONLY_TEMPLATES: readonly string[] = Object.values(TEMPLATE_IDS)

interface FetchClient {
  fetch<R>(query: string, params: Record<string, unknown>): Promise<R>
}

export interface Reference {
  _type: 'reference'
  _ref: string
  _weak?: boolean
  _strengthenOnPublish?: {type: string}
}

export const referenceTo = (id: string): Reference => ({_type: 'reference', _ref: getPublishedId(id)})

/** Where a new role goes on a track: rung and seniority, or nothing for a family. */
export interface SuggestedPlace {
  rung?: number
  seniority?: number
}

/**
 * The next rung above the highest one taken, at the seniority of the role on
 * that highest rung: the lowest seniority the ladder rule allows there (raise it
 * if the step up is a promotion). An empty ladder starts at rung 1, Entry.
 * Families have no rungs and no typical seniority, so nothing is suggested.
 * The ladder is read as it will be once every draft is published, because the
 * list the editor creates from shows drafts too.
 */
export function suggestPlace(trackId: string, rows: LadderRows): SuggestedPlace {
  const id = getPublishedId(trackId)
  const live = (bundle: readonly {_id: string}[]) => overlayFor(`drafts.${id}`, bundle)
  const track = live(rows.tracks).get(id) as LadderRows['tracks'][number] | undefined
  if (!track || !(ladderKinds as readonly string[]).includes(track.kind ?? '')) return {}
  const onLadder = [...(live(rows.roles) as Map<string, LadderRows['roles'][number]>).values()].filter(
    (r) => r.track && getPublishedId(r.track) === id && typeof r.rung === 'number',
  )
  if (!onLadder.length) return {rung: 1, seniority: 1}
  const top = onLadder.reduce((a, b) => (b.rung! > a.rung! ? b : a))
  const place: SuggestedPlace = {}
  if (top.rung! < 20) place.rung = top.rung! + 1
  if (typeof top.seniority === 'number') place.seniority = top.seniority
  return place
}

/** A new role on `trackId` (published id or not), placed by `suggestPlace`; `track` may be a weak reference from an incoming-reference list. */
export async function roleOnTrack(trackId: string, client: FetchClient, track: Reference = referenceTo(trackId)) {
  return {track, ...suggestPlace(trackId, await fetchLadderRows(client))}
}

export const resourceOfKind = (kind: string) => ({kind})

export const certificationFrom = (organisation: Reference) => ({vendor: organisation, status: 'active'})

/** Added to Sanity's default templates (one per type) in `sanity.config.ts`. */
export const templates: Template[] = [
  {
    id: TEMPLATE_IDS.roleInTrack,
    title: 'Role on this track',
    description: 'A role on the track, on the next free rung of a ladder',
    schemaType: 'role',
    parameters: [{name: 'trackId', type: 'string', title: 'Track id'}],
    value: (params: {trackId: string}, context: {getClient: (options: {apiVersion: string}) => FetchClient}) =>
      roleOnTrack(params.trackId, context.getClient({apiVersion: API_VERSION})),
  },
  {
    id: TEMPLATE_IDS.resourceOfKind,
    title: 'Resource of this kind',
    schemaType: 'resource',
    parameters: [{name: 'kind', type: 'string', title: 'Kind'}],
    value: (params: {kind: string}) => resourceOfKind(params.kind),
  },
  {
    id: TEMPLATE_IDS.certificationFromOrganisation,
    title: 'Certification from this organisation',
    schemaType: 'certification',
    parameters: [{name: 'organisationId', type: 'string', title: 'Organisation id'}],
    value: (params: {organisationId: string}) => certificationFrom(referenceTo(params.organisationId)),
  },
]
