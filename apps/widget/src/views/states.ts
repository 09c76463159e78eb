import {button, h} from '../dom'
import type {Locale} from '../i18n/locale'
import type {RenderedView} from './context'
import {heading} from './parts'

/** Placeholder columns of role shapes while data loads; screen readers hear one sentence. */
export const renderSkeleton = (label: string): HTMLElement =>
  h('div', {part: 'skeleton', role: 'status', 'aria-label': label}, h('div.skel', {'aria-hidden': 'true'}, [5, 4, 4, 3].map((n) => h('div', Array.from({length: n}, () => h('i'))))))

/**
 * A small, friendly card: visitors never see infrastructure (URLs, project
 * ids, HTTP statuses); what failed is in the `careerpath:error` event and `el.data.errors`.
 */
export function renderError(l: Locale, retry: () => void): RenderedView {
  const title = heading(l.t('errorTitle'))
  return {el: h('div.view.err', {part: 'view error'}, title, h('p', l.t('errorBody')), button(l.t('retry'), retry, 'retry-button')), heading: title, announce: title.textContent!}
}
