import {string} from './kit'

/** Lowercase words joined by single hyphens, as the Studio's slug rule demands. */
export const slugString = /* @__PURE__ */ (() => string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens only'))()

/** Title-like text that must not be blank. */
export const text = /* @__PURE__ */ (() => string().trim().min(1, 'Must not be empty'))()
