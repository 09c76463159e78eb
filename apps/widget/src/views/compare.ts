import type {Child} from '../dom'
import type {Locale} from '../i18n/locale'
import type {CompareInfo, RoleInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {proficiencyText, roleSelect, unknownRole} from './blocks'
import type {Kit} from './kit'

// This view is a chunk: its helpers come from the entry (see kit.ts).
let {button, h, uid, estimateNote, experienceText, heading, seniority} = {} as Kit
export const init = (kit: Kit) => void ({button, h, uid, estimateNote, experienceText, heading, seniority} = kit)

/** This view's styles, adopted when its chunk arrives. */
export const css = /* css */ `
table{border-collapse:collapse;width:100%;table-layout:fixed}
caption{text-align:start;font-weight:600;margin-bottom:.5rem}
th,td{text-align:start;vertical-align:top;padding:.5rem;border-bottom:1px solid var(--ln)}
.ch th{box-shadow:inset 3px 0 var(--ac)}
[dir=rtl] .ch th{box-shadow:inset -3px 0 var(--ac)}
@container cp (max-width:36rem){
table,tbody,thead,caption{display:block}
tr{display:grid;grid-template-columns:1fr 1fr;column-gap:.5rem;border-bottom:1px solid var(--ln)}
th,td{border:0;padding:.25rem 0}
tbody th,.fold td{grid-column:1/-1}
thead th:first-child{display:none}
}
`

/** Two roles side by side: what changes comes first, highlighted; what stays the same is folded away. */
export function renderCompare(ctx: ViewContext): RenderedView {
  const {l} = ctx
  const title = heading(l.t('compareTitle'))
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
    result.replaceChildren(h('div', c instanceof Error ? h('p.notice', {role: 'note'}, unknownRole(l, c)) : c ? diff(l, c) : h('p.sub', l.t('chooseTwo'))))
  }
  const sa = roleSelect(l, l.t('firstRole'), ctx.data, a, (v) => ((a = v), update(true)))
  const sb = roleSelect(l, l.t('secondRole'), ctx.data, b, (v) => ((b = v), update(true)))
  update(false)
  const el = h('div.view', {part: 'view view-compare'}, title, h('div.row.picker', {role: 'group', 'aria-label': l.t('rolesToCompare')}, sa, sb), result)
  return {el, heading: title, announce: l.t('showingCompare')}
}

/** "Rung 2" on a ladder; "No rungs (family)" for a role in a family. */
const rung = (l: Locale, r: RoleInfo) => (r.rung != null ? l.t('rung', {n: r.rung}) : r.trackKind === 'family' ? l.t('familyNoRungs') : '—')

function diff(l: Locale, c: CompareInfo): Child[] {
  const {a, b} = c
  const list = (xs: string[]) => (xs.length ? l.list(xs, false) : '—')
  const [mark, note] = estimateNote(
    l,
    [a, b].flatMap((r) => (r.experience ? [r.experience.basis] : [])),
    'experienceEstimated',
  )
  const changed: HTMLElement[] = []
  const same: HTMLElement[] = []
  /** A row; with a change it is highlighted (and a badge says how), without one it is folded away. */
  const row = (name: string, x: string, y: string, change: string | boolean = x !== y, kind = 'up') =>
    (change ? changed : same).push(h('tr', {class: change ? `ch ${kind}` : null, role: 'row'}, h('th', {scope: 'row', role: 'rowheader'}, name), h('td', {role: 'cell'}, x), h('td', {role: 'cell'}, y, typeof change === 'string' && [' ', h(`span.badge.${kind}`, change)])))
  const exp = (r: RoleInfo) => (r.experience ? mark(r.experience.basis) + experienceText(l, r.experience, true) : '—')
  const steps = (b.seniority ?? 0) - (a.seniority ?? 0)
  row(l.t('track'), a.trackTitle, b.trackTitle)
  row(l.t('rungRow'), rung(l, a), rung(l, b))
  row(l.t('seniority'), seniority(l, a) || '—', seniority(l, b) || '—', steps ? l.t('steps', {count: Math.abs(steps), sign: steps > 0 ? '+' : '−'}) : false, steps < 0 ? 'down' : 'up')
  row(l.t('typicalExperience'), exp(a), exp(b))
  for (const s of c.skills) row(s.title, proficiencyText(l, s.a), proficiencyText(l, s.b), s.a === s.b ? false : !s.a ? l.t('isNew') : !s.b ? l.t('notNeeded') : s.b > s.a ? `+${l.num(s.b - s.a)}` : `−${l.num(s.a - s.b)}`, s.b < s.a ? 'down' : 'up')
  for (const [what, g] of [
    [l.t('certifications'), c.certifications],
    [l.t('degrees'), c.degrees],
  ] as const) {
    // Both lists, so a visitor sees what stays; the badge says what the second role adds.
    if (g.added.length + g.removed.length + g.shared.length) row(what, list([...g.removed, ...g.shared]), list([...g.shared, ...g.added]), g.added.length ? l.t('plusNew', {count: g.added.length}) : g.removed.length > 0)
  }
  const id = uid('same')
  const rest = h('tbody', {id, hidden: true, role: 'rowgroup'}, same)
  const label = (open: boolean) => (open ? l.t('hideUnchanged') : l.t('showUnchanged', {count: same.length}))
  const toggle = button(label(false), () => {
    rest.hidden = !rest.hidden
    toggle.setAttribute('aria-expanded', String(!rest.hidden))
    toggle.textContent = label(!rest.hidden)
  }, 'show-all', 'btn quiet', {'aria-expanded': 'false', 'aria-controls': id})
  const caption = l.t('comparedWith', {a: a.title, b: b.title})
  return [
    h(
      'div',
      {part: 'compare-table'},
      // Explicit roles keep the table a table for assistive technology when narrow layouts restack its rows.
      h('table', {role: 'table'}, h('caption', caption), h('thead', {role: 'rowgroup'}, h('tr', {role: 'row'}, [l.t('aspect'), a.title, b.title].map((t) => h('th', {scope: 'col', role: 'columnheader'}, t)))), h('tbody', {role: 'rowgroup'}, changed), same.length > 0 && h('tbody', {role: 'rowgroup'}, h('tr.fold', {role: 'row'}, h('td', {colspan: 3, role: 'cell'}, toggle))), rest),
    ),
    note && h('p.note', note),
  ]
}
