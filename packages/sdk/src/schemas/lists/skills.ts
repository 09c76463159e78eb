import {oneOf, type Infer} from '../../queries/shared'

/** Skill lists. */
export const skillCategory = /* @__PURE__ */ oneOf(['technical', 'interpersonal', 'leadership', 'business'])
/** 1 = awareness … 5 = expert. */
export const proficiency = /* @__PURE__ */ oneOf([1, 2, 3, 4, 5])

export type SkillCategory = Infer<typeof skillCategory>
export type Proficiency = Infer<typeof proficiency>
