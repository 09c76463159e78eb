/** The small pieces the map (in the entry) shares with the views in the later chunk (blocks.ts). */
import {h, uid} from '../dom'
import type {Locale} from '../i18n/locale'
import type {RoleRef} from '../types'

/** "Promotion", "Lateral move", "Specialisation": the Studio's title without its explanation in brackets. */
export const moveKind = (l: Locale, kind: string): string => l.label(kind, 'transitionKind').replace(/\s*\(.*\)$/, '')

/** The seniority's name ("Senior"); "" when the content gives none. */
export const seniority = (l: Locale, r: RoleRef): string => (r.seniority ? l.seniority(r.seniority) : '')

/** "Rung 2 · Intermediate" on a ladder, "Intermediate" in a family. */
export const roleTag = (l: Locale, r: RoleRef): string => [r.rung != null && l.t('rung', {n: r.rung}), seniority(l, r)].filter(Boolean).join(' · ')

export const heading = (text: string): HTMLHeadingElement => h('h2', {id: uid('h'), tabindex: -1, part: 'heading'}, text)
