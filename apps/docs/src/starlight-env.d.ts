// Types Starlight declares for its own components but does not publish: App.Locals (t, starlightRoute) and the two
// virtual modules the copied search dialog (components/starlight/SearchDialog.astro) reads.
/// <reference path="../node_modules/@astrojs/starlight/dist/global.d.ts" />

declare module 'virtual:starlight/project-context' {
  const project: {build: {format: 'file' | 'directory' | 'preserve'}; legacyCollections: boolean; root: string; srcDir: string; trailingSlash: 'always' | 'never' | 'ignore'}
  export default project
}

declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>
}
