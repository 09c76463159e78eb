import type {CareerPathClient} from '../client/createClient'
import type {Basis, CareerPlan, RoleRef} from '../graph'
import {seniorityLabel} from '../vocabulary'
import {loadDocuments} from '../local/files'
import {chooseSource, clientFor, describeSource, UsageError, writeJson, type CommandContext} from './context'

const years = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} year${n === 1 ? '' : 's'}`
const moveNames = {promotion: 'Promotion', lateral: 'Lateral move', specialisation: 'Specialisation'} as const
/** "IT support manager (Senior)": the seniority says what a move means on the shared scale. */
const named = (role: RoleRef) => (role.seniority === null ? role.title : `${role.title} (${seniorityLabel(role.seniority)})`)
/** An estimate is shown as one, a sourced figure names its article. */
const basisNote = (basis: Basis | null) => (!basis ? '' : basis.kind === 'estimate' ? ' · estimate' : basis.kind === 'source' && basis.source ? ` · ${basis.source.title}` : '')

export function renderPlan(plan: CareerPlan): string {
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

/** The source's role slugs by ladder: a newcomer does not know them yet, so a missing --from/--to lists them. */
async function roleMenu(client: CareerPathClient): Promise<string> {
  const roles = await client.listRoles()
  const width = Math.max(...roles.map((r) => r.slug.length))
  const byTrack = new Map<string, typeof roles>() // Map.groupBy needs Node 21; the CLI supports 20
  for (const role of roles) byTrack.set(role.track.title, [...(byTrack.get(role.track.title) ?? []), role])
  return [...byTrack].map(([track, list]) => `  ${track}:\n${list.map((r) => `    ${r.slug.padEnd(width)}  ${r.title}`).join('\n')}`).join('\n')
}

export async function planCommand(ctx: CommandContext): Promise<number> {
  const {from, to} = ctx.flags
  const source = chooseSource(ctx)
  ctx.progress.update(`Reading ${describeSource(source)}…`)
  const documents = source.kind === 'file' ? (await loadDocuments(source.file)).documents : undefined
  const client = clientFor(ctx, source, documents, 'lenient')
  if (!from || !to) {
    const menu = await roleMenu(client).catch(() => null)
    ctx.progress.stop()
    const missing = 'plan needs --from <role> and --to <role>, each a role slug'
    throw new UsageError(menu ? `${missing}. The roles:\n${menu}` : `${missing}, e.g. help-desk-technician`)
  }
  ctx.progress.update('Planning…')
  const plan = await client.plan(from, to).finally(() => ctx.progress.stop())
  if (ctx.flags.json) writeJson(ctx, plan)
  else ctx.stdout.write(renderPlan(plan))
  return 0
}
