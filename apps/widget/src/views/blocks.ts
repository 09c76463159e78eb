/**
 * The building blocks of the views in the later chunk (role, planner,
 * comparison, self-assessment): lists of credentials and resources, pickers,
 * skill bars. Only chunk modules import this file, so it stays in the chunk;
 * what it needs from the entry comes in the kit (kit.ts).
 */
import type {Child} from '../dom'
import type {Locale} from '../i18n/locale'
import type {CertificationInfo, Curriculum, DegreeInfo, ResourceInfo, ResourcePick} from '../types'
import type {Kit} from './kit'

let {h, link, costText, roleTag, isNotFoundError} = {} as Kit
export const init = (kit: Kit) => void ({h, link, costText, roleTag, isNotFoundError} = kit)

/** What a visitor reads when a host's attribute names a role that does not exist (the SDK's error is for developers, in English). */
export function unknownRole(l: Locale, error: Error): string {
  if (!isNotFoundError(error)) throw error
  return l.t('notFoundBody', {slug: error.slug})
}

/** "3/5 Practitioner"; `none` for a skill a role does not list. */
export const proficiencyText = (l: Locale, n: number, none = l.t('notListed')): string => (n > 0 ? l.t('level', {n, label: l.proficiency(n)}) : none)

/** Decorative glyphs for the kinds of move, as the map draws them. */
export const ARROW: Record<string, string> = {promotion: '↑', lateral: '→', specialisation: '↗'}


/** A titled block (h3), omitted when it has nothing to show. */
export const block = (title: string, ...body: Child[]): HTMLElement | false => body.some((b) => b && (!Array.isArray(b) || b.length)) && h('div', h('h3', title), body)

/** A list of resources that shows its first `top` and folds the rest under "Show all N resources". */
export const fold = (l: Locale, items: HTMLElement[], top: number): Child =>
  items.length > top + 1 ? [h('ul.list', items.slice(0, top)), h('details.more', h('summary', {part: 'show-all'}, l.t('showAll', {count: items.length})), h('ul.list', items.slice(top)))] : items.length > 0 && h('ul.list', items)

/** A muted line of facts joined by " · ", the empty ones left out. */
export const sub = (...facts: unknown[]) => h('div.sub', facts.filter(Boolean).join(' · '))

export function certItem(l: Locale, c: CertificationInfo): HTMLElement {
  const retired = c.status === 'retired'
  return h(
    'li',
    {part: 'certification'},
    link(c.url, c.title, l.t('newTab')),
    retired && h('span.badge.retired', c.retiredOn ? l.t('retiredOn', {date: l.monthYear(c.retiredOn)}) : l.t('retired')),
    sub(c.vendor, c.level && l.label(c.level, 'certificationLevel'), retired && c.successor && l.t('replacedBy', {title: c.successor})),
  )
}

/** A resource; one in another language than the page's is marked so (its title keeps its own language). */
export function resourceItem(l: Locale, r: ResourceInfo | ResourcePick): HTMLElement {
  const other = r.language && r.language !== l.lang.split('-')[0] ? r.language : undefined
  return h(
    'li',
    {part: 'resource'},
    link(r.url, other ? h('span', {lang: other}, r.title) : r.title, l.t('newTab')),
    sub(r.kind && l.label(r.kind, 'resourceKind'), costText(l, r.cost, r.costBasis), r.publisher, other && l.t('inLanguage', {language: l.languageName(other)})),
    'covers' in r && r.covers.length > 0 && h('div.sub', l.t('forSkills', {skills: l.list(r.covers)})),
  )
}

export const degreeItem = (l: Locale, d: DegreeInfo): HTMLElement => h('li', {part: 'degree'}, h('span', d.title), sub(d.level && l.label(d.level, 'degreeLevel'), d.awardingBody))

/** A labelled select of every role, grouped by track. */
export function roleSelect(l: Locale, text: string, data: Curriculum, value: string | undefined, onChange: (slug: string) => void): HTMLLabelElement {
  const select = h('select', {part: 'select', onchange: () => onChange(select.value)}, h('option', {value: ''}, l.t('chooseRole')))
  for (const t of data.tracks) select.append(h('optgroup', {label: t.title}, t.roles.map((r) => h('option', {value: r.slug}, roleTag(l, r) ? `${r.title} (${roleTag(l, r)})` : r.title))))
  select.value = value && data.roles.some((r) => r.slug === value) ? value : ''
  return h('label', text, select)
}

/** Five segments for a skill: filled up to the level needed; with the visitor's level, what they have is solid and the rest outlined. */
export const bar = (need: number, have?: number): HTMLElement =>
  h(have == null ? 'span.bar' : 'span.bar.vs', {'aria-hidden': 'true'}, [1, 2, 3, 4, 5].map((i) => h('i', {class: [i <= need && 'on', have != null && i <= have && 'have'].filter(Boolean).join(' ') || null})))
