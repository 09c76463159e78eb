import {oneOf, type Infer} from '../../queries/shared'

/** Resource lists. */
export const resourceKind = /* @__PURE__ */ oneOf(['article', 'course', 'book', 'community', 'organisation', 'certification-programme', 'tool', 'publication'])
export const resourceCost = /* @__PURE__ */ oneOf(['free', 'free-audit', 'paid'])

export type ResourceKind = Infer<typeof resourceKind>
export type ResourceCost = Infer<typeof resourceCost>
