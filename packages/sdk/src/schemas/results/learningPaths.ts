import {array, literal, number, object, string} from '../../queries/shared'
import {roleCard, translated} from '../../queries/shared'
import {resourceCard, sources} from '../linkedCards'
import {slugString, text} from '../../queries/shared'

const pathCard = /* @__PURE__ */ object({_id: string(), _type: literal('learningPath'), title: text, slug: slugString})
export const learningPathListItem = /* @__PURE__ */ pathCard.extend({summary: text, roles: array(roleCard), moduleCount: number().int().min(1), ...translated(['title', 'summary'])})
export const learningPathDetail = /* @__PURE__ */ pathCard.extend({
  summary: text,
  roles: array(roleCard),
  modules: array(
    object({
      title: text,
      slug: slugString,
      summary: string().nullable(),
      topics: array(object({title: text, keyPoints: array(text), resources: array(resourceCard)})),
    }),
  ),
  sources,
  ...translated(['title', 'summary', 'modules[].title', 'modules[].summary', 'modules[].topics[].title', 'modules[].topics[].keyPoints']),
})
