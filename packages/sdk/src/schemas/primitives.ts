import {z} from 'zod'

/** Lowercase words joined by single hyphens, as the Studio's slug rule demands. */
export const slugString = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens only')

/** Only web links: the Studio refuses `javascript:`, `mailto:` and relative URLs. */
export const httpUrl = z.url({protocol: /^https?$/, error: 'Use a full web address starting with http:// or https://'})

/** Title-like text that must not be blank. */
export const text = z.string().trim().min(1, 'Must not be empty')

/** Portable Text as the Studio's `blockContent` allows it. */
export const blockContent = z.array(
  z.object({
    _type: z.literal('block'),
    _key: z.string(),
    children: z.array(z.object({_type: z.literal('span'), _key: z.string(), text: z.string().optional(), marks: z.array(z.string()).optional()})).optional(),
    style: z.enum(['normal', 'h2', 'h3', 'blockquote']).optional(),
    listItem: z.enum(['bullet', 'number']).optional(),
    markDefs: z.array(z.object({_type: z.literal('link'), _key: z.string(), href: httpUrl})).optional(),
    level: z.number().optional(),
  }),
)
