// The site's languages: which exist, which URL prefix each has, and which pages exist in every language. Starlight's
// locales (astro.config.mjs), the curriculum routes (src/pages/[...lang]/) and the language picker all read this.
import type {LanguageId} from '@careerpath/sdk'

/** A language the site is built in: the SDK's languages (src/lib/i18n.test.ts holds them equal to `listLanguages()`). */
export type Lang = LanguageId
export const DEFAULT_LANG: Lang = 'en'

/** Names in the language picker, each in its own language (the SDK's `listLanguages()` titles), English first. */
export const LANGUAGE_NAMES: Record<Lang, string> = {en: 'English', es: 'Español', de: 'Deutsch'}
export const LANGS = Object.keys(LANGUAGE_NAMES) as readonly Lang[]

/** Starlight's `locales`: English at the root (`/…`), the others under `/<lang>/…`. */
export const starlightLocales = Object.fromEntries(LANGS.map((lang) => [lang === DEFAULT_LANG ? 'root' : lang, {label: LANGUAGE_NAMES[lang], lang}]))

/** The language of a page from its path: `/es/…` is Spanish, anything without a language prefix English. */
export function langOf(url: URL | string): Lang {
  const first = (typeof url === 'string' ? url : url.pathname).split('/')[1] ?? ''
  return (LANGS as readonly string[]).includes(first) && first !== DEFAULT_LANG ? (first as Lang) : DEFAULT_LANG
}

/** The path without its language prefix: `/es/curriculum/` → `/curriculum/`. */
export function unlocalized(path: string): string {
  const lang = langOf(path)
  return lang === DEFAULT_LANG ? path : path.slice(lang.length + 1) || '/'
}

// Pages built in English only (generated from the packages' English TSDoc and README, or tools): their links stay
// unprefixed on every language's pages, and they have no alternates. Starlight builds every Markdown page in every
// language (untranslated ones in English with its notice), and src/pages/[...lang]/ builds home and the curriculum.
const ENGLISH_ONLY = [/^\/reference\//, /^\/playground\//, /^\/search\//, /^\/guides\/$/, /^\/widget\//]

/** Whether a site path (without language prefix) exists in every language. */
export const isTranslated = (path: string) => path.startsWith('/') && !path.startsWith('//') && !ENGLISH_ONLY.some((re) => re.test(unlocalized(path)))

/** A site link as `lang`'s pages write it: prefixed when the target exists in that language, as it was otherwise. */
export function localizeHref(href: string, lang: Lang): string {
  if (lang === DEFAULT_LANG || !isTranslated(href)) return href
  const bare = unlocalized(href)
  return `/${lang}${bare}`
}

/** `params.lang` for a page in `lang` (`undefined` builds the root, English, path). */
export const langParam = (lang: Lang) => (lang === DEFAULT_LANG ? undefined : lang)

/**
 * getStaticPaths over every language: `pages(lang)` lists one language's pages, each gets `params.lang` and
 * `props.lang`. A page without params of its own passes `() => [{params: {}, props: {}}]`.
 */
export async function inEveryLanguage<P extends Record<string, string | undefined>, Props extends object>(
  pages: (lang: Lang) => Promise<{params: P; props: Props}[]> | {params: P; props: Props}[],
): Promise<{params: P & {lang: string | undefined}; props: Props & {lang: Lang}}[]> {
  const out = []
  for (const lang of LANGS) for (const p of await pages(lang)) out.push({params: {...p.params, lang: langParam(lang)}, props: {...p.props, lang}})
  return out
}
