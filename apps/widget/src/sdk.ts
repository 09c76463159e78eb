/**
 * The one place the widget meets the SDK: its light, browser-safe entry points
 * (`/graph`, `/snapshot`, `/queries`; none pulls in @sanity/client, groq-js or
 * zod). This file maps the SDK's results onto the widget's view model
 * (types.ts), so views never depend on the SDK's shapes.
 */
import {createCareerGraph, isFamily, type Basis, type CareerRole, type CertificationRef, type ResourceRef, type RoleRef as SdkRoleRef} from '@careerpath/sdk/graph'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {parseSnapshot} from '@careerpath/sdk/snapshot'
import type {BasisKind, CertificationInfo, CompareInfo, Curriculum, PlanInfo, PlanOptions, ResourceInfo, RoleInfo, RoleRef, SkillGap, SkillLevel} from './types'

/** Published documents the career graph needs, as raw Sanity documents (every language: the graph picks one). */
export const CURRICULUM_QUERY: string = graphDocumentsQuery
/** GROQ parameters of CURRICULUM_QUERY (it takes none). */
export const CURRICULUM_PARAMS: Record<string, string> = {}
/** Routes offered in the planner: the best and the next best few. */
const ROUTES = 4
/** Resources a milestone shows before "Show all". */
export const TOP_RESOURCES = 3

export {isLanguage, isNotFoundError, proficiencyLabel, seniorityLabel, valueLabel, type NotFoundError, type VocabularyList} from '@careerpath/sdk/graph'

/** Reads the documents out of a snapshot file; throws the SDK's SnapshotFormatError when it is not one. */
export const documentsFromSnapshot = (json: unknown): unknown[] => parseSnapshot(json).documents

const ref = (r: SdkRoleRef): RoleRef => ({slug: r.slug, title: r.title, rung: r.rung, seniority: r.seniority, track: r.track?.slug ?? ''})
const basis = (b: Basis | null): BasisKind | undefined => b?.kind
const cert = (c: CertificationRef): CertificationInfo => ({...c, vendor: c.vendor?.title ?? '', level: c.level ?? '', retiredOn: c.retiredOn ?? undefined, successor: c.successor?.title, url: c.url ?? undefined})
/** The language each resource is written in, by id: the graph does not carry it, the widget says when it differs from the page's. */
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

/** Builds the widget's curriculum from raw published documents through the SDK's career graph, localized text in `language` (English where untranslated). */
export function createCurriculum(documents: readonly unknown[], language = 'en'): Curriculum {
  const graph = createCareerGraph(documents, {language})
  const languages: Languages = new Map((documents as {_type?: unknown; _id: string; language?: unknown}[]).flatMap((d) => (d?._type === 'resource' && typeof d.language === 'string' ? [[d._id, d.language]] : [])))
  const roles = graph.roles().map((r) => roleInfo(graph.role(r.slug), languages))
  const bySlug = new Map(roles.map((r) => [r.slug, r]))
  const role = (slug: string): RoleInfo => bySlug.get(slug) ?? roleInfo(graph.role(slug), languages) // throws NotFoundError with suggestions

  /** Skills of `target` above the levels in `have`, largest gap first (as the SDK orders them). */
  const growth = (have: Map<string, number>, target: SkillLevel[]): SkillGap[] =>
    target
      .flatMap((s) => (s.proficiency > (have.get(s.slug) ?? 0) ? [{slug: s.slug, title: s.title, current: have.get(s.slug) ?? 0, target: s.proficiency}] : []))
      .sort((x, y) => y.target - y.current - x.target + x.current || y.target - x.target)

  const plan = (from: string, to: string, {route = 0, have}: PlanOptions = {}): PlanInfo | null => {
    const start = role(from)
    const goal = role(to)
    const routes = from === to ? [] : graph.paths(from, to, {limit: ROUTES})
    if (!routes.length) return null
    route = routes[route] ? route : 0
    const p = graph.plan(from, to, {pathIndex: route})
    const initial = new Map(start.skills.map((s) => [s.slug, have?.[s.slug] ?? s.proficiency]))
    const levels = new Map(initial)
    const milestones = p.milestones.map((m) => {
      const skills = growth(levels, role(m.to.slug).skills)
      const gaps = new Map(skills.map((s) => [s.slug, s.target - s.current]))
      for (const s of skills) levels.set(s.slug, s.target)
      // The SDK's picks for this move, re-ranked by the visitor's own gaps when they assessed themselves.
      const resources = m.resources
        .map((r) => {
          const covers = r.covers.filter((c) => gaps.has(c.slug))
          return {...resource(r.resource, languages), covers: covers.map((c) => c.title), w: covers.reduce((n, c) => n + gaps.get(c.slug)!, 0)}
        })
        .sort((x, y) => y.w - x.w)
        .map(({w, ...pick}) => pick)
      const {startYear: start, durationYears: typicalYears, endYear: end} = m.timeline
      return {from: ref(m.from), to: ref(m.to), kind: m.kind, typicalYears, typicalYearsBasis: basis(m.typicalYearsBasis), start, end, conditions: [...m.conditions], advice: m.advice ?? undefined, skills, certifications: m.certifications.map((c) => cert(c.certification)), resources}
    })
    return {
      from: ref(p.from),
      to: ref(p.to),
      steps: milestones.map(({from, to, kind, typicalYears, typicalYearsBasis}) => ({from, to, kind, typicalYears, typicalYearsBasis})),
      years: p.totals.years,
      estimated: milestones.some((m) => m.typicalYearsBasis === 'estimate'),
      skills: growth(initial, goal.skills),
      certifications: milestones.flatMap((m) => m.certifications),
      resources: [...new Map(milestones.flatMap((m) => m.resources.map((r) => [r.id, r] as const))).values()],
      milestones,
      route,
      routes: routes.map((r, index) => ({index, via: r.steps.slice(0, -1).map((s) => ref(s.to)), steps: r.steps.length, years: r.years})),
      assessed: have != null,
    }
  }

  const compare = (a: string, b: string): CompareInfo => {
    const {skills: s, certifications, degrees} = graph.compare(a, b)
    const row = (skill: {slug: string; title: string}, x: number, y: number) => ({slug: skill.slug, title: skill.title, a: x, b: y})
    const titles = (g: Record<'added' | 'removed' | 'shared', readonly {title: string}[]>) => ({added: g.added.map((x) => x.title), removed: g.removed.map((x) => x.title), shared: g.shared.map((x) => x.title)})
    return {
      a: role(a),
      b: role(b),
      // What grows first, then what is new, what matters less, and what stays the same last.
      skills: [
        ...s.raised.map((x) => row(x.skill, x.from, x.to)),
        ...s.added.map((x) => row(x.skill, 0, x.proficiency)),
        ...s.lowered.map((x) => row(x.skill, x.from, x.to)),
        ...s.removed.map((x) => row(x.skill, x.proficiency, 0)),
        ...s.unchanged.map((x) => row(x.skill, x.proficiency, x.proficiency)),
      ],
      certifications: titles(certifications),
      degrees: titles(degrees),
    }
  }

  const tracks = graph.tracks().map((t) => ({slug: t.slug, title: t.title, kind: t.kind ?? '', family: isFamily(t), summary: t.summary ?? '', roles: t.roles.flatMap((r) => bySlug.get(r.slug) ?? [])}))
  return {tracks, roles, role, plan, compare}
}
