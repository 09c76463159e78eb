/**
 * The one place the widget's entry meets the SDK: its light, browser-safe
 * entry points (`/graph/model`, `/snapshot`, `/queries`; none pulls in
 * @sanity/client, groq-js or zod). The model has no route search: routes.ts,
 * in the later chunk, adds it to this same model (`/graph/routes`). This file
 * maps the SDK's results onto the widget's view model (types.ts), so views
 * never depend on the SDK's shapes.
 */
import {createCareerModel, isFamily, type Basis, type CareerRole, type CertificationRef, type ResourceRef, type RoleRef as SdkRoleRef} from '@careerpath/sdk/graph/model'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {parseSnapshot} from '@careerpath/sdk/snapshot'
import type {RoutesKit} from './routes'
import type {BasisKind, CertificationInfo, Curriculum, ResourceInfo, RoleInfo, RoleRef} from './types'

/** Published documents the career model needs, as raw Sanity documents (every language: the model picks one). */
export const CURRICULUM_QUERY: string = graphDocumentsQuery
/** GROQ parameters of CURRICULUM_QUERY (it takes none). */
export const CURRICULUM_PARAMS: Record<string, string> = {}
/** Resources a milestone shows before "Show all". */
export const TOP_RESOURCES = 3

export {isLanguage, isNotFoundError, proficiencyLabel, seniorityLabel, valueLabel, type NotFoundError, type VocabularyList} from '@careerpath/sdk/graph/model'

/** `curriculum.plan()` or `.compare()` called before the route code (a chunk) arrived: `await el.planRoute()`, or open the planner first. */
export class NotReadyError extends Error {
  override readonly name = 'NotReadyError'
  readonly code = 'ROUTES_NOT_LOADED'
  constructor() {
    super('The route code is still loading: await el.planRoute() first.')
  }
}

let routes: (typeof import('./later'))['routes'] | undefined
let later: Promise<typeof import('./later')> | undefined
/**
 * The route questions (plans along routes, comparisons) come in the chunk of
 * what the first paint does not need (later.ts): the map and a role need none
 * of them. Loaded with the views, when the browser is idle after the first
 * render, or by `el.planRoute()`.
 */
export function loadLater(): Promise<typeof import('./later')> {
  later ??= import('./later').then((m) => ((routes = m.routes), m))
  later.catch(() => (later = undefined))
  return later
}
export const loadRoutes = (): Promise<unknown> => loadLater()

/** Reads the documents out of a snapshot file; throws the SDK's SnapshotFormatError when it is not one. */
export const documentsFromSnapshot = (json: unknown): unknown[] => parseSnapshot(json).documents

const ref = (r: SdkRoleRef): RoleRef => ({slug: r.slug, title: r.title, rung: r.rung, seniority: r.seniority, track: r.track?.slug ?? ''})
const basis = (b: Basis | null): BasisKind | undefined => b?.kind
const cert = (c: CertificationRef): CertificationInfo => ({...c, vendor: c.vendor?.title ?? '', level: c.level ?? '', retiredOn: c.retiredOn ?? undefined, successor: c.successor?.title, url: c.url ?? undefined})
/** The language each resource is written in, by id: the model does not carry it, the widget says when it differs from the page's. */
type Languages = ReadonlyMap<string, string>
const resource = (r: ResourceRef, languages: Languages): ResourceInfo => ({id: r.id, title: r.title, kind: r.kind ?? '', cost: r.cost ?? '', costBasis: basis(r.costBasis), url: r.url ?? undefined, publisher: r.publisher?.title, language: languages.get(r.id)})

const roleInfo = (r: CareerRole, languages: Languages): RoleInfo => ({
  ...ref(r),
  trackTitle: r.track?.title ?? '',
  trackKind: r.track?.kind ?? '',
  summary: r.summary ?? '',
  responsibilities: [...r.responsibilities],
  skills: r.skills.map((s) => ({slug: s.skill.slug, title: s.skill.title, proficiency: s.proficiency})),
  certifications: r.certifications.map(cert),
  degrees: r.degrees.map((d) => ({slug: d.slug, title: d.title, level: d.level ?? '', awardingBody: d.awardingBody?.title})),
  education: r.education ?? '',
  resources: r.resources.map((x) => resource(x, languages)),
  transitions: r.transitions.map((t) => ({to: ref(t.to), kind: t.kind, typicalYears: t.typicalYears ?? 0, typicalYearsBasis: basis(t.typicalYearsBasis), conditions: [...t.conditions], advice: t.advice ?? undefined})),
  experience: r.experience?.min != null ? {min: r.experience.min, max: r.experience.max ?? undefined, basis: basis(r.experience.basis)} : undefined,
})

/** Builds the widget's curriculum from raw published documents through the SDK's career model, localized text in `language` (English where untranslated). */
export function createCurriculum(documents: readonly unknown[], language = 'en'): Curriculum {
  const model = createCareerModel(documents, {language})
  const languages: Languages = new Map((documents as {_type?: unknown; _id: string; language?: unknown}[]).flatMap((d) => (d?._type === 'resource' && typeof d.language === 'string' ? [[d._id, d.language]] : [])))
  const roles = model.roles().map((r) => roleInfo(model.role(r.slug), languages))
  const bySlug = new Map(roles.map((r) => [r.slug, r]))
  const role = (slug: string): RoleInfo => bySlug.get(slug) ?? roleInfo(model.role(slug), languages) // throws NotFoundError with suggestions

  const tracks = model.tracks().map((t) => ({slug: t.slug, title: t.title, kind: t.kind ?? '', family: isFamily(t), summary: t.summary ?? '', roles: t.roles.flatMap((r) => bySlug.get(r.slug) ?? [])}))
  const kit: RoutesKit = {model, role, ref, basis, cert, resource: (r) => resource(r, languages)}
  const need = () => {
    if (!routes) throw new NotReadyError()
    return routes
  }
  return {tracks, roles, role, plan: (from, to, options) => need().plan(kit, from, to, options), compare: (a, b) => need().compare(kit, a, b)}
}
