/**
 * What surrounds every view: the view switcher and the fallback notice.
 * Shared by the element and the server render, so both draw the same markup.
 */
import {h} from '../dom'
import type {Key, Locale} from '../i18n/locale'
import type {ViewName} from './context'

const NAV: [ViewName, Key][] = [
  ['ladders', 'navMap'],
  ['plan', 'navPlan'],
  ['compare', 'navCompare'],
  ['assess', 'navAssess'],
]

/** The view switcher (views the host hid left out); `prefetch` fetches a view's chunk when its button is pointed at or focused. */
export const renderNav = (l: Locale, current: ViewName, open: (view: ViewName) => void, hidden: (view: ViewName) => boolean, prefetch?: (view: ViewName) => unknown): HTMLElement =>
  h(
    'nav.nav.row',
    {part: 'nav', 'aria-label': l.t('navLabel')},
    NAV.map(
      ([name, text]) =>
        !hidden(name) &&
        h(
          'button',
          {type: 'button', part: name === current ? 'nav-button nav-current' : 'nav-button', 'aria-pressed': String(name === current), onclick: () => open(name), onpointerenter: () => prefetch?.(name), onfocus: () => prefetch?.(name)},
          l.t(text),
        ),
    ),
  )
