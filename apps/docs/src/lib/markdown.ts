// Renders Markdown that arrives as data (TSDoc comments) the same way Astro renders the guide pages.
import {createMarkdownProcessor, type MarkdownRenderer} from '@astrojs/markdown-remark'
import {shikiConfig} from './markdown-config'

let renderer: Promise<MarkdownRenderer> | undefined

export async function renderMarkdown(text: string | undefined): Promise<string> {
  if (!text) return ''
  renderer ??= createMarkdownProcessor({shikiConfig: {...shikiConfig}})
  return (await (await renderer).render(text)).code
}

/** For one-line texts (parameter docs): drops the wrapping paragraph. */
export async function renderInlineMarkdown(text: string | undefined): Promise<string> {
  const html = await renderMarkdown(text)
  const m = /^<p>([\s\S]*)<\/p>\s*$/.exec(html)
  return m?.[1] ?? html
}
