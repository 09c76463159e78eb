import {array} from '../../queries/shared'
import {roleCard, trackCard, transitionCard, translated} from '../../queries/shared'
import {sources} from '../linkedCards'
import {text} from '../../queries/shared'

export const trackListItem = /* @__PURE__ */ trackCard.extend({summary: text, ...translated(['title', 'summary']), roles: array(roleCard)})
export const trackDetail = /* @__PURE__ */ trackCard.extend({
  summary: text,
  ...translated(['title', 'summary']),
  roles: array(roleCard.extend({summary: text, transitions: array(transitionCard)})),
  sources,
})
/** A row of the bulk read (`allTracks`): the detail without `roles`. */
export const trackRow = /* @__PURE__ */ trackCard.extend({summary: text, ...translated(['title', 'summary']), sources})
