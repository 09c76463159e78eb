/**
 * The lead/supervisor order and the top of the IT support ladder.
 *
 * The three seeds that name the rung describe it differently: the lead seed
 * reaches "Technical Support Lead" *through* a "Technical Support Supervisor or
 * Manager" post, the growth seed has one "Team Lead/Supervisor" rung between
 * senior technician and manager, and the management seed a "senior support
 * specialist or IT support supervisor" step before IT support manager. The one
 * reading that fits all three: lead and supervisor are two names for the same
 * job, the first rung of people leadership, below IT support manager. (The lead
 * seed uses "lead" for that leadership level as a whole.) v1 had two roles, the
 * lead below the supervisor, which contradicted the lead seed and the growth
 * seed. So the supervisor folds into the lead: one role, seniority 4 (Lead),
 * with the supervisor titles as aliases, every move and reference to the
 * supervisor pointing at the lead, and the ladder above renumbered.
 *
 * CIO and CTO stay one role, with the reason in its summary: the growth seed
 * ends the ladder with "CIO or CTO" and gives both one description and one way
 * in (from director of IT support), so two profiles would differ only by our
 * guesses.
 */
import {isRole, isTrack, type CurriculumDocument, type Reference, type RoleDocument, type RoleSkill, type Transition} from '../types.ts'
import {changeDocuments, CurriculumEditError, en, englishOf, lines, ref, type Edit} from './edit.ts'

const NAME = 'roles'

export const leadId = 'role-technical-support-lead'
export const supervisorId = 'role-it-support-supervisor'

/** The IT support ladder after the merge, lowest rung first. */
export const itSupportLadder: readonly string[] = [
  'role-help-desk-technician',
  'role-senior-technician',
  leadId,
  'role-it-support-manager',
  'role-director-of-it-support',
  'role-chief-information-officer',
]

/** Which seed says what about the rung: shown on the role, so readers see the disagreement and our reading. */
export const leadNote =
  'Seeds differ on this rung. The lead seed reaches the lead role through a supervisor or manager post; the growth seed has one "team lead/supervisor" step below manager; the management seed puts IT support supervisor before IT support manager. We read lead and supervisor as one job, the first rung of people leadership, below IT support manager.'

const leadText = {
  summary: `Runs a support team day to day: rotas, training, service standards and the hardest escalations, while still hands-on. It is a step up from senior technician because the lead answers for the team's work, not only their own. ${leadNote}`,
  responsibilities: [
    'Organise schedules, shifts and the day-to-day running of the support team',
    'Train staff and give technical guidance on difficult cases',
    'Resolve escalated technical issues',
    'Make sure customer service standards are met, and track service levels',
    'Manage the team\'s workload and performance, and handle reporting and other administration',
    'Report to management and contribute to plans for improving support',
    'Take decisions that shape how effective support is, and keep up with technology that will affect the team',
  ],
  education:
    'Many leads hold a computer-science degree or one close to it, and employers in technology often expect a bachelor\'s for supervisory posts; a concentration in cybersecurity, network administration or information systems is an advantage. Experience and steady learning count as much as the degree.',
}

const cioSummary =
  'The executive who owns the organisation\'s overall technology strategy and makes sure technology serves its goals. The growth seed ends the ladder with "CIO or CTO" and gives both titles one description and one way in, from director of IT support, so this one profile covers both; where the two jobs usually differ (the CIO runs the organisation\'s own IT, a CTO the technology it sells) is our note, not the seed\'s.'

const itSupportTrackSummary =
  'The classic IT support ladder: help desk technician, senior technician, technical support lead (also called supervisor), IT support manager, director of IT support, and at the top a CIO or CTO post. Side routes lead into systems, networks, specialisms and support engineering.'

const byRef = <T extends {_ref: string}>(items: readonly T[]) => {
  const seen = new Set<string>()
  return items.filter((i) => !seen.has(i._ref) && (seen.add(i._ref), true))
}

function mergeSkills(a: readonly RoleSkill[], b: readonly RoleSkill[]): RoleSkill[] {
  const out = a.map((s) => ({...s}))
  for (const s of b) {
    const same = out.find((x) => x.skill._ref === s.skill._ref)
    if (!same) out.push({...s})
    else if (s.proficiency > same.proficiency) same.proficiency = s.proficiency
  }
  return out
}

