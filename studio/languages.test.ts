/**
 * The Studio's languages: one list (`supportedLanguages`) feeds both translation
 * plugins, the language fields and the label catalogue; Sanity's locale packages
 * give the interface in German and Spanish while English stays the default.
 */
import {describe, expect, it} from 'vitest'
import * as options from './schemaTypes/shared/options'
import {getWorkspace} from './test/validateDocuments'

const {defaultLanguage, optionTitle, studioList, supportedLanguages, translationLanguages} = options

type LabelledList = readonly {title: string; value: string | number; i18n: Record<string, string>}[]
const isLabelledList = (value: unknown): value is LabelledList =>
  Array.isArray(value) && value.every((o: unknown) => typeof o === 'object' && o !== null && 'i18n' in o)

/** Every labelled list of the catalogue, by its export name. */
const catalogue = (Object.entries(options) as [string, unknown][]).flatMap(([name, value]) => (isLabelledList(value) ? [[name, value] as const] : []))

describe('languages', () => {
  it('are English, Spanish and German, English first: the language every text is written in and the one that is required', () => {
    expect(supportedLanguages.map((l) => [l.id, l.title])).toEqual([
      ['en', 'English'],
      ['es', 'Español'],
      ['de', 'Deutsch'],
    ])
    expect(defaultLanguage).toBe('en')
    expect(translationLanguages).toEqual(['es', 'de'])
  })

  it('each have a name in every supported language, for messages and labels', () => {
    for (const language of supportedLanguages) {
      expect(Object.keys(language.name).sort(), language.id).toEqual(supportedLanguages.map((l) => l.id).sort())
      for (const name of Object.values(language.name)) expect(name.trim(), language.id).not.toBe('')
    }
  })

  it('feed the language field of FAQs, guides, resources and source articles (shown on FAQs and guides now that there are several)', async () => {
    const workspace = await getWorkspace()
    for (const type of ['faq', 'guide', 'resource', 'sourceArticle']) {
      const field = (workspace.schema.get(type) as {fields: {name: string; type: {options?: {list?: {value: string}[]}; hidden?: unknown}}[]}).fields.find((f) => f.name === 'language')!
      expect(field.type.options?.list?.map((o) => o.value), type).toEqual(['en', 'es', 'de'])
    }
    const faqLanguage = (workspace.schema.get('faq') as {fields: {name: string; type: {hidden?: unknown}}[]}).fields.find((f) => f.name === 'language')!
    expect(faqLanguage.type.hidden).toBe(false)
  })

  it('link document translations through the plugin\'s translation.metadata type, for FAQs and guides', async () => {
    const workspace = await getWorkspace()
    const metadata = workspace.schema.get('translation.metadata') as {fields: {name: string}[]} | undefined
    expect(metadata?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['translations', 'schemaTypes']))
    const value = workspace.schema.get('internationalizedArrayReferenceValue') as {fields: {name: string; type: {to?: {name: string}[]}}[]}
    expect(value.fields.find((f) => f.name === 'value')?.type.to?.map((t) => t.name)).toEqual(['faq', 'guide'])
  })

  it('give the Studio\'s interface in German and Spanish from Sanity\'s locale packages, English by default', async () => {
    const workspace = await getWorkspace()
    expect(workspace.i18n.locales.map((l) => l.id).sort()).toEqual(['de-DE', 'en-US', 'es-ES'])
    expect(workspace.i18n.currentLocale.id).toBe('en-US')
    expect(supportedLanguages.map((l) => l.studioLocale)).toEqual(['en-US', 'es-ES', 'de-DE'])
  })
})

describe('the label catalogue (options.ts)', () => {
  it('covers every closed list readers see', () => {
    expect(catalogue.map(([name]) => name).sort()).toEqual(
      ['basisKinds', 'certificationLevels', 'certificationStatuses', 'degreeLevels', 'proficiencyLevels', 'resourceCosts', 'resourceKinds', 'seniorityLevels', 'skillCategories', 'trackKinds', 'transitionKinds'].sort(),
    )
  })

  it('has a label in every language for every value', () => {
    const missing: string[] = []
    for (const [name, list] of catalogue) {
      for (const option of list) {
        for (const language of translationLanguages) if (!option.i18n[language]?.trim()) missing.push(`${name} ${option.value} ${language}`)
        expect(Object.keys(option.i18n).sort(), `${name} ${option.value}`).toEqual([...translationLanguages].sort())
      }
    }
    expect(missing).toEqual([])
  })

  it('keeps labels apart within a list, in every language', () => {
    for (const [name, list] of catalogue) {
      for (const language of translationLanguages) {
        const labels = list.map((o) => o.i18n[language])
        expect(new Set(labels).size, `${name} ${language}`).toBe(labels.length)
      }
    }
  })

  it('reads a label in a language, English by default', () => {
    expect(optionTitle(options.seniorityLevels, 1)).toBe('Entry')
    expect(optionTitle(options.seniorityLevels, 1, 'de')).toBe('Einstieg')
    expect(optionTitle(options.resourceCosts, 'free-audit', 'es')).toBe('Gratis como oyente')
    expect(optionTitle(options.proficiencyLevels, 5, 'de')).toBe('Expertenwissen')
    expect(optionTitle(options.trackKinds, 'ladder' as never, 'es')).toBeUndefined()
    expect(options.proficiencyLabels).toEqual(['Awareness', 'Working knowledge', 'Practitioner', 'Advanced', 'Expert'])
  })

  it('hands Sanity plain {title, value} items: the Studio\'s forms are in English', () => {
    expect(studioList(options.resourceCosts)).toEqual([
      {title: 'Free', value: 'free'},
      {title: 'Free to audit', value: 'free-audit'},
      {title: 'Paid', value: 'paid'},
    ])
  })
})
