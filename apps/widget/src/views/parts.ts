import {costText} from '../estimates'
import {proficiencyLabel, seniorityLabel, valueLabel} from '../sdk'
import {h, link, uid} from '../dom'
import type {CertificationInfo, Curriculum, DegreeInfo, ResourceInfo, RoleRef} from '../types'

/** A human label for a stored value (`free-audit` → "Free to audit"), as editors see it in the Studio. */
export const label = valueLabel

/** "Promotion", "Lateral move", "Specialisation": the Studio's title without its explanation in brackets. */
export const moveKind = (kind: string): string => label(kind, 'transitionKind').replace(/\s*\(.*\)$/, '')

/** The seniority's name ("Senior"); "" when the content gives none. */
export const seniority = (r: RoleRef): string => (r.seniority ? seniorityLabel(r.seniority) : '')

/** "Rung 2 · Intermediate" on a ladder, "Intermediate" in a family: what a role card says above the title. */
export const roleTag = (r: RoleRef): string => [r.rung != null && `Rung ${r.rung}`, seniority(r)].filter(Boolean).join(' · ')

/** "3/5 Practitioner"; `none` for a skill a role does not list. */
export function proficiencyText(n: number, none = 'Not listed'): string {
  return n > 0 ? `${n}/5 ${proficiencyLabel(n)}` : none
}

/** Five pips (decorative) plus the level in words. */
export function proficiency(n: number): HTMLElement {
  const pips = h('span', {class: 'pips', 'aria-hidden': 'true'})
  for (let i = 1; i <= 5; i++) pips.append(h('span', {class: i <= n ? 'pip on' : 'pip'}))
  return h('span', {class: 'prof'}, pips, proficiencyText(n))
}

export function heading(text: string): HTMLHeadingElement {
  return h('h2', {id: uid('h'), tabindex: -1, part: 'heading'}, text)
}

/** A titled block; omitted when it would be empty. */
export function block(title: string, items: HTMLElement[], empty?: string, listClass = 'items'): HTMLElement | null {
  if (!items.length && !empty) return null
  const id = uid('s')
  return h('section', {'aria-labelledby': id}, h('h3', {id}, title), items.length ? h('ul', {class: listClass}, items) : h('p', {class: 'muted'}, empty))
}

/** "2016-07-31" → "July 2016" (the stored value when it is not a date). */
export function monthYear(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(d.getTime()) ? date : d.toLocaleDateString('en', {month: 'long', year: 'numeric', timeZone: 'UTC'})
}

export function certItem(c: CertificationInfo): HTMLElement {
  const retired = c.status === 'retired'
  return h(
    'li',
    {part: 'certification'},
    link(c.url, c.title),
    retired && h('span', {class: 'badge retired'}, c.retiredOn ? `Retired ${monthYear(c.retiredOn)}` : 'Retired'),
    h('div', {class: 'sub'}, [c.vendor, c.level && label(c.level, 'certificationLevel')].filter(Boolean).join(' · '), retired && c.successor ? ` · replaced by ${c.successor}` : ''),
  )
}

export function resourceItem(r: ResourceInfo): HTMLElement {
  return h(
    'li',
    {part: 'resource'},
    link(r.url, r.title),
    h('div', {class: 'sub'}, [r.kind && label(r.kind, 'resourceKind'), costText(r.cost, r.costBasis), r.publisher].filter(Boolean).join(' · ')),
  )
}

export function degreeItem(d: DegreeInfo): HTMLElement {
  return h('li', {part: 'degree'}, h('span', null, d.title), h('div', {class: 'sub'}, [d.level && label(d.level, 'degreeLevel'), d.awardingBody].filter(Boolean).join(' · ')))
}

/** A labelled select of every role, grouped by ladder. */
export function roleSelect(text: string, data: Curriculum, value: string | undefined, onChange: (slug: string) => void): {label: HTMLLabelElement; select: HTMLSelectElement} {
  const select = h('select', {part: 'select', onchange: () => onChange(select.value)})
  select.append(h('option', {value: ''}, 'Choose a role…'))
  for (const t of data.tracks) {
    select.append(h('optgroup', {label: t.title}, t.roles.map((r) => h('option', {value: r.slug}, roleTag(r) ? `${r.title} (${roleTag(r)})` : r.title))))
  }
  select.value = value && data.roles.some((r) => r.slug === value) ? value : ''
  return {label: h('label', null, text, select), select}
}
