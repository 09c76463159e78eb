import {h, uid} from '../dom'
import {isNotFoundError} from '../sdk'
import type {RoleInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {aboutYears, experienceText} from '../estimates'
import {block, certItem, degreeItem, heading, moveKind, proficiency, resourceItem, seniority} from './parts'

/** "Rung 2 of Support engineering" for a ladder role; "Specialist and entry roles (family of roles)" for a family's. */
function place(r: RoleInfo): string {
  if (r.rung != null) return `Rung ${r.rung} of ${r.trackTitle}`
  return r.trackKind === 'family' ? `${r.trackTitle} (family of roles)` : r.trackTitle
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
  const degreesId = uid('s')
  const el = h(
    'section',
    {class: 'view', part: 'view view-role', 'aria-labelledby': title.id},
    h('button', {type: 'button', class: 'btn back', onclick: () => ctx.open('ladders')}, '← All ladders'),
    title,
    h('p', {class: 'meta'}, [place(r), seniority(r) && `${seniority(r)} seniority`, experienceText(r.experience)].filter(Boolean).join(' · ')),
    h('p', {class: 'summary'}, r.summary),
    h(
      'div',
      {class: 'grid'},
      block('Responsibilities', r.responsibilities.map((x) => h('li', null, x)), undefined, 'bullets'),
      block('Skills', r.skills.map((s) => h('li', {part: 'skill'}, h('div', null, s.title), proficiency(s.proficiency)))),
      block('Certifications', r.certifications.map(certItem), 'None required.'),
      // Degrees are their own kind of credential, listed apart, with what employers usually ask for.
      (r.degrees.length > 0 || r.education) &&
        h(
          'section',
          {'aria-labelledby': degreesId},
          h('h3', {id: degreesId}, 'Degrees and education'),
          r.education && h('p', {class: 'sub edu'}, r.education),
          r.degrees.length > 0 && h('ul', {class: 'items'}, r.degrees.map(degreeItem)),
        ),
      block('Resources', r.resources.map(resourceItem)),
      block(
        'Next moves',
        r.transitions.map((m) =>
          h(
            'li',
            null,
            h('button', {type: 'button', class: 'btn', 'data-role': m.to.slug, onclick: () => ctx.openRole(m.to.slug)}, m.to.title),
            h('div', {class: 'sub'}, `${moveKind(m.kind)}${seniority(m.to) ? ` to ${seniority(m.to)} seniority` : ''}, usually after ${aboutYears(m.typicalYears, m.typicalYearsBasis)}`),
            m.conditions.length > 0 && h('ul', {class: 'sub'}, m.conditions.map((c) => h('li', null, c))),
          ),
        ),
        r.rung == null ? 'No usual next moves are listed.' : 'This is the top of its ladder.',
      ),
    ),
    h(
      'div',
      {class: 'actions'},
      h('button', {type: 'button', class: 'btn btn-primary', onclick: () => (ctx.plan(r.slug, ctx.ui.to && ctx.ui.to !== r.slug ? ctx.ui.to : ''), ctx.open('plan'))}, 'Plan a route from here'),
      h('button', {type: 'button', class: 'btn', onclick: () => (ctx.compare(r.slug, ctx.ui.b && ctx.ui.b !== r.slug ? ctx.ui.b : ''), ctx.open('compare'))}, 'Compare with another role'),
    ),
  )
  return {el, heading: title, announce: `Showing role: ${r.title}, ${[place(r), seniority(r) && `${seniority(r)} seniority`].filter(Boolean).join(', ')}.`}
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
