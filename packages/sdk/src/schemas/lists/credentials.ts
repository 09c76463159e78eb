import {oneOf, type Infer} from '../../queries/shared'

/** Certification and degree lists. */
export const certificationLevel = /* @__PURE__ */ oneOf(['entry', 'associate', 'professional', 'expert'])
export const certificationStatus = /* @__PURE__ */ oneOf(['active', 'retired'])
export const degreeLevel = /* @__PURE__ */ oneOf(['associate', 'bachelor', 'master', 'doctorate'])

export type CertificationLevel = Infer<typeof certificationLevel>
export type CertificationStatus = Infer<typeof certificationStatus>
export type DegreeLevel = Infer<typeof degreeLevel>
