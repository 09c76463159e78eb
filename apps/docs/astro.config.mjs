// The docs site: Starlight (layout, sidebar, table of contents with scroll-spy, mobile menu, theme toggle, copy
// buttons, prev/next, Pagefind full-text search) over hand-written guides in src/content/docs/ and pages generated
// through the SDK in src/pages/. Generated inputs (widget files, API reference JSON) are prepared by
// scripts/prepare.ts before `astro build`/`astro dev`, so the build itself never reaches the network. English is the
// root locale (`/…`), Spanish and German live under `/es/…` and `/de/…` (src/lib/i18n.ts).
import {existsSync, readFileSync} from 'node:fs'
import {unified} from '@astrojs/markdown-remark'
import starlight from '@astrojs/starlight'
import {defineConfig} from 'astro/config'
import {starlightLocales} from './src/lib/i18n.ts'
import {sidebar} from './src/lib/sections.ts'
import remarkFigures from './src/lib/remark-figures.ts'

// The reference's entry points come from the generated model, so a new SDK or widget entry point gets a sidebar link.
const referenceFile = new URL('./.generated/reference.json', import.meta.url)
/** @type {{specifier: string, slug: string}[]} */
const entryPoints = existsSync(referenceFile) ? JSON.parse(readFileSync(referenceFile, 'utf8')).entryPoints : []

// An edit link needs the repository's public address; the project has none in package.json, so it is opt-in.
const editBase = process.env.DOCS_EDIT_BASE_URL

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  // DOCS_OUT_DIR builds elsewhere than dist/ (the synthetic-curriculum bench, so it never replaces the seed site).
  outDir: process.env.DOCS_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: {format: 'directory'},
  devToolbar: {enabled: false},
  // Keep source whitespace: compression drops the spaces between text and {expressions} at line breaks.
  compressHTML: false,
  server: {host: '127.0.0.1', port: 4321},
  markdown: {processor: unified({remarkPlugins: [remarkFigures]})},
  integrations: [
    starlight({
      // Short enough for the 320 px header in every language.
      title: {en: 'careerpath docs', es: 'careerpath docs', de: 'careerpath-Doku'},
      description: 'Documentation for careerpath: the IT-support career curriculum, its SDK and its widget.',
      favicon: '/favicon.svg',
      // Starlight's i18n: its language picker, translated interface, hreflang alternates, per-language Pagefind
      // index, and for a Markdown page not written in a language yet, the English page with its fallback notice.
      defaultLocale: 'root',
      locales: starlightLocales,
      routeMiddleware: './src/lib/route-middleware.ts',
      customCss: ['./src/styles/site.css'],
      ...(editBase ? {editLink: {baseUrl: editBase}} : {}),
      lastUpdated: false,
      tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
      // Code wraps instead of scrolling sideways: a scrolled block becomes an unnamed focusable region once Expressive
      // Code's script runs (axe: landmark-unique, scrollable-region-focusable while it has not yet), and wrapped code
      // reads at 320 px.
      expressiveCode: {themes: ['github-dark-high-contrast', 'github-light-high-contrast'], useStarlightUiThemeColors: true, defaultProps: {wrap: true}},
      pagefind: {ranking: {termFrequency: 0.6, pageLength: 0.4}},
      components: {
        // Table of contents after the content in reading order (the page's h1 is the first heading), a no-JS search link.
        TwoColumnContent: './src/components/starlight/TwoColumnContent.astro',
        PageSidebar: './src/components/starlight/PageSidebar.astro',
        Search: './src/components/starlight/Search.astro',
        Footer: './src/components/starlight/Footer.astro',
        // The h1 says when its title is still English; the picker is left off pages built in English only.
        PageTitle: './src/components/starlight/PageTitle.astro',
        LanguageSelect: './src/components/starlight/LanguageSelect.astro',
      },
      sidebar: sidebar(entryPoints),
    }),
  ],
})
