import type {Assessment} from '../types'
import type {RenderedView, ViewContext} from './context'
import {proficiencyText, roleSelect} from './blocks'
import type {Kit} from './kit'

// This view is a chunk: its helpers come from the entry (see kit.ts).
let {shareUrl, button, h, heading} = {} as Kit
export const init = (kit: Kit) => void ({shareUrl, button, h, heading} = kit)

/** This view's styles, adopted when its chunk arrives. */
export const css = /* css */ `
.rate{display:grid;gap:1rem;margin-bottom:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))}
.rate p{grid-column:1/-1}
.rt{display:grid;grid-template-rows:auto 1fr auto;gap:.25rem;font-weight:600}
.rt .sub{font-weight:400}
.share{display:block;word-break:break-all}
`

/**
 * The self-assessment: the visitor's current role and, optionally, their level
 * in each of its skills. It never leaves the page unless the visitor copies the
 * link (the state rides in the URL fragment) or the host allows localStorage.
 */
export function renderAssess(ctx: ViewContext): RenderedView {
  const {l} = ctx
  const title = heading(l.t('assessTitle'))
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
      h('p.sub', l.t(role ? 'unratedCount' : 'chooseToRate')),
      ...(role?.skills ?? []).map((s) => {
        const select = h(
          'select',
          {part: 'select', onchange: () => mine && set({role: mine.role, skills: {...mine.skills, [s.slug]: Number(select.value)}})},
          h('option', {value: '', disabled: true}, l.t('notRated')),
          [0, 1, 2, 3, 4, 5].map((n) => h('option', {value: n}, n ? `${l.num(n)} ${l.proficiency(n)}` : l.t('none'))),
        )
        select.value = String(mine?.skills[s.slug] ?? '')
        return h('label.rt', {part: 'skill'}, s.title, h('span.sub', l.t('roleExpects', {level: proficiencyText(l, s.proficiency)})), select)
      }),
    )
  }
  const role = roleSelect(l, l.t('yourRole'), ctx.data, mine?.role ?? ctx.ui.from ?? ctx.ui.role, (v) => (set(v ? {role: v, skills: {}} : undefined), fill(v)))
  fill(role.querySelector('select')!.value || undefined)
  const el = h(
    'div.view',
    {part: 'view view-assess'},
    title,
    h('p.lede', l.t('assessLede')),
    h('p.sub.privacy', l.t(ctx.stored ? 'keptInBrowser' : 'keptInPage')),
    h('div.row.picker', role),
    list,
    h(
      'div.row',
      !ctx.hidden('plan') && button(l.t('planFromHere'), () => ctx.open('plan', {from: mine?.role ?? ctx.ui.from, route: 0}), 'primary-button', 'btn primary'),
      button(l.t('copyLink'), () => {
        if (!mine) return ctx.say(l.t('chooseFirst'))
        const url = (out.textContent = shareUrl(mine))
        const copied = navigator.clipboard?.writeText(url)
        if (copied) copied.then(() => ctx.say(l.t('linkCopied')), () => ctx.say(l.t('copyBelow')))
        else ctx.say(l.t('copyBelow'))
      }),
      button(l.t('clear'), () => {
        set(undefined)
        role.querySelector('select')!.value = ''
        fill(undefined)
        ctx.say(l.t('cleared'))
      }),
    ),
    out,
  )
  return {el, heading: title, announce: l.t('showingAssess')}
}
