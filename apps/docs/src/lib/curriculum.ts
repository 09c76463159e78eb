// The curriculum, read once per build through the SDK's public API: the embedded seed by default, a Sanity
// project when SANITY_PROJECT_ID and SANITY_DATASET are set. Every curriculum page reads from here.
import {isNoRouteError} from '@careerpath/sdk/graph'
import {
  type CareerPathClient,
  type CareerPlan,
  type CertificationDetail,
  type DegreeDetail,
  type FaqDetail,
  type GuideDetail,
  type LearningPathDetail,
  type OrganisationDetail,
  type ResourceDetail,
  type RoleDetail,
  type SkillDetail,
  type TrackDetail,
} from '@careerpath/sdk'
import type {Snapshot} from '@careerpath/sdk/snapshot'
import {DEFAULT_LANG, type Lang} from './i18n'
import {createSiteClient} from './source'

/** A role as other results mention it. */
export type RoleCard = RoleDetail['transitions'][number]['to']
/** A source article as documents cite it. */
export type SourceCard = RoleDetail['sources'][number]

/** An organisation (vendor, publisher, awarding body) as other documents name it. */
export type OrganisationCard = NonNullable<CertificationDetail['vendor']>

export type {CareerPlan, CertificationDetail, DegreeDetail, FaqDetail, GuideDetail, LearningPathDetail, OrganisationDetail, ResourceDetail, RoleDetail, SkillDetail, TrackDetail}

/** A move into a role, the reverse of a role's transitions: where people come from. */
export interface InboundMove {
  from: RoleCard
  kind: string
  typicalYears: number
  typicalYearsBasis: RoleDetail['transitions'][number]['typicalYearsBasis']
}

export interface Curriculum {
  /** The language every text below is in (English where a field is not translated: each result's `fallbacks`). */
  lang: Lang
  /** Where the content came from, for the pages' footers; `null` for the embedded seed (each language names it). */
  source: string | null
  tracks: TrackDetail[]
  roles: RoleDetail[]
  skills: SkillDetail[]
  certifications: CertificationDetail[]
  /** Degrees are their own type in content model v2 (no longer a kind of certification). */
  degrees: DegreeDetail[]
  /** Vendors, publishers and awarding bodies. */
  organisations: OrganisationDetail[]
  resources: ResourceDetail[]
  learningPaths: LearningPathDetail[]
  faqs: FaqDetail[]
  guides: GuideDetail[]
  /** Every source article cited anywhere, each once. */
  sources: SourceCard[]
  inbound: Map<string, InboundMove[]>
  /** For each role: the plan from it to the top of its own ladder (null at the top, in a family, or with no route). */
  plans: Map<string, CareerPlan | null>
  client: CareerPathClient
  /** `'en'` for a document whose title is not translated (a proper name kept as it is), for `lang` on its cards. */
  englishTitle(id: string): 'en' | undefined
  /** The curriculum as a snapshot file's content (for the widget's server render); read on first call. */
  snapshot(): Promise<Snapshot>
}

async function load(lang: Lang): Promise<Curriculum> {
  const {client, source, seed} = createSiteClient(process.env, lang)
  // One bulk read: every document's detail in a fixed number of requests (one per type), whatever the curriculum's
  // size, instead of a list and one get per document. The plans below come from the career graph (one more request).
  const {tracks, roles, skills, certifications, degrees, organisations, resources, learningPaths, faqs, guides} = await client.readAll({language: lang})

  // Ladders in the career graph's order (longest first, then climbing ladders before ways out), the order the
  // widget draws them in, so the main ladder leads on every page that lists tracks.
  const ladderOrder = (await client.graph()).tracks().map((t) => t.slug)
  const rank = (slug: string) => (ladderOrder.includes(slug) ? ladderOrder.indexOf(slug) : ladderOrder.length)
  tracks.sort((a, b) => rank(a.slug) - rank(b.slug))

  const sources = new Map<string, SourceCard>()
  for (const doc of [...tracks, ...roles, ...skills, ...certifications, ...degrees, ...resources, ...learningPaths, ...faqs, ...guides]) {
    for (const s of doc.sources) if (!sources.has(s._id)) sources.set(s._id, s)
  }

  const inbound = new Map<string, InboundMove[]>()
  for (const role of roles) {
    for (const t of role.transitions) {
      const list = inbound.get(t.to.slug) ?? []
      list.push({
        from: {_id: role._id, _type: role._type, title: role.title, slug: role.slug, rung: role.rung, seniority: role.seniority},
        kind: t.kind,
        typicalYears: t.typicalYears,
        typicalYearsBasis: t.typicalYearsBasis,
      })
      inbound.set(t.to.slug, list)
    }
  }

  let snapshot: Promise<Snapshot> | undefined
  const plans = new Map<string, CareerPlan | null>()
  for (const role of roles) {
    const track = tracks.find((t) => t.slug === role.track.slug)
    // A family has no top: its roles are side by side, so a plan "to the top" applies to ladders only.
    const top = track && track.kind !== 'family' ? track.roles[track.roles.length - 1] : undefined
    if (!top || top.slug === role.slug) {
      plans.set(role.slug, null)
      continue
    }
    // Only "no route" means no plan; anything else (bad content, transport) must fail the build, not vanish from the page.
    plans.set(
      role.slug,
      await client.plan(role.slug, top.slug, {language: lang}).catch((error: unknown) => {
        if (isNoRouteError(error)) return null
        throw error
      }),
    )
  }

  // Cards of a document carry no fallbacks of their own: its own result says whether its title is still English.
  const englishTitles = new Set(
    lang === DEFAULT_LANG ? [] : [...tracks, ...roles, ...skills, ...certifications, ...degrees, ...organisations, ...learningPaths].filter((d) => (d.fallbacks as readonly string[]).includes('title')).map((d) => d._id),
  )

  return {
    lang,
    englishTitle: (id) => (englishTitles.has(id) ? 'en' : undefined),
    source: seed ? null : source,
    tracks,
    roles,
    skills,
    certifications,
    degrees,
    organisations,
    resources,
    learningPaths,
    faqs,
    guides,
    sources: [...sources.values()].sort((a, b) => a.title.localeCompare(b.title)),
    inbound,
    plans,
    client,
    snapshot: () => (snapshot ??= client.snapshot()),
  }
}

const cached = new Map<Lang, Promise<Curriculum>>()

/** The whole curriculum in `lang`; loaded on first call and shared by every page of the build in that language. */
export function loadCurriculum(lang: Lang = DEFAULT_LANG): Promise<Curriculum> {
  let c = cached.get(lang)
  if (!c) cached.set(lang, (c = load(lang)))
  return c
}
