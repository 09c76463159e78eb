import {h} from '../dom'
import type {RenderedView} from './context'
import {heading} from './parts'

/** Placeholder ladders while data loads; screen readers hear one sentence. */
export function renderSkeleton(): HTMLElement {
  const col = () => h('div', {class: 'skel-col'}, h('div', {class: 'skel-bar short'}), h('div', {class: 'skel-bar'}), h('div', {class: 'skel-bar'}), h('div', {class: 'skel-bar'}))
  return h('div', {class: 'skeleton', part: 'skeleton', role: 'status', 'aria-label': 'Loading career paths'}, h('span', {class: 'sr'}, 'Loading career paths…'), h('div', {class: 'skel', 'aria-hidden': 'true'}, col(), col(), col()))
}

/** Says what went wrong and offers a retry. */
export function renderError(messages: string[], retry: () => void): RenderedView {
  const title = heading('The career paths could not be loaded')
  const el = h(
    'section',
    {class: 'view err', part: 'view error', 'aria-labelledby': title.id},
    title,
    messages.map((m) => h('p', null, m)),
    h('button', {type: 'button', class: 'btn', onclick: retry}, 'Try again'),
  )
  return {el, heading: title, announce: `Error: ${messages.join(' ')}`}
}
