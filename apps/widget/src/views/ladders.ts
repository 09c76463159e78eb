import {h, uid} from '../dom'
import {aboutYears} from '../estimates'
import type {RoleInfo, TrackInfo} from '../types'
import type {ViewContext, RenderedView} from './context'
import {heading, label, moveKind, roleTag, seniority} from './parts'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Every ladder side by side, roles by rung with their next moves; families below, each as a group of roles. */
export function renderLadders(ctx: ViewContext): RenderedView {
  const tracks = ctx.ui.track ? ctx.data.tracks.filter((t) => t.slug === ctx.ui.track) : ctx.data.tracks
  const shown = tracks.length ? tracks : ctx.data.tracks
  const title = heading(shown.length === 1 ? shown[0]!.title : 'Career ladders')
  const families = shown.filter((t) => t.family).length
  const el = h(
    'section',
    {class: 'view', part: 'view view-ladders', 'aria-labelledby': title.id},
    title,
    h('p', {class: 'lede'}, 'Pick a role to see what it involves, the skills and certifications it needs, and where people go next.'),
    h('div', {class: 'ladders', part: 'ladders'}, shown.map((t) => (t.family ? family(ctx, t) : ladder(ctx, t)))),
  )
  const what = [count(shown.length - families, 'ladder', 'ladders'), families > 0 && count(families, 'family of roles', 'families of roles')].filter(Boolean).join(' and ')
  return {el, heading: title, announce: `Showing ${title.textContent}: ${what}.`}
}

function roleButton(ctx: ViewContext, r: RoleInfo, tag: string): HTMLElement {
  return h(
    'button',
    {type: 'button', class: 'role-btn', part: 'role-button', 'data-role': r.slug, onclick: () => ctx.openRole(r.slug)},
    tag && h('span', {class: 'lvl'}, tag),
    h('span', {class: 'role-title'}, r.title),
  )
}

function moves(r: RoleInfo): HTMLElement | false {
  return (
    r.transitions.length > 0 &&
    h(
      'ul',
      {class: 'moves', 'aria-label': `Next moves from ${r.title}`},
      r.transitions.map((m) => h('li', null, `${moveKind(m.kind)} to ${m.to.title}${m.to.track !== r.track ? ' (other track)' : ''}, ${aboutYears(m.typicalYears, m.typicalYearsBasis)}`)),
    )
  )
}

/** A ladder: rungs from the entry role up, joined by a line. */
function ladder(ctx: ViewContext, t: TrackInfo): HTMLElement {
  const id = uid('t')
  return h(
    'section',
    {class: 'ladder', part: 'ladder', 'aria-labelledby': id},
    h('h3', {id}, t.title),
    h('p', {class: 'kind muted'}, label(t.kind, 'trackKind')),
    h('ol', {class: 'rungs', 'aria-label': `Roles on ${t.title}, entry rung first`}, t.roles.map((r) => h('li', {class: 'rung'}, roleButton(ctx, r, roleTag(r)), moves(r)))),
  )
}

/** A family: roles side by side with no rungs (they are not steps of one another), least senior first. */
function family(ctx: ViewContext, t: TrackInfo): HTMLElement {
  const id = uid('t')
  return h(
    'section',
    {class: 'family', part: 'family', 'aria-labelledby': id},
    h('h3', {id}, t.title),
    h('p', {class: 'kind muted'}, `${label(t.kind, 'trackKind')} · ${count(t.roles.length, 'role', 'roles')}, no rungs`),
    t.summary && h('p', {class: 'sub fam-summary'}, t.summary),
    h('ul', {class: 'group', 'aria-label': `Roles in ${t.title}`}, t.roles.map((r) => h('li', {class: 'member'}, roleButton(ctx, r, seniority(r)), moves(r)))),
  )
}
