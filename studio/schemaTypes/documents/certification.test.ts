import {describe, expect, it} from 'vitest'
import {aPlus, curriculum, datasetWith, edit, loc, ref} from '../../test/fixtures'
import {hiddenOf} from '../../test/hidden'
import {describeMarkers, validateOne} from '../../test/validateDocuments'
import {certification} from './certification'

const successor = edit(aPlus, {_id: 'cert.a-plus-2', title: loc('CompTIA A+ (new)'), slug: {_type: 'slug', current: 'comptia-a-plus-new'}})
const validate = (doc: ReturnType<typeof edit>) => validateOne(doc, {dataset: datasetWith(successor, doc)})
const hidden = (name: string) => hiddenOf(certification, name)

describe('certification status', () => {
  it('accepts an active certification, and a retired one with its date and successor', async () => {
    expect(await validate(aPlus)).toEqual([])
    expect(await validate(edit(aPlus, {status: 'retired', retiredOn: '2025-06-30', successor: ref(successor._id)}))).toEqual([])
  })

  it('needs a retirement date once retired', async () => {
    expect(describeMarkers(await validate(edit(aPlus, {status: 'retired'})))).toEqual(['error retiredOn: A retired certification needs its retirement date'])
  })

  it('refuses a leftover retirement date or successor on an active certification', async () => {
    expect(describeMarkers(await validate(edit(aPlus, {retiredOn: '2025-06-30', successor: ref(successor._id)})))).toEqual([
      'error retiredOn: Only a retired certification has a retirement date; clear it or set the status to retired',
      'error successor: Only a retired certification has a successor; clear it or set the status to retired',
    ])
  })

  it('shows a leftover retirement date or successor, so its error is on a field the editor can see and clear', () => {
    for (const name of ['retiredOn', 'successor']) {
      const isHidden = hidden(name)
      expect(isHidden({document: {status: 'active'}, value: undefined}), name).toBe(true)
      expect(isHidden({document: {status: 'active'}, value: name === 'retiredOn' ? '2025-06-30' : ref(successor._id)}), name).toBe(false)
      expect(isHidden({document: {status: 'retired'}, value: undefined}), name).toBe(false)
    }
  })

  it('does not let a certification replace itself, draft or published', async () => {
    const selfReplacing = edit(aPlus, {status: 'retired', retiredOn: '2025-06-30', successor: ref(aPlus._id)})
    expect(describeMarkers(await validate(selfReplacing))).toEqual(['error successor: A certification cannot replace itself'])
    const draft = edit(selfReplacing, {_id: `drafts.${aPlus._id}`})
    expect(describeMarkers(await validate(draft))).toEqual(['error successor: A certification cannot replace itself'])
  })

  it('requires a vendor organisation and a level from the list', async () => {
    expect(describeMarkers(await validate(edit(aPlus, {vendor: undefined, level: 'beginner'})))).toEqual([
      'error level: Value "beginner" did not match any allowed values',
      'error vendor: Required',
    ])
    // The vendor is a reference to an organisation document; the v1 string is refused.
    expect(describeMarkers(await validate(edit(aPlus, {vendor: 'CompTIA'})))).toEqual([
      'error vendor: Expected type "Object", got "String"',
      'error vendor: Must be a reference to a document',
    ])
  })

  it('shows the URL basis while there is a URL or a leftover basis', () => {
    const isHidden = hidden('urlBasis')
    expect(isHidden({document: {url: 'https://www.comptia.org'}, value: undefined})).toBe(false)
    expect(isHidden({document: {}, value: undefined})).toBe(true)
    expect(isHidden({document: {}, value: {kind: 'added'}})).toBe(false)
  })

  it('lists each covered skill once', async () => {
    const twice = edit(aPlus, {skills: [ref('skill.troubleshooting', 'k1'), ref('skill.troubleshooting', 'k2')]})
    expect(describeMarkers(await validateOne(twice, {dataset: curriculum}))).toEqual([
      'error skills[_key=="k1"]: Can\'t be a duplicate',
      'error skills[_key=="k2"]: Can\'t be a duplicate',
    ])
  })
})
