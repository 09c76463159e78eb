/**
 * The one place the widget meets the SDK: its light, browser-safe entry points
 * (`/graph`, `/snapshot`, `/queries`; none pulls in @sanity/client, groq-js or
 * zod). This file maps the SDK's results onto the widget's view model
 * (types.ts), so views never depend on the SDK's shapes.
 */
import {
  createCareerGraph,
  isFamily,
  isNoRouteError,
  type Basis,
  type CareerRole,
  type CertificationRef,
  type DegreeRef,
  type ResourceRef,
  type RoleRef as SdkRoleRef,
} from '@careerpath/sdk/graph'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {parseSnapshot} from '@careerpath/sdk/snapshot'
import type {BasisKind, CertificationInfo, CompareInfo, Curriculum, DegreeInfo, PlanInfo, ResourceInfo, RoleInfo, RoleRef} from './types'

/** Published documents the career graph needs, as raw Sanity documents (every language: the graph picks one). */
export const CURRICULUM_QUERY: string = graphDocumentsQuery
/** GROQ parameters of CURRICULUM_QUERY (it takes none). */
export const CURRICULUM_PARAMS: Record<string, string> = {}
/** The language localized text is read in; the widget's own words are English. */
const LANGUAGE = 'en'

export {isNotFoundError, proficiencyLabel, seniorityLabel, valueLabel, type NotFoundError} from '@careerpath/sdk/graph'

/** Reads the documents out of a snapshot file; throws the SDK's SnapshotFormatError when it is not one. */
export function documentsFromSnapshot(json: unknown): unknown[] {
  return parseSnapshot(json).documents
}

const ref = (r: SdkRoleRef): RoleRef => ({slug: r.slug, title: r.title, rung: r.rung, seniority: r.seniority, track: r.track?.slug ?? ''})

const basis = (b: Basis | null): BasisKind | undefined => b?.kind

const cert = (c: CertificationRef): CertificationInfo => ({
  slug: c.slug,
  title: c.title,
  vendor: c.vendor?.title ?? '',
  level: c.level ?? '',
  status: c.status,
  retiredOn: c.retiredOn ?? undefined,
  successor: c.successor?.title,
  url: c.url ?? undefined,
})

const resource = (r: ResourceRef): ResourceInfo => ({
  id: r.id,
  title: r.title,
  kind: r.kind ?? '',
  cost: r.cost ?? '',
  costBasis: basis(r.costBasis),
  url: r.url ?? undefined,
  publisher: r.publisher?.title,
})

const degree = (d: DegreeRef): DegreeInfo => ({slug: d.slug, title: d.title, level: d.level ?? '', awardingBody: d.awardingBody?.title})

const roleInfo = (r: CareerRole): RoleInfo => ({
  ...ref(r),
  trackTitle: r.track?.title ?? '',
  trackKind: r.track?.kind ?? '',
  summary: r.summary ?? '',
  responsibilities: [...r.responsibilities],
  skills: r.skills.map((s) => ({slug: s.skill.slug, title: s.skill.title, proficiency: s.proficiency})),
  certifications: r.certifications.map(cert),
  degrees: r.degrees.map(degree),
  education: r.education ?? '',
  resources: r.resources.map(resource),
  transitions: r.transitions.map((t) => ({to: ref(t.to), kind: t.kind, typicalYears: t.typicalYears ?? 0, typicalYearsBasis: basis(t.typicalYearsBasis), conditions: [...t.conditions]})),
  experience: r.experience && r.experience.min != null ? {min: r.experience.min, max: r.experience.max ?? undefined, basis: basis(r.experience.basis)} : undefined,
})

/** Builds the widget's curriculum from raw published documents through the SDK's career graph. */
export function createCurriculum(documents: readonly unknown[]): Curriculum {
  const graph = createCareerGraph(documents, {language: LANGUAGE})
  const roles = graph.roles().map((r) => roleInfo(graph.role(r.slug)))
  const bySlug = new Map(roles.map((r) => [r.slug, r]))
  const role = (slug: string): RoleInfo => bySlug.get(slug) ?? roleInfo(graph.role(slug)) // throws NotFoundError with suggestions

  const tracks = graph.tracks().map((t) => ({
    slug: t.slug,
    title: t.title,
    kind: t.kind ?? '',
    family: isFamily(t),
    summary: t.summary ?? '',
    roles: t.roles.flatMap((r) => (bySlug.has(r.slug) ? [bySlug.get(r.slug)!] : [])),
  }))

  const plan = (from: string, to: string): PlanInfo | null => {
    role(from)
    role(to)
    if (from === to) return null
    let best
    try {
      best = graph.plan(from, to)
    } catch (error) {
      if (isNoRouteError(error)) return null
      throw error
    }
    const gap = graph.gap(from, to)
    return {
      from: ref(best.from),
      to: ref(best.to),
      steps: best.route.steps.map((s) => ({from: ref(s.from), to: ref(s.to), kind: s.kind, typicalYears: s.typicalYears ?? 0, typicalYearsBasis: basis(s.typicalYearsBasis)})),
      years: best.route.years,
      estimated: best.route.steps.some((s) => s.typicalYearsBasis?.kind === 'estimate'),
      skills: gap.skills.map((s) => ({slug: s.skill.slug, title: s.skill.title, current: s.current, target: s.target})),
      certifications: gap.certifications.map((c) => cert(c.certification)),
      resources: gap.resources.map((r) => resource(r.resource)),
    }
  }

  const compare = (a: string, b: string): CompareInfo => {
    const c = graph.compare(a, b)
    const s = c.skills
    const row = (skill: {slug: string; title: string}, x: number, y: number) => ({slug: skill.slug, title: skill.title, a: x, b: y})
    return {
      a: role(a),
      b: role(b),
      // What grows first, then what stays, then what matters less.
      skills: [
        ...s.raised.map((x) => row(x.skill, x.from, x.to)),
        ...s.added.map((x) => row(x.skill, 0, x.proficiency)),
        ...s.unchanged.map((x) => row(x.skill, x.proficiency, x.proficiency)),
        ...s.lowered.map((x) => row(x.skill, x.from, x.to)),
        ...s.removed.map((x) => row(x.skill, x.proficiency, 0)),
      ],
    }
  }

  return {tracks, roles, role, plan, compare}
}
