import {defineCollection} from 'astro:content'
import {z} from 'astro/zod'
import {docsLoader} from '@astrojs/starlight/loaders'
import {docsSchema} from '@astrojs/starlight/schema'

// Hand-written pages (getting started, guides; Spanish and German under es/ and de/) in src/content/docs/; generated
// pages live in src/pages/ and use StarlightPage. `titleLang`: the title's language when it differs from the page's
// (an untranslated curriculum title on a Spanish page), for src/components/starlight/PageTitle.astro.
export const collections = {docs: defineCollection({loader: docsLoader(), schema: docsSchema({extend: z.object({titleLang: z.string().optional()})})})}
