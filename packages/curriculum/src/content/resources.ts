export const resources = {} satisfies Record<string, unknown>
export type ResourceSlug = keyof typeof resources
