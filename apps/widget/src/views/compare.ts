import {h} from '../dom'
import type {CompareInfo, RoleInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {experienceText} from '../estimates'
import {heading, proficiencyText, roleSelect, seniority} from './parts'

/** Two roles side by side in a table: track and rung, seniority, experience, skills, certifications, degrees. */
export function renderCompare(ctx: ViewContext): RenderedView {
  const title = heading('Compare two roles')
  const result = h('div', {class: 'result', part: 'compare-result'})
  let a = ctx.ui.a
  let b = ctx.ui.b
  const update = (announce: boolean) => {
    if (announce) ctx.compare(a ?? '', b ?? '')
    result.replaceChildren(table(a && b ? safeCompare(ctx, a, b) : null))
  }
  const sa = roleSelect('First role', ctx.data, a, (v) => ((a = v), update(true)))
  const sb = roleSelect('Second role', ctx.data, b, (v) => ((b = v), update(true)))
  update(false)
  const el = h(
    'section',
    {class: 'view', part: 'view view-compare', 'aria-labelledby': title.id},
    title,
    h('p', {class: 'lede'}, 'See what changes between two roles: seniority, experience, skills and credentials.'),
    h('div', {class: 'picker', role: 'group', 'aria-label': 'Roles to compare'}, sa.label, sb.label),
    result,
  )
  return {el, heading: title, announce: 'Showing the role comparison.'}
}

function safeCompare(ctx: ViewContext, a: string, b: string): CompareInfo | Error {
  try {
    return ctx.data.compare(a, b)
  } catch (error) {
    return error as Error
  }
}

const exp = (r: RoleInfo) => experienceText(r.experience, '') || '—'
/** "Rung 2" on a ladder; "No rungs (family)" for a role in a family. */
const rung = (r: RoleInfo) => (r.rung != null ? `Rung ${r.rung}` : r.trackKind === 'family' ? 'No rungs (family)' : '—')

function table(c: CompareInfo | Error | null): Node {
  if (!c) return h('p', {class: 'muted'}, 'Choose two roles to compare them.')
  if (c instanceof Error) return h('p', {class: 'notice', role: 'note'}, c.message)
  const row = (name: string, x: string, y: string) => h('tr', null, h('th', {scope: 'row'}, name), h('td', null, x), h('td', null, y))
  const certs = (r: RoleInfo) => r.certifications.map((x) => (x.status === 'retired' ? `${x.title} (retired)` : x.title)).join(', ') || '—'
  const degrees = (r: RoleInfo) => r.degrees.map((x) => x.title).join(', ') || '—'
  return h(
    'div',
    {class: 'table-wrap', part: 'compare-table', tabindex: 0, role: 'region', 'aria-label': `${c.a.title} compared with ${c.b.title}`},
    h(
      'table',
      null,
      h('caption', null, `${c.a.title} compared with ${c.b.title}`),
      h('thead', null, h('tr', null, h('th', {scope: 'col'}, 'Aspect'), h('th', {scope: 'col'}, c.a.title), h('th', {scope: 'col'}, c.b.title))),
      h(
        'tbody',
        null,
        row('Track', c.a.trackTitle, c.b.trackTitle),
        row('Rung', rung(c.a), rung(c.b)),
        row('Seniority', seniority(c.a) || '—', seniority(c.b) || '—'),
        row('Typical experience', exp(c.a), exp(c.b)),
        c.skills.map((s) => row(s.title, proficiencyText(s.a), proficiencyText(s.b))),
        row('Certifications', certs(c.a), certs(c.b)),
        row('Degrees', degrees(c.a), degrees(c.b)),
      ),
    ),
  )
}
