import {h} from '../dom'
import {isNotFoundError} from '../sdk'
import type {RoleInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {block, certItem, heading, label, proficiency, resourceItem, years} from './parts'

function experience(r: RoleInfo): string {
  const e = r.experience
  if (!e) return ''
  return e.max != null ? `${e.min}–${e.max} years of experience` : `${e.min}+ years of experience`
}

/** One role: what it is, what it takes, and where it leads. */
export function renderRole(ctx: ViewContext, slug: string): RenderedView {
  let r: RoleInfo
  try {
    r = ctx.data.role(slug)
  } catch (error) {
    if (!isNotFoundError(error)) throw error
    return notFound(ctx, slug, error.suggestions)
  }
  const title = heading(r.title)
  const el = h(
    'section',
    {class: 'view', part: 'view view-role', 'aria-labelledby': title.id},
    h('button', {type: 'button', class: 'btn back', onclick: () => ctx.open('ladders')}, '← All ladders'),
    title,
    h('p', {class: 'meta'}, [r.trackTitle, `Level ${r.level}`, experience(r)].filter(Boolean).join(' · ')),
    h('p', {class: 'summary'}, r.summary),
    h(
      'div',
      {class: 'grid'},
      block('Responsibilities', r.responsibilities.map((x) => h('li', null, x)), undefined, 'bullets'),
      block('Skills', r.skills.map((s) => h('li', {part: 'skill'}, h('div', null, s.title), proficiency(s.proficiency)))),
      block('Certifications', r.certifications.map(certItem), 'None required.'),
      block('Resources', r.resources.map(resourceItem)),
      block(
        'Next moves',
        r.transitions.map((m) =>
          h(
            'li',
            null,
            h('button', {type: 'button', class: 'btn', 'data-role': m.to.slug, onclick: () => ctx.openRole(m.to.slug)}, m.to.title),
            h('div', {class: 'sub'}, `${label(m.kind)}, usually after ${years(m.typicalYears)}`),
            m.conditions.length > 0 && h('ul', {class: 'sub'}, m.conditions.map((c) => h('li', null, c))),
          ),
        ),
        'This is the top of its ladder.',
      ),
    ),
    h(
      'div',
      {class: 'actions'},
      h('button', {type: 'button', class: 'btn btn-primary', onclick: () => (ctx.plan(r.slug, ctx.ui.to && ctx.ui.to !== r.slug ? ctx.ui.to : ''), ctx.open('plan'))}, 'Plan a route from here'),
      h('button', {type: 'button', class: 'btn', onclick: () => (ctx.compare(r.slug, ctx.ui.b && ctx.ui.b !== r.slug ? ctx.ui.b : ''), ctx.open('compare'))}, 'Compare with another role'),
    ),
  )
  return {el, heading: title, announce: `Showing role: ${r.title}, level ${r.level}.`}
}

function notFound(ctx: ViewContext, slug: string, suggestions: readonly string[]): RenderedView {
  const title = heading('Role not found')
  const known = suggestions.flatMap((s) => ctx.data.roles.filter((r) => r.slug === s))
  const el = h(
    'section',
    {class: 'view', part: 'view view-role', 'aria-labelledby': title.id},
    title,
    h('p', {class: 'summary'}, `There is no role called "${slug}".`),
    known.length > 0 && h('p', null, 'Did you mean:'),
    known.length > 0 && h('ul', {class: 'items'}, known.map((r) => h('li', null, h('button', {type: 'button', class: 'btn', onclick: () => ctx.openRole(r.slug)}, r.title)))),
    h('div', {class: 'actions'}, h('button', {type: 'button', class: 'btn', onclick: () => ctx.open('ladders')}, '← All ladders')),
  )
  return {el, heading: title, announce: `Role "${slug}" not found.`}
}
