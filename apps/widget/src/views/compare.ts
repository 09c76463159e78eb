import {button, h, uid, type Child} from '../dom'
import {estimateNote, experienceText} from '../estimates'
import type {CompareInfo, RoleInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {count, heading, proficiencyText, roleSelect, seniority} from './parts'

/** Two roles side by side: what changes comes first, highlighted; what stays the same is folded away. */
export function renderCompare(ctx: ViewContext): RenderedView {
  const title = heading('Compare two roles')
  const result = h('div.result', {part: 'compare-result'})
  let a = ctx.ui.a
  let b = ctx.ui.b
  const update = (announce: boolean) => {
    if (announce) ctx.compare(a ?? '', b ?? '')
    let c: CompareInfo | Error | null = null
    try {
      if (a && b) c = ctx.data.compare(a, b)
    } catch (error) {
      c = error as Error
    }
    result.replaceChildren(h('div', c instanceof Error ? h('p.notice', {role: 'note'}, c.message) : c ? diff(c) : h('p.sub', 'Choose two roles to compare them.')))
  }
  const sa = roleSelect('First role', ctx.data, a, (v) => ((a = v), update(true)))
  const sb = roleSelect('Second role', ctx.data, b, (v) => ((b = v), update(true)))
  update(false)
  const el = h('div.view', {part: 'view view-compare'}, title, h('div.row.picker', {role: 'group', 'aria-label': 'Roles to compare'}, sa, sb), result)
  return {el, heading: title, announce: 'Showing the role comparison.'}
}

/** "Rung 2" on a ladder; "No rungs (family)" for a role in a family. */
const rung = (r: RoleInfo) => (r.rung != null ? `Rung ${r.rung}` : r.trackKind === 'family' ? 'No rungs (family)' : '—')
const list = (xs: string[]) => xs.join(', ') || '—'

function diff(c: CompareInfo): Child[] {
  const {a, b} = c
  const [mark, note] = estimateNote(
    [a, b].flatMap((r) => (r.experience ? [r.experience.basis] : [])),
    'Experience ranges',
  )
  const changed: HTMLElement[] = []
  const same: HTMLElement[] = []
  /** A row; with a change it is highlighted (and a badge says how), without one it is folded away. */
  const row = (name: string, x: string, y: string, change: string | boolean = x !== y, kind = 'up') =>
    (change ? changed : same).push(h('tr', {class: change ? `ch ${kind}` : null, role: 'row'}, h('th', {scope: 'row', role: 'rowheader'}, name), h('td', {role: 'cell'}, x), h('td', {role: 'cell'}, y, typeof change === 'string' && [' ', h(`span.badge.${kind}`, change)])))
  const exp = (r: RoleInfo) => (r.experience ? mark(r.experience.basis) + experienceText(r.experience, '') : '—')
  const steps = (b.seniority ?? 0) - (a.seniority ?? 0)
  row('Track', a.trackTitle, b.trackTitle)
  row('Rung', rung(a), rung(b))
  row('Seniority', seniority(a) || '—', seniority(b) || '—', steps ? `${steps > 0 ? '+' : '−'}${count(Math.abs(steps), 'step')}` : false, steps < 0 ? 'down' : 'up')
  row('Typical experience', exp(a), exp(b))
  for (const s of c.skills) row(s.title, proficiencyText(s.a), proficiencyText(s.b), s.a === s.b ? false : !s.a ? 'New' : !s.b ? 'Not needed' : s.b > s.a ? `+${s.b - s.a}` : `−${s.a - s.b}`, s.b < s.a ? 'down' : 'up')
  for (const [what, g] of [
    ['Certifications', c.certifications],
    ['Degrees', c.degrees],
  ] as const) {
    // Both lists, so a visitor sees what stays; the badge says what the second role adds.
    if (g.added.length + g.removed.length + g.shared.length) row(what, list([...g.removed, ...g.shared]), list([...g.shared, ...g.added]), g.added.length ? `+${g.added.length} new` : g.removed.length > 0)
  }
  const id = uid('same')
  const rest = h('tbody', {id, hidden: true, role: 'rowgroup'}, same)
  const label = (open: boolean) => (open ? 'Hide unchanged rows' : `Show ${count(same.length, 'unchanged row')}`)
  const toggle = button(label(false), () => {
    rest.hidden = !rest.hidden
    toggle.setAttribute('aria-expanded', String(!rest.hidden))
    toggle.textContent = label(!rest.hidden)
  }, 'show-all', 'btn quiet', {'aria-expanded': 'false', 'aria-controls': id})
  const caption = `${a.title} compared with ${b.title}`
  return [
    h(
      'div',
      {part: 'compare-table'},
      // Explicit roles keep the table a table for assistive technology when narrow layouts restack its rows.
      h('table', {role: 'table'}, h('caption', caption), h('thead', {role: 'rowgroup'}, h('tr', {role: 'row'}, ['Aspect', a.title, b.title].map((t) => h('th', {scope: 'col', role: 'columnheader'}, t)))), h('tbody', {role: 'rowgroup'}, changed), same.length > 0 && h('tbody', {role: 'rowgroup'}, h('tr.fold', {role: 'row'}, h('td', {colspan: 3, role: 'cell'}, toggle))), rest),
    ),
    note && h('p.note', note),
  ]
}
