import {createCareerPathClient} from '@careerpath/sdk'
import {describe, expect, it} from 'vitest'
import {LANGS, LANGUAGE_NAMES, isTranslated, langOf, localizeHref, unlocalized} from './i18n'

describe('site languages', () => {
  it('are the SDK languages with their own names, English first', async () => {
    const languages = await createCareerPathClient().listLanguages()
    expect(LANGS).toEqual(languages.map((l) => l.id))
    expect(Object.values(LANGUAGE_NAMES)).toEqual(languages.map((l) => l.title))
  })

  it('reads a page language from its path prefix only', () => {
    expect(langOf('/es/curriculum/roles/x/')).toBe('es')
    expect(langOf(new URL('http://h/de/'))).toBe('de')
    expect(langOf('/curriculum/')).toBe('en')
    expect(langOf('/en/curriculum/')).toBe('en')
    expect(langOf('/esx/')).toBe('en')
    expect(unlocalized('/de/curriculum/')).toBe('/curriculum/')
    expect(unlocalized('/es/')).toBe('/')
  })

  it('prefixes links to translated pages only', () => {
    expect(localizeHref('/curriculum/roles/x/#skills', 'es')).toBe('/es/curriculum/roles/x/#skills')
    expect(localizeHref('/getting-started/', 'de')).toBe('/de/getting-started/')
    expect(localizeHref('/', 'de')).toBe('/de/')
    expect(localizeHref('/reference/sdk/', 'es')).toBe('/reference/sdk/')
    expect(localizeHref('/playground/?view=plan', 'es')).toBe('/playground/?view=plan')
    expect(localizeHref('https://example.com/x/', 'es')).toBe('https://example.com/x/')
    expect(localizeHref('#faq', 'es')).toBe('#faq')
    expect(localizeHref('/curriculum/', 'en')).toBe('/curriculum/')
    expect(isTranslated('/es/reference/')).toBe(false)
  })
})
