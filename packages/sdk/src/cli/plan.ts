import {createCareerGraph, type Basis, type CareerGraph, type CareerPlan, type RoleRef} from '../graph'
import {loadDocuments} from '../local/files'
import type {LanguageId} from '../languages'
import {seniorityLabel} from '../vocabulary'
import {chooseSource, clientFor, describeSource, UsageError, writeJson, type CommandContext, type SourceChoice} from './context'

const years = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} year${n === 1 ? '' : 's'}`
const moveNames = {promotion: 'Promotion', lateral: 'Lateral move', specialisation: 'Specialisation'} as const
/** "IT support manager (Senior)": the seniority says what a move means on the shared scale (its label in the content's language). */
const namedIn = (language: LanguageId | undefined) => (role: RoleRef) =>
  role.seniority === null ? role.title : `${role.title} (${seniorityLabel(role.seniority, language)})`
/** An estimate is shown as one, a sourced figure names its article. */
const basisNote = (basis: Basis | null) => (!basis ? '' : basis.kind === 'estimate' ? ' · estimate' : basis.kind === 'source' && basis.source ? ` · ${basis.source.title}` : '')

/** The plan as text: the content (titles, conditions, advice, seniority labels) in `language`; the CLI's own words are English. */
export function renderPlan(plan: CareerPlan, language?: LanguageId): string {
  const named = namedIn(language)
  const lines = [
    `${named(plan.from)} → ${named(plan.to)}: ${plan.totals.steps} move${plan.totals.steps === 1 ? '' : 's'}, about ${years(plan.totals.years)}`,
  ]
  if (plan.note) lines.push(plan.note)
  for (const m of plan.milestones) {
    lines.push(
      '',
      `${m.order}. ${moveNames[m.kind]} to ${named(m.to)}  (year ${m.timeline.startYear}–${m.timeline.endYear}, after ~${years(m.timeline.durationYears)} as ${m.from.title}${basisNote(m.typicalYearsBasis)})`,
    )
    if (m.conditions.length) lines.push(`   Usually first: ${m.conditions.join('; ')}`)
    if (m.advice) lines.push(`   Advice: ${m.advice}`)
    if (m.skills.length) lines.push(`   Grow: ${m.skills.map((s) => `${s.skill.title} ${s.current}→${s.target}`).join(', ')}`)
    if (m.certifications.length) lines.push(`   Earn: ${m.certifications.map((c) => c.certification.title + (c.replaces ? ` (replaces ${c.replaces.title})` : '')).join(', ')}`)
    if (m.resources.length) {
      const shown = m.resources.slice(0, 5).map((r) => r.resource.title)
      const more = m.resources.length - shown.length
      lines.push(`   Learn with: ${shown.join(', ')}${more > 0 ? ` and ${more} more (--json lists all)` : ''}`)
    }
  }
  lines.push('', `Totals: ${plan.totals.skills} skills to grow, ${plan.totals.certifications} certifications, ${plan.totals.resources} resources.`)
  return `${lines.join('\n')}\n`
}

/** The role slugs by track, ladders by rung: a newcomer does not know them yet, so a missing --from/--to lists them. */
function roleMenu(graph: CareerGraph): string {
  const tracks = graph.tracks().filter((track) => track.roles.length > 0)
  const width = Math.max(...tracks.flatMap((track) => track.roles.map((r) => r.slug.length)))
  return tracks.map((track) => `  ${track.title}:\n${track.roles.map((r) => `    ${r.slug.padEnd(width)}  ${r.title}`).join('\n')}`).join('\n')
}

/**
 * The career graph of the chosen source. A plan reads only what the graph
 * reads and follows the graph's policy (skip what it cannot use), so no full
 * validation runs: the embedded seed and files go straight into the graph, and
 * only a Sanity project needs the client (and its code).
 */
async function graphOf(ctx: CommandContext, source: SourceChoice): Promise<CareerGraph> {
  if (source.kind === 'sanity') return (await clientFor(ctx, source, undefined, 'off')).graph()
  const documents = source.kind === 'file' ? (await loadDocuments(source.file, {mode: 'lenient'})).documents : (await import('../embedded')).embeddedDocuments
  return createCareerGraph(documents, {language: ctx.flags.language})
}

export async function planCommand(ctx: CommandContext): Promise<number> {
  const {from, to} = ctx.flags
  const source = chooseSource(ctx)
  ctx.progress.update(`Reading ${describeSource(source)}…`)
  const graph = await graphOf(ctx, source).catch((error: unknown) => {
    if (from && to) throw error
    return null
  })
  if (!from || !to) {
    ctx.progress.stop()
    const missing = 'plan needs --from <role> and --to <role>, each a role slug'
    throw new UsageError(graph ? `${missing}. The roles:\n${roleMenu(graph)}` : `${missing}, e.g. help-desk-technician`)
  }
  ctx.progress.update('Planning…')
  let plan: CareerPlan
  try {
    plan = graph!.plan(from, to)
  } finally {
    ctx.progress.stop()
  }
  if (ctx.flags.json) writeJson(ctx, plan)
  else ctx.stdout.write(renderPlan(plan, ctx.flags.language))
  return 0
}
