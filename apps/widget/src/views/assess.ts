import {shareUrl} from '../assessment'
import {button, h} from '../dom'
import {proficiencyLabel} from '../sdk'
import type {Assessment} from '../types'
import type {RenderedView, ViewContext} from './context'
import {heading, proficiencyText, roleSelect} from './parts'

/**
 * The self-assessment: the visitor's current role and, optionally, their level
 * in each of its skills. It never leaves the page unless the visitor copies the
 * link (the state rides in the URL fragment) or the host allows localStorage.
 */
export function renderAssess(ctx: ViewContext): RenderedView {
  const title = heading('Your skills')
  let mine: Assessment | undefined = ctx.me
  const list = h('div.rate')
  const out = h('output.share.sub')
  const set = (a: Assessment | undefined) => {
    mine = a
    ctx.assess(a)
    out.textContent = ''
  }
  const fill = (slug: string | undefined) => {
    const role = slug ? ctx.data.role(slug) : undefined
    list.replaceChildren(
      h('p.sub', role ? 'Unrated skills count at the level the role expects.' : 'Choose your role to rate its skills.'),
      ...(role?.skills ?? []).map((s) => {
        const select = h(
          'select',
          {part: 'select', onchange: () => mine && set({role: mine.role, skills: {...mine.skills, [s.slug]: Number(select.value)}})},
          h('option', {value: '', disabled: true}, 'Not rated'),
          [0, 1, 2, 3, 4, 5].map((n) => h('option', {value: n}, n ? `${n} ${proficiencyLabel(n)}` : 'None')),
        )
        select.value = String(mine?.skills[s.slug] ?? '')
        return h('label.rt', {part: 'skill'}, s.title, h('span.sub', `The role expects ${proficiencyText(s.proficiency)}`), select)
      }),
    )
  }
  const role = roleSelect('Your current role', ctx.data, mine?.role ?? ctx.ui.from ?? ctx.ui.role, (v) => (set(v ? {role: v, skills: {}} : undefined), fill(v)))
  fill(role.querySelector('select')!.value || undefined)
  const el = h(
    'div.view',
    {part: 'view view-assess'},
    title,
    h('p.lede', 'Say where you are now: plans and gaps then start from what you have.'),
    h('p.sub.privacy', ctx.stored ? 'Kept in this page and this browser; nothing is sent anywhere.' : 'Kept in this page only; nothing is sent anywhere.'),
    h('div.row.picker', role),
    list,
    h(
      'div.row',
      !ctx.hidden('plan') && button('Plan my route from here', () => ctx.open('plan', {from: mine?.role ?? ctx.ui.from, route: 0}), 'primary-button', 'btn primary'),
      button('Copy a link to this', () => {
        if (!mine) return ctx.say('Choose your role first.')
        const url = (out.textContent = shareUrl(mine))
        const copied = navigator.clipboard?.writeText(url)
        if (copied) copied.then(() => ctx.say('Link copied.'), () => ctx.say('Copy the link below.'))
        else ctx.say('Copy the link below.')
      }),
      button('Clear', () => {
        set(undefined)
        role.querySelector('select')!.value = ''
        fill(undefined)
        ctx.say('Your self-assessment is cleared.')
      }),
    ),
    out,
  )
  return {el, heading: title, announce: 'Showing your skills.'}
}
