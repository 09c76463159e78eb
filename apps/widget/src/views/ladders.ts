import {h, uid} from '../dom'
import type {ViewContext, RenderedView} from './context'
import {heading, label, years} from './parts'

/** Every ladder side by side, roles in level order, each with its next moves. */
export function renderLadders(ctx: ViewContext): RenderedView {
  const tracks = ctx.ui.track ? ctx.data.tracks.filter((t) => t.slug === ctx.ui.track) : ctx.data.tracks
  const shown = tracks.length ? tracks : ctx.data.tracks
  const title = heading(shown.length === 1 ? shown[0]!.title : 'Career ladders')
  const ladders = shown.map((t) => {
    const id = uid('t')
    return h(
      'section',
      {class: 'ladder', part: 'ladder', 'aria-labelledby': id},
      h('h3', {id}, t.title),
      h('p', {class: 'kind muted'}, label(t.kind)),
      h(
        'ol',
        {class: 'rungs', 'aria-label': `Roles on ${t.title}, entry level first`},
        t.roles.map((r) =>
          h(
            'li',
            {class: 'rung'},
            h(
              'button',
              {type: 'button', class: 'role-btn', part: 'role-button', 'data-role': r.slug, onclick: () => ctx.openRole(r.slug)},
              h('span', {class: 'lvl'}, `Level ${r.level}`),
              h('span', {class: 'role-title'}, r.title),
            ),
            r.transitions.length > 0 &&
              h(
                'ul',
                {class: 'moves', 'aria-label': `Next moves from ${r.title}`},
                r.transitions.map((m) => h('li', null, `${label(m.kind)} to ${m.to.title}${m.to.track !== r.track ? ' (other ladder)' : ''}, ${years(m.typicalYears)}`)),
              ),
          ),
        ),
      ),
    )
  })
  const el = h(
    'section',
    {class: 'view', part: 'view view-ladders', 'aria-labelledby': title.id},
    title,
    h('p', {class: 'lede'}, 'Pick a role to see what it involves, the skills and certifications it needs, and where people go next.'),
    h('div', {class: 'ladders', part: 'ladders'}, ladders),
  )
  return {el, heading: title, announce: `Showing ${title.textContent}: ${shown.length} ${shown.length === 1 ? 'ladder' : 'ladders'}.`}
}
