import {language} from '../../schemas/lists/core'
import {object, string} from '../../schemas/kit'

/** Parameter schemas the query objects share. */
export const slug = /* @__PURE__ */ (() => string().min(1))()
export const nullableString = /* @__PURE__ */ (() => string().nullable())()
export const bySlug = /* @__PURE__ */ object({language, slug})
export const languageOnly = /* @__PURE__ */ object({language})