/** Conditions of two moves to the same role, without repeating a line. */
function mergeConditions(a: Transition, b: Transition): Transition {
  const seen = new Set((a.conditions ?? []).map((c) => englishOf(c.text)))
  const extra = (b.conditions ?? []).filter((c) => !seen.has(englishOf(c.text)))
  const texts = [...(a.conditions ?? []), ...extra].map((c) => englishOf(c.text)!)
  return {...a, ...(texts.length ? {conditions: lines(texts)} : {}), ...(a.advice ?? b.advice ? {advice: a.advice ?? b.advice} : {})}
}

/**
 * A role's moves with the move to the supervisor pointed at the lead: merged into
 * the role's move to the lead when it has one (keeping that move's place and key),
 * otherwise re-aimed in place and keyed for its new target.
 */
function retarget(transitions: readonly Transition[], self: string): Transition[] {
  const toSupervisor = transitions.find((t) => t.to._ref === supervisorId)
  if (!toSupervisor) return [...transitions]
  if (self === leadId) return transitions.filter((t) => t !== toSupervisor) // the lead's move to the supervisor was a move to itself
  const toLead = transitions.find((t) => t.to._ref === leadId)
  return transitions.flatMap((t) => {
    if (t === toSupervisor) return toLead ? [] : [{...t, _key: `${t.kind}-technical-support-lead`, to: ref(leadId)}]
    return t === toLead ? [mergeConditions(t, toSupervisor)] : [t]
  })
}

/** Any reference list (FAQ and guide roles…) with the supervisor replaced by the lead, once. */
const retargetRefs = (refs: readonly Reference[]) =>
  byRef(refs.map((r) => (r._ref === supervisorId ? {...r, _ref: leadId, ...(r._key ? {_key: 'technical-support-lead'} : {})} : r)))

export const rolesEdit: Edit = {
  name: 'lead and supervisor are one rung; CIO and CTO one role, with the reason shown',
  apply(documents) {
    const lead = documents.find((d) => d._id === leadId)
    const supervisor = documents.find((d) => d._id === supervisorId)
    if (!lead || !isRole(lead) || !supervisor || !isRole(supervisor)) throw new CurriculumEditError(NAME, `${leadId} and ${supervisorId} must both be in the dataset`)
    const supervisorTitle = englishOf(supervisor.title)!
    const merged: RoleDocument = {
      ...lead,
      aliases: [...new Set([...((lead.aliases as string[] | undefined) ?? []), supervisorTitle, ...((supervisor.aliases as string[] | undefined) ?? [])])],
      seniority: 4,
      summary: en(leadText.summary, 'text'),
      responsibilities: lines(leadText.responsibilities),
      education: en(leadText.education, 'text'),
      skills: mergeSkills(lead.skills ?? [], supervisor.skills ?? []),
      credentials: byRef([...(lead.credentials ?? []), ...(supervisor.credentials ?? [])]),
      resources: byRef([...((lead.resources as Reference[] | undefined) ?? []), ...((supervisor.resources as Reference[] | undefined) ?? [])]),
      experience: {_type: 'experienceRange', min: Math.min(lead.experience?.min ?? 3, supervisor.experience?.min ?? 3), max: Math.max(lead.experience?.max ?? 10, supervisor.experience?.max ?? 10)},
      transitions: (() => {
        const own = retarget(lead.transitions ?? [], leadId)
        for (const t of supervisor.transitions ?? []) {
          const same = own.findIndex((x) => x.to._ref === t.to._ref)
          if (same >= 0) own[same] = mergeConditions(own[same]!, t)
          else own.push(t)
        }
        return own
      })(),
      sources: byRef([...(lead.sources ?? []), ...(supervisor.sources ?? [])]),
    }
    const rungs = new Map(itSupportLadder.map((id, i) => [id, i + 1]))
    const out = documents
      .filter((d) => d._id !== supervisorId)
      .map((d): CurriculumDocument => {
        if (d._id === leadId) return {...merged, rung: rungs.get(leadId)}
        let next: CurriculumDocument = d
        if (isRole(d)) {
          next = {...d, ...(d.transitions ? {transitions: retarget(d.transitions, d._id)} : {})}
          if (rungs.has(d._id)) next = {...next, rung: rungs.get(d._id)}
        }
        if (Array.isArray(d.roles)) next = {...next, roles: retargetRefs(d.roles as Reference[])}
        return next
      })
    const left = JSON.stringify(out).includes(`"${supervisorId}"`)
    if (left) throw new CurriculumEditError(NAME, `a reference to ${supervisorId} is left after the merge`)
    return changeDocuments(NAME, out, {
      'role-chief-information-officer': (d) => ({...d, summary: en(cioSummary, 'text')}),
      'track-it-support': (d) => (isTrack(d) ? {...d, summary: en(itSupportTrackSummary, 'text')} : d),
    })
  },
}
