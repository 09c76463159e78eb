/**
 * Plans along routes and comparisons, on the widget's view model: a chunk of
 * its own (the map and a role need none of it), loaded by `loadRoutes()` in
 * sdk.ts. It holds the SDK's route search (`@careerpath/sdk/graph/routes`,
 * which shares no module with the model the entry builds) and otherwise imports
 * only types: what it needs from the entry comes in the kit, so esbuild keeps
 * the entry's modules in the entry.
 */
import type {Basis, CareerModel, CertificationRef, ResourceRef, RoleRef as SdkRoleRef} from '@careerpath/sdk/graph/model'
import {withRoutes, type CareerGraph} from '@careerpath/sdk/graph/routes'
import type {BasisKind, CertificationInfo, CompareInfo, PlanInfo, PlanOptions, ResourceInfo, RoleInfo, RoleRef, SkillGap, SkillLevel} from './types'

/** Routes offered in the planner: the best and the next best few. */
const ROUTES = 4

/** One curriculum's model and the entry's mappers onto the view model. */
export interface RoutesKit {
  model: CareerModel
  role(slug: string): RoleInfo
  ref(r: SdkRoleRef): RoleRef
  basis(b: Basis | null): BasisKind | undefined
  cert(c: CertificationRef): CertificationInfo
  resource(r: ResourceRef): ResourceInfo
}

/** The routes over each curriculum's model, added once (the model is not indexed again). */
const graphs = new WeakMap<CareerModel, CareerGraph>()
const graphOf = (model: CareerModel): CareerGraph => {
  let graph = graphs.get(model)
  if (!graph) graphs.set(model, (graph = withRoutes(model)))
  return graph
}

/** Skills of `target` above the levels in `have`, largest gap first (as the SDK orders them). */
const growth = (have: Map<string, number>, target: SkillLevel[]): SkillGap[] =>
  target
    .flatMap((s) => (s.proficiency > (have.get(s.slug) ?? 0) ? [{slug: s.slug, title: s.title, current: have.get(s.slug) ?? 0, target: s.proficiency}] : []))
    .sort((x, y) => y.target - y.current - x.target + x.current || y.target - x.target)

export function plan({model, role, ref, basis, cert, resource}: RoutesKit, from: string, to: string, {route = 0, have}: PlanOptions = {}): PlanInfo | null {
  const graph = graphOf(model)
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
        return {...resource(r.resource), covers: covers.map((c) => c.title), w: covers.reduce((n, c) => n + gaps.get(c.slug)!, 0)}
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

export function compare({model, role}: RoutesKit, a: string, b: string): CompareInfo {
  const {skills: s, certifications, degrees} = graphOf(model).compare(a, b)
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
