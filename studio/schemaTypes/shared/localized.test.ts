import {describe, expect, it} from 'vitest'
import {curriculum, edit, helpdesk, line, loc, track, troubleshooting} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'
import {checkLocalized, localizedProblem} from './localized'
import {describeProblem, studioMessages} from './messages'

const value = (language: string | undefined, text: unknown, key = language ?? 'x') => ({_key: key, _type: 'internationalizedArrayStringValue', language, value: text})

describe('localized fields (internationalized arrays)', () => {
  it('accepts the English text alone', async () => {
    expect(await validateOne(track, {dataset: curriculum})).toEqual([])
  })

  it('requires the default language, whether the field is missing or holds no English item', async () => {
    for (const title of [undefined, []]) {
      expect(describeMarkers(await validateOne(edit(track, {title}), {dataset: curriculum})), JSON.stringify(title)).toEqual([
        'error title: Write the English text; it is required',
      ])
    }
  })

  it('refuses blank text: whitespace is not a title', async () => {
    for (const text of ['', '   ', '\n\t', undefined]) {
      expect(describeMarkers(await validateOne(edit(track, {title: [value('en', text)]}), {dataset: curriculum})), JSON.stringify(text)).toEqual([
        'error title: The English text is empty; write it or remove that language',
      ])
    }
  })

  it('refuses a language the Studio does not know, and an item without a language', async () => {
    const unknown = edit(track, {title: [value('en', 'Support engineering'), value('xx', 'Support')]})
    expect(describeMarkers(await validateOne(unknown, {dataset: curriculum}))).toEqual([
      'error title: "xx" is not one of the Studio\'s languages (en, es, de); remove this translation',
    ])
    const noLanguage = edit(track, {title: [value('en', 'Support engineering'), value(undefined, 'Support', 'k2')]})
    expect(describeMarkers(await validateOne(noLanguage, {dataset: curriculum}))).toEqual([
      'error title: A translation has no language; remove it and add it again from the language buttons',
      // The plugin's own value type requires the language too.
      'error title[_key=="k2"].language: Required',
    ])
  })

  it('refuses the same language twice', async () => {
    const twice = edit(track, {title: [value('en', 'Support engineering', 'a'), value('en', 'Support', 'b')]})
    expect(describeMarkers(await validateOne(twice, {dataset: curriculum}))).toEqual(['error title: English is given twice; keep one'])
  })

  it('checks lengths per language (role title 2 to 80, summaries 20 to 600, skill description at least 20)', async () => {
    expect(describeMarkers(await validateOne(edit(helpdesk, {title: loc('A')}), {dataset: curriculum}))).toEqual([
      'error title: The English text has 1 character; write at least 2',
    ])
    expect(describeMarkers(await validateOne(edit(helpdesk, {title: loc('x'.repeat(81))}), {dataset: curriculum}))).toEqual([
      'error title: The English text has 81 characters; keep it to 80',
    ])
    expect(describeMarkers(await validateOne(edit(track, {summary: loc('Too short.', 'text')}), {dataset: curriculum}))).toEqual([
      'error summary: The English text has 10 characters; write at least 20',
    ])
    expect(describeMarkers(await validateOne(edit(track, {summary: loc('y'.repeat(601), 'text')}), {dataset: curriculum}))).toEqual([
      'error summary: The English text has 601 characters; keep it to 600',
    ])
    expect(describeMarkers(await validateOne(edit(troubleshooting, {description: loc('Fixing things.', 'text')}), {dataset: curriculum}))).toEqual([
      'error description: The English text has 14 characters; write at least 20',
    ])
    // Length counts the text an editor sees: surrounding spaces do not make a summary long enough.
    expect(describeMarkers(await validateOne(edit(track, {summary: loc(`   Too short.${' '.repeat(20)}`, 'text')}), {dataset: curriculum}))).toEqual([
      'error summary: The English text has 10 characters; write at least 20',
    ])
  })

  it('applies the same rules to each line of a list (responsibilities, conditions, key points)', async () => {
    const blankLine = edit(helpdesk, {responsibilities: [line('Resolve user issues', 'r1'), {_type: 'localizedLine', _key: 'r2', text: [value('en', '  ')]}]})
    expect(describeMarkers(await validateOne(blankLine, {dataset: curriculum}))).toEqual([
      'error responsibilities[_key=="r2"].text: The English text is empty; write it or remove that language',
    ])
    const noText = edit(helpdesk, {responsibilities: [{_type: 'localizedLine', _key: 'r1'}]})
    expect(describeMarkers(await validateOne(noText, {dataset: curriculum}))).toEqual([
      'error responsibilities[_key=="r1"].text: Write the English text; it is required',
    ])
  })

  it('leaves optional localized fields optional, but judges what is written', async () => {
    expect(checkLocalized(undefined)).toBe(true)
    expect(checkLocalized([])).toBe(true)
    expect(checkLocalized([value('en', ' ')])).toBe('The English text is empty; write it or remove that language')
    const education = edit(helpdesk, {education: [value('en', ' ')]})
    expect(describeMarkers(await validateOne(education, {dataset: curriculum}))).toEqual([
      'error education: The English text is empty; write it or remove that language',
    ])
  })

  it('accepts Spanish and German beside the English text, each judged by the same rules', async () => {
    const translated = edit(track, {
      title: [value('en', 'Support engineering'), value('es', 'Ingeniería de soporte'), value('de', 'Support Engineering')],
      summary: [
        {...value('en', 'From junior to principal support engineer.'), _type: 'internationalizedArrayTextValue'},
        {...value('de', 'Vom Junior- bis zum Principal-Support-Engineer.'), _type: 'internationalizedArrayTextValue'},
      ],
    })
    expect(await validateOne(translated, {dataset: curriculum})).toEqual([])
  })

  it('lets a translation be missing: readers get the English text, so only a missing English text is an error', async () => {
    // German title, no Spanish: no marker at all.
    expect(await validateOne(edit(track, {title: [value('en', 'Support engineering'), value('de', 'Support Engineering')]}), {dataset: curriculum})).toEqual([])
    // German alone: English is still the one required.
    expect(describeMarkers(await validateOne(edit(track, {title: [value('de', 'Support Engineering')]}), {dataset: curriculum}))).toEqual([
      'error title: Write the English text; it is required',
    ])
  })

  it('names the language whose text it judges', async () => {
    expect(describeMarkers(await validateOne(edit(helpdesk, {title: [value('en', 'Help desk technician'), value('de', 'H')]}), {dataset: curriculum}))).toEqual([
      'error title: The German text has 1 character; write at least 2',
    ])
    expect(describeMarkers(await validateOne(edit(track, {title: [value('en', 'Support engineering'), value('es', '  ')]}), {dataset: curriculum}))).toEqual([
      'error title: The Spanish text is empty; write it or remove that language',
    ])
    expect(describeMarkers(await validateOne(edit(track, {title: [value('en', 'Support'), value('de', 'Support', 'a'), value('de', 'Kundendienst', 'b')]}), {dataset: curriculum}))).toEqual([
      'error title: German is given twice; keep one',
    ])
    const longGerman = [{...value('en', 'A ladder of four rungs for support engineers.'), _type: 'internationalizedArrayTextValue'}, {...value('de', 'y'.repeat(601)), _type: 'internationalizedArrayTextValue'}]
    expect(describeMarkers(await validateOne(edit(track, {summary: longGerman}), {dataset: curriculum}))).toEqual([
      'error summary: The German text has 601 characters; keep it to 600',
    ])
  })

  it('speaks the interface language the editor picked in the Studio (Sanity resolves the rule\'s messages by locale)', async () => {
    const tooShort = edit(helpdesk, {title: [value('en', 'Help desk technician'), value('de', 'H')]})
    expect(describeMarkers(await validateOne(tooShort, {dataset: curriculum, interfaceLocale: 'de-DE'}))).toEqual([
      'error title: Der Text auf Deutsch hat 1 Zeichen; mindestens 2 schreiben',
    ])
    expect(describeMarkers(await validateOne(tooShort, {dataset: curriculum, interfaceLocale: 'es-ES'}))).toEqual([
      'error title: El texto en alemán tiene 1 carácter; escribe al menos 2',
    ])
    const noEnglish = edit(track, {title: [value('es', 'Ingeniería de soporte')]})
    expect(describeMarkers(await validateOne(noEnglish, {dataset: curriculum, interfaceLocale: 'es-ES'}))).toEqual([
      'error title: Escribe el texto en inglés; es obligatorio',
    ])
    expect(describeMarkers(await validateOne(noEnglish, {dataset: curriculum, interfaceLocale: 'de-DE'}))).toEqual([
      'error title: Den Text auf Englisch schreiben; er ist Pflicht',
    ])
  })

  it('has every message in every interface language, each naming the language it judges', () => {
    const problems = [
      localizedProblem([value(undefined, 'x')]),
      localizedProblem([value('xx', 'x')]),
      localizedProblem([value('es', 'a', 'a'), value('es', 'b', 'b')]),
      localizedProblem([value('es', ' ')]),
      localizedProblem([value('es', 'a')], {min: 2}),
      localizedProblem([value('es', 'abc')], {max: 2}),
      localizedProblem([value('es', 'texto')], {required: true}),
    ]
    expect(problems.map((p) => p?.code)).toEqual(['no-language', 'unknown-language', 'twice', 'empty', 'too-short', 'too-long', 'required'])
    for (const problem of problems) {
      const messages = studioMessages(problem!)
      expect(Object.keys(messages).sort(), problem!.code).toEqual(['de-DE', 'en-US', 'es-ES'])
      expect(new Set(Object.values(messages)).size, problem!.code).toBe(3)
      expect(messages['en-US']).toBe(describeProblem(problem!))
      if ('language' in problem! && problem.code !== 'unknown-language') {
        expect(messages['en-US'], problem!.code).toMatch(/Spanish|English/)
        expect(messages['es-ES'], problem!.code).toMatch(/español|inglés/)
        expect(messages['de-DE'], problem!.code).toMatch(/Spanisch|Englisch/)
      }
    }
  })
})
