import {describe, expect, it} from 'vitest'
import {aPlus, curriculum, datasetWith, edit, ref} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const successor = edit(aPlus, {_id: 'cert.a-plus-2', title: 'CompTIA A+ (new)', slug: {_type: 'slug', current: 'comptia-a-plus-new'}})
const validate = (doc: ReturnType<typeof edit>) => validateOne(doc, {dataset: datasetWith(successor, doc)})

describe('certification status', () => {
  it('accepts an active certification, and a retired one with its date and successor', async () => {
    expect(await validate(aPlus)).toEqual([])
    expect(await validate(edit(aPlus, {status: 'retired', retiredOn: '2025-06-30', successor: ref(successor._id)}))).toEqual([])
  })

  it('needs a retirement date once retired', async () => {
    expect(describeMarkers(await validate(edit(aPlus, {status: 'retired'})))).toEqual([
      'error retiredOn: A retired certification needs its retirement date',
    ])
  })

  it('allows a successor only on a retired certification', async () => {
    expect(describeMarkers(await validate(edit(aPlus, {successor: ref(successor._id)})))).toEqual([
      'error successor: Only a retired certification has a successor',
    ])
  })

  it('does not let a certification replace itself, draft or published', async () => {
    const selfReplacing = edit(aPlus, {status: 'retired', retiredOn: '2025-06-30', successor: ref(aPlus._id)})
    expect(describeMarkers(await validate(selfReplacing))).toEqual(['error successor: A certification cannot replace itself'])
    const draft = edit(selfReplacing, {_id: `drafts.${aPlus._id}`})
    expect(describeMarkers(await validate(draft))).toEqual(['error successor: A certification cannot replace itself'])
  })

  it('requires vendor and level, and levels come from the list', async () => {
    expect(describeMarkers(await validate(edit(aPlus, {vendor: undefined, level: 'beginner'})))).toEqual([
      'error level: Value "beginner" did not match any allowed values',
      'error vendor: Required',
    ])
  })

  it('lists each covered skill once', async () => {
    const twice = edit(aPlus, {skills: [ref('skill.troubleshooting', 'k1'), ref('skill.troubleshooting', 'k2')]})
    expect(describeMarkers(await validateOne(twice, {dataset: curriculum}))).toEqual([
      'error skills[_key=="k1"]: Can\'t be a duplicate',
      'error skills[_key=="k2"]: Can\'t be a duplicate',
    ])
  })
})
