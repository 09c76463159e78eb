// The sidebar: its groups and links, each label in every language (Starlight's `translations`). Starlight prefixes
// the links on a Spanish or German page with the language (src/lib/route-middleware.ts takes the prefix off again
// for pages built in English only).
import {LANGS, DEFAULT_LANG} from './i18n'
import {messages, type Messages} from './messages'

type SectionKey = keyof Messages['sections']

/** A label in English with its translations, as Starlight's sidebar takes it. */
function labelled(key: SectionKey) {
  return {
    label: messages(DEFAULT_LANG).sections[key],
    translations: Object.fromEntries(LANGS.filter((l) => l !== DEFAULT_LANG).map((l) => [l, messages(l).sections[key]])),
  }
}

const link = (key: SectionKey, href: string) => ({...labelled(key), link: href})

/** The curriculum's section pages, in the order the sidebar lists them. */
export const curriculumSections = [
  link('overview', '/curriculum/'),
  link('tracks', '/curriculum/tracks/'),
  link('roles', '/curriculum/roles/'),
  link('skills', '/curriculum/skills/'),
  link('certifications', '/curriculum/certifications/'),
  link('organisations', '/curriculum/organisations/'),
  link('learningPaths', '/curriculum/learning-paths/'),
  link('resources', '/curriculum/resources/'),
  link('faqs', '/curriculum/faqs/'),
  link('guidesCareer', '/curriculum/guides/'),
  link('sources', '/curriculum/sources/'),
]

/** Starlight's `sidebar`: the reference lists one page per entry point of the SDK and the widget. */
export function sidebar(entryPoints: readonly {specifier: string; slug: string}[]) {
  return [
    {...labelled('start'), items: [link('gettingStarted', '/getting-started/'), link('playground', '/playground/')]},
    {...labelled('guides'), items: [link('guideSdk', '/guides/sdk/'), link('guideWidget', '/guides/widget/'), link('guideStudio', '/guides/studio/')]},
    {...labelled('reference'), items: [link('referenceOverview', '/reference/'), ...entryPoints.map((e) => ({label: e.specifier, link: `/reference/${e.slug}/`}))]},
    {...labelled('curriculum'), items: curriculumSections},
  ]
}
