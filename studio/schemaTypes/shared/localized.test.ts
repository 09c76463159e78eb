import {describe, expect, it} from 'vitest'
import {curriculum, edit, helpdesk, line, loc, track, troubleshooting} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'
import {checkLocalized} from './localized'

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
      'error title: "xx" is not one of the Studio\'s languages (en); remove this translation',
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
})
