import type {CareerPlan} from '../graph'
import {loadDocuments} from '../local/files'
import {chooseSource, clientFor, describeSource, UsageError, writeJson, type CommandContext} from './context'

const years = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} year${n === 1 ? '' : 's'}`
const moveNames = {promotion: 'Promotion', lateral: 'Lateral move', specialisation: 'Specialisation'} as const

export function renderPlan(plan: CareerPlan): string {
  const lines = [
    `${plan.from.title} → ${plan.to.title}: ${plan.totals.steps} move${plan.totals.steps === 1 ? '' : 's'}, about ${years(plan.totals.years)}`,
  ]
  if (plan.note) lines.push(plan.note)
  for (const m of plan.milestones) {
    lines.push('', `${m.order}. ${moveNames[m.kind]} to ${m.to.title}  (year ${m.timeline.startYear}–${m.timeline.endYear}, after ~${years(m.timeline.durationYears)} as ${m.from.title})`)
    if (m.conditions.length) lines.push(`   Usually first: ${m.conditions.join('; ')}`)
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

export async function planCommand(ctx: CommandContext): Promise<number> {
  const {from, to} = ctx.flags
  if (!from || !to) throw new UsageError('plan needs --from <role> and --to <role> (role slugs, e.g. help-desk-technician)')
  const source = chooseSource(ctx)
  ctx.progress.update(`Reading ${describeSource(source)}…`)
  const documents = source.kind === 'file' ? (await loadDocuments(source.file)).documents : undefined
  const client = clientFor(ctx, source, documents, 'lenient')
  ctx.progress.update('Planning…')
  const plan = await client.plan(from, to).finally(() => ctx.progress.stop())
  if (ctx.flags.json) writeJson(ctx, plan)
  else ctx.stdout.write(renderPlan(plan))
  return 0
}
