import {costText} from '../estimates'
import {proficiencyLabel, seniorityLabel, valueLabel} from '../sdk'
import {h, link, uid, type Child} from '../dom'
import type {CertificationInfo, Curriculum, DegreeInfo, ResourceInfo, ResourcePick, RoleRef} from '../types'

/** A human label for a stored value (`free-audit` → "Free to audit"), as editors see it in the Studio. */
export const label = valueLabel

/** "Promotion", "Lateral move", "Specialisation": the Studio's title without its explanation in brackets. */
export const moveKind = (kind: string): string => label(kind, 'transitionKind').replace(/\s*\(.*\)$/, '')

/** The seniority's name ("Senior"); "" when the content gives none. */
export const seniority = (r: RoleRef): string => (r.seniority ? seniorityLabel(r.seniority) : '')

/** "Rung 2 · Intermediate" on a ladder, "Intermediate" in a family. */
export const roleTag = (r: RoleRef): string => [r.rung != null && `Rung ${r.rung}`, seniority(r)].filter(Boolean).join(' · ')

/** "3/5 Practitioner"; `none` for a skill a role does not list. */
export const proficiencyText = (n: number, none = 'Not listed'): string => (n > 0 ? `${n}/5 ${proficiencyLabel(n)}` : none)

/** `n` and the noun, singular or plural ("1 move", "2 moves"). */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Decorative glyphs for the kinds of move, as the map draws them. */
export const ARROW: Record<string, string> = {promotion: '↑', lateral: '→', specialisation: '↗'}

export const heading = (text: string): HTMLHeadingElement => h('h2', {id: uid('h'), tabindex: -1, part: 'heading'}, text)

/** A titled block (h3), omitted when it has nothing to show. */
export const block = (title: string, ...body: Child[]): HTMLElement | false => body.some((b) => b && (!Array.isArray(b) || b.length)) && h('div', h('h3', title), body)

/** A list that shows its first `top` items and folds the rest under "Show all N …". */
export const fold = (items: HTMLElement[], top: number, what: string): Child =>
  items.length > top + 1 ? [h('ul.list', items.slice(0, top)), h('details.more', h('summary', {part: 'show-all'}, `Show all ${items.length} ${what}`), h('ul.list', items.slice(top)))] : items.length > 0 && h('ul.list', items)

/** "2016-07-31" → "July 2016" (the stored value when it is not a date). */
export function monthYear(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(d.getTime()) ? date : d.toLocaleDateString('en', {month: 'long', year: 'numeric', timeZone: 'UTC'})
}

/** A muted line of facts joined by " · ", the empty ones left out. */
export const sub = (...facts: unknown[]) => h('div.sub', facts.filter(Boolean).join(' · '))

export function certItem(c: CertificationInfo): HTMLElement {
  const retired = c.status === 'retired'
  return h(
    'li',
    {part: 'certification'},
    link(c.url, c.title),
    retired && h('span.badge.retired', c.retiredOn ? `Retired ${monthYear(c.retiredOn)}` : 'Retired'),
    sub(c.vendor, c.level && label(c.level, 'certificationLevel'), retired && c.successor && `replaced by ${c.successor}`),
  )
}

export const resourceItem = (r: ResourceInfo | ResourcePick): HTMLElement =>
  h('li', {part: 'resource'}, link(r.url, r.title), sub(r.kind && label(r.kind, 'resourceKind'), costText(r.cost, r.costBasis), r.publisher), 'covers' in r && r.covers.length > 0 && h('div.sub', `For ${r.covers.join(', ')}`))

export const degreeItem = (d: DegreeInfo): HTMLElement => h('li', {part: 'degree'}, h('span', d.title), sub(d.level && label(d.level, 'degreeLevel'), d.awardingBody))

/** A labelled select of every role, grouped by track. */
export function roleSelect(text: string, data: Curriculum, value: string | undefined, onChange: (slug: string) => void): HTMLLabelElement {
  const select = h('select', {part: 'select', onchange: () => onChange(select.value)}, h('option', {value: ''}, 'Choose a role…'))
  for (const t of data.tracks) select.append(h('optgroup', {label: t.title}, t.roles.map((r) => h('option', {value: r.slug}, roleTag(r) ? `${r.title} (${roleTag(r)})` : r.title))))
  select.value = value && data.roles.some((r) => r.slug === value) ? value : ''
  return h('label', text, select)
}

/** Five segments for a skill: filled up to the level needed; with the visitor's level, what they have is solid and the rest outlined. */
export const bar = (need: number, have?: number): HTMLElement =>
  h(have == null ? 'span.bar' : 'span.bar.vs', {'aria-hidden': 'true'}, [1, 2, 3, 4, 5].map((i) => h('i', {class: [i <= need && 'on', have != null && i <= have && 'have'].filter(Boolean).join(' ') || null})))
