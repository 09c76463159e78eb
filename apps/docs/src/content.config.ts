import {defineCollection} from 'astro:content'
import {docsLoader} from '@astrojs/starlight/loaders'
import {docsSchema} from '@astrojs/starlight/schema'

// Hand-written pages (getting started, guides) in src/content/docs/; generated pages live in src/pages/ and use StarlightPage.
export const collections = {docs: defineCollection({loader: docsLoader(), schema: docsSchema()})}
