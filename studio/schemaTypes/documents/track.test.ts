import {describe, expect, it} from 'vitest'
import {curriculum, datasetWith, datasetWithout, edit, family, track} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'
import {degree} from './degree'
import {organisation} from './organisation'

describe('tracks: ladders and families', () => {
  it('accepts a ladder with three roles and a family with one', async () => {
    expect(await validateOne(track, {dataset: curriculum})).toEqual([])
    expect(await validateOne(family, {dataset: curriculum})).toEqual([])
  })

  it('warns (does not block) while a ladder has fewer than two roles', async () => {
    const dataset = datasetWithout('role.analyst', 'role.senior')
    expect(describeMarkers(await validateOne(track, {dataset}))).toEqual([
      'warning kind: A ladder needs at least two roles; this one has 1. Add roles that name this track, or make it a family.',
    ])
    // A family of one is what families are for.
    expect(await validateOne(edit(track, {kind: 'family'}), {dataset})).toEqual([])
  })

  it('counts the roles that go live with the edited version: drafts for a draft, published for the published track', async () => {
    const dataset = [...datasetWithout('role.analyst', 'role.senior'), edit(curriculum.find((d) => d._id === 'role.analyst')!, {_id: 'drafts.role.analyst'})]
    expect(describeMarkers(await validateOne(track, {dataset}))).toEqual([
      'warning kind: A ladder needs at least two roles; this one has 1. Add roles that name this track, or make it a family.',
    ])
    const draftTrack = edit(track, {_id: 'drafts.track.support'})
    expect(await validateOne(draftTrack, {dataset: [...dataset, draftTrack]})).toEqual([])
  })

  it('requires a kind from the list', async () => {
    expect(describeMarkers(await validateOne(edit(track, {kind: undefined}), {dataset: curriculum}))).toEqual(['error kind: Required'])
    expect(describeMarkers(await validateOne(edit(track, {kind: 'alternative'}), {dataset: curriculum}))).toEqual([
      'error kind: Value "alternative" did not match any allowed values',
      // Sanity adds the list check to each rule of the field, the ladder-size warning included.
      'warning kind: Value "alternative" did not match any allowed values',
    ])
  })

  it('has no role list: membership and rung live on the role', () => {
    expect(datasetWith().find((d) => d._id === 'track.support')).not.toHaveProperty('roles')
  })
})

describe('degrees and organisations', () => {
  it('accepts a degree without an awarding body, and requires its level', async () => {
    const bachelor = curriculum.find((d) => d._type === 'degree')!
    expect(await validateOne(bachelor, {dataset: curriculum})).toEqual([])
    expect(describeMarkers(await validateOne(edit(bachelor, {level: 'diploma'}), {dataset: curriculum}))).toEqual([
      'error level: Value "diploma" did not match any allowed values',
    ])
    expect((degree.fields as {name: string}[]).map((f) => f.name)).not.toContain('retiredOn')
  })

  it('accepts an organisation and refuses a duplicate alias', async () => {
    const comptia = curriculum.find((d) => d._type === 'organisation')!
    expect(await validateOne(comptia, {dataset: curriculum})).toEqual([])
    expect(describeMarkers(await validateOne(edit(comptia, {aliases: ['CompTIA', 'CompTIA']}), {dataset: curriculum}))).toEqual([
      'error aliases[0]: Can\'t be a duplicate',
      'error aliases[1]: Can\'t be a duplicate',
    ])
    expect((organisation.fields as {name: string}[]).map((f) => f.name)).toEqual(['title', 'slug', 'aliases', 'url', 'urlBasis', 'note'])
  })
})
