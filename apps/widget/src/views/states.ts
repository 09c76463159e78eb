import {button, h} from '../dom'
import type {RenderedView} from './context'
import {heading} from './parts'

/** Placeholder columns of role shapes while data loads; screen readers hear one sentence. */
export const renderSkeleton = (): HTMLElement =>
  h('div', {part: 'skeleton', role: 'status', 'aria-label': 'Loading career paths'}, h('div.skel', {'aria-hidden': 'true'}, [5, 4, 4, 3].map((n) => h('div', Array.from({length: n}, () => h('i'))))))

/**
 * A small, friendly card: visitors never see infrastructure (URLs, project
 * ids, HTTP statuses); what failed is in the `careerpath:error` event and `el.data.errors`.
 */
export function renderError(retry: () => void): RenderedView {
  const title = heading('Career paths are not available right now')
  return {el: h('div.view.err', {part: 'view error'}, title, h('p', 'Please try again in a moment.'), button('Try again', retry, 'retry-button')), heading: title, announce: title.textContent!}
}
