import {array, literal, number, object, oneOf, string} from '../queries/shared'
import {httpUrl} from './formats'

// Apart from ./primitives.ts: only FAQs, guides and the document schemas hold Portable Text, so role and other results do not carry it (test/size).

/** Portable Text as the Studio's `blockContent` allows it. */
export const blockContent = /* @__PURE__ */ array(
  object({
    _type: literal('block'),
    _key: string(),
    children: array(object({_type: literal('span'), _key: string(), text: string().optional(), marks: array(string()).optional()})).optional(),
    style: oneOf(['normal', 'h2', 'h3', 'blockquote']).optional(),
    listItem: oneOf(['bullet', 'number']).optional(),
    markDefs: array(object({_type: literal('link'), _key: string(), href: httpUrl})).optional(),
    level: number().optional(),
  }),
)
