/**
 * The editor flows of issue 9's "Done when", each a short story through
 * Sanity's validation engine with the Studio's client (perspective raw) against
 * one test server whose stored dataset changes between steps as the Content
 * Lake's would: creating a draft stores `drafts.<id>`, publishing moves it to
 * its published id, a release holds `versions.<release>.<id>`.
 */
import type {TestServer} from '@careerpath/test-server'
import type {SanityClient} from '@sanity/client'
import {getPublishedId} from 'sanity'
import {describe, expect, it} from 'vitest'
import {isUniquePerLanguage} from '../schemaTypes/shared/fields'
import {block, curriculum, edit, faq, family, helpdesk, loc, move, ref, success, track} from './fixtures'
import {describeMarkers, validateOne, withStudioClient, type DocumentLike} from './validateDocuments'

/** The stored dataset of one story, mirrored into the server on every change. */
class Story {
  constructor(
    private server: TestServer,
    readonly client: SanityClient,
    private docs: DocumentLike[],
  ) {
    server.setDocuments(docs)
  }

  /** Creates or edits a stored document (draft, version or published). */
  save(doc: DocumentLike) {
    this.docs = [...this.docs.filter((d) => d._id !== doc._id), doc]
    this.server.setDocuments(this.docs)
    return doc
  }

  /** What "Publish" does: the draft (or version) replaces the published document and is gone. */
  publish(versionId: string) {
    const version = this.docs.find((d) => d._id === versionId)
    if (!version) throw new Error(`No stored ${versionId} to publish`)
    const publishedId = getPublishedId(versionId)
    this.docs = [...this.docs.filter((d) => d._id !== versionId && d._id !== publishedId), {...version, _id: publishedId}]
    this.server.setDocuments(this.docs)
  }

  async markers(id: string) {
    const doc = this.docs.find((d) => d._id === id)
    if (!doc) throw new Error(`No stored ${id}`)
    return describeMarkers(await validateOne(doc, {client: this.client}))
  }
}

const story = <T>(docs: readonly DocumentLike[], run: (s: Story) => Promise<T>) =>
  withStudioClient([], async (client, server) => run(new Story(server, client, [...docs])))

const newTrack = edit(track, {
  _id: 'drafts.track.infrastructure',
  title: loc('Infrastructure'),
  slug: {_type: 'slug', current: 'infrastructure'},
  summary: loc('From the server room to the architecture of the whole estate.', 'text'),
  sources: undefined,
})
const newRole = (id: string, title: string, rung: number, seniority: number, extra: Record<string, unknown> = {}) =>
  edit(helpdesk, {
    _id: id,
    title: loc(title),
    slug: {_type: 'slug', current: getPublishedId(id).replace('role.', '')},
    track: ref('track.infrastructure'),
    rung,
    seniority,
    transitions: undefined,
    ...extra,
  })

describe('a new ladder is published in the drafts workflow, in the order an editor works', () => {
  it('track draft → publish → first role → publish → second role → publish: no errors on the way, and the ladder warning goes', async () => {
    await story(curriculum, async (s) => {
      // 1. The editor creates the track. It validates with no error; it only warns that a ladder needs two roles.
      s.save(newTrack)
      expect(await s.markers('drafts.track.infrastructure')).toEqual([
        'warning kind: A ladder needs at least two roles; this one has 0. Add roles that name this track, or make it a family.',
      ])
      // A role cannot go first: its track reference needs the track published (strong references, as in v1).
      s.save(newRole('drafts.role.sysadmin', 'Systems administrator', 1, 2))
      expect(await s.markers('drafts.role.sysadmin')).toEqual(['error track: Referenced document must be published'])

      // 2. Publish the track (a warning does not block publishing).
      s.publish('drafts.track.infrastructure')
      expect(await s.markers('track.infrastructure')).toEqual([
        'warning kind: A ladder needs at least two roles; this one has 0. Add roles that name this track, or make it a family.',
      ])

      // 3. The first role's draft now validates clean; publish it.
      expect(await s.markers('drafts.role.sysadmin')).toEqual([])
      s.publish('drafts.role.sysadmin')
      expect(await s.markers('track.infrastructure')).toEqual([
        'warning kind: A ladder needs at least two roles; this one has 1. Add roles that name this track, or make it a family.',
      ])

      // 4. The second role, with a promotion from the first added afterwards.
      s.save(newRole('drafts.role.architect', 'Infrastructure architect', 2, 4))
      expect(await s.markers('drafts.role.architect')).toEqual([])
      s.publish('drafts.role.architect')
      s.save(newRole('drafts.role.sysadmin', 'Systems administrator', 1, 2, {transitions: [move('role.architect', 't1')]}))
      expect(await s.markers('drafts.role.sysadmin')).toEqual([])
      s.publish('drafts.role.sysadmin')

      // 5. The ladder has two roles: the warning is gone.
      expect(await s.markers('track.infrastructure')).toEqual([])
    })
  })
})

describe('role drift is impossible', () => {
  it('refuses a second role on a rung, even while both are drafts', async () => {
    await story(curriculum, async (s) => {
      s.save(edit(helpdesk, {_id: 'drafts.role.desk-2', slug: {_type: 'slug', current: 'desk-2'}, title: loc('Desk analyst'), rung: 4, seniority: 3, transitions: undefined}))
      s.save(edit(helpdesk, {_id: 'drafts.role.desk-3', slug: {_type: 'slug', current: 'desk-3'}, title: loc('Desk lead'), rung: 4, seniority: 3, transitions: undefined}))
      expect(await s.markers('drafts.role.desk-3')).toEqual(['error rung: "Desk analyst" already stands on rung 4 of "Support engineering"; pick another rung'])
      expect(await s.markers('drafts.role.desk-2')).toEqual(['error rung: "Desk lead" already stands on rung 4 of "Support engineering"; pick another rung'])
    })
  })

  it('refuses a rung on a family role, and a ladder role without one', async () => {
    await story(curriculum, async (s) => {
      s.save(edit(success, {_id: 'drafts.role.success', rung: 2}))
      expect(await s.markers('drafts.role.success')).toEqual(['error rung: "Beyond support" is a family of roles, not a ladder: roles in a family have no rung; clear it'])
      // Moving a ladder role into the family without clearing the rung is the same drift.
      s.save(edit(helpdesk, {_id: 'drafts.role.helpdesk', track: ref(family._id), transitions: undefined}))
      expect(await s.markers('drafts.role.helpdesk')).toEqual(['error rung: "Beyond support" is a family of roles, not a ladder: roles in a family have no rung; clear it'])
    })
  })
})

describe('promotions go up', () => {
  it('refuses a promotion down, and a lateral move up with the hint to make it a promotion', async () => {
    await story(curriculum, async (s) => {
      s.save(edit(curriculum.find((d) => d._id === 'role.senior')!, {_id: 'drafts.role.senior', transitions: [move('role.analyst', 'down')]}))
      expect(await s.markers('drafts.role.senior')).toEqual([
        'error transitions[_key=="down"].kind: The move to "Support analyst" goes from Senior to Intermediate, but a promotion must go to a higher seniority: a move down is not a next move; remove it or pick another role',
      ])
      s.save(edit(helpdesk, {_id: 'drafts.role.helpdesk', transitions: [move('role.analyst', 'up', 'lateral')]}))
      expect(await s.markers('drafts.role.helpdesk')).toEqual([
        'error transitions[_key=="up"].kind: The move to "Support analyst" goes from Entry to Intermediate, but a lateral move stays at the same seniority: make it a promotion',
      ])
    })
  })
})

/**
 * A loop no single version shows: published, C (Senior) promotes to A (Lead).
 * A's draft lowers A to Entry and promotes to B; B's draft promotes to C. Each
 * draft's own moves go up; only together do they close A → B → C → A.
 */
const familyRole = (id: string, title: string, seniority: number, promotions: string[] = []) =>
  edit(success, {
    _id: id,
    title: loc(title),
    slug: {_type: 'slug', current: getPublishedId(id).replace('role.', '')},
    seniority,
    transitions: promotions.map((to, i) => move(to, `p${i}`)),
  })
const loopBase = [
  ...curriculum,
  familyRole('role.a', 'Role A', 4),
  familyRole('role.b', 'Role B', 2),
  familyRole('role.c', 'Role C', 3, ['role.a']),
]
const LOOP = (first: string) => {
  const order = ['Role A', 'Role B', 'Role C']
  const start = order.indexOf(first)
  const route = [...order.slice(start), ...order.slice(0, start), first]
  return `error transitions: Promotions form a loop: ${route.join(' → ')}. A promotion must lead upwards.`
}

describe('a promotion loop that only exists when several versions go live together is caught', () => {
  it('two drafts: each alone validates clean; with both stored, either one reports the loop', async () => {
    const draftA = familyRole('drafts.role.a', 'Role A', 1, ['role.b'])
    const draftB = familyRole('drafts.role.b', 'Role B', 2, ['role.c'])
    await story([...loopBase, draftA], async (s) => expect(await s.markers('drafts.role.a')).toEqual([]))
    await story([...loopBase, draftB], async (s) => expect(await s.markers('drafts.role.b')).toEqual([]))
    await story([...loopBase, draftA, draftB], async (s) => {
      expect(await s.markers('drafts.role.a')).toEqual([LOOP('Role A')])
      expect(await s.markers('drafts.role.b')).toEqual([LOOP('Role B')])
    })
  })

  it('two versions in one release: either one reports the loop; the same versions in different releases do not', async () => {
    const inRelease = (release: string, doc: DocumentLike) => ({...doc, _id: `versions.${release}.${getPublishedId(doc._id)}`})
    const a = familyRole('role.a', 'Role A', 1, ['role.b'])
    const b = familyRole('role.b', 'Role B', 2, ['role.c'])
    await story([...loopBase, inRelease('spring', a), inRelease('spring', b)], async (s) => {
      expect(await s.markers('versions.spring.role.a')).toEqual([LOOP('Role A')])
      expect(await s.markers('versions.spring.role.b')).toEqual([LOOP('Role B')])
    })
    await story([...loopBase, inRelease('spring', a), inRelease('autumn', b)], async (s) => {
      expect(await s.markers('versions.spring.role.a')).toEqual([])
      expect(await s.markers('versions.autumn.role.b')).toEqual([])
    })
  })
})

describe('a translated FAQ keeps its slug in another language and is linked through translation.metadata', () => {
  const spanish = {
    ...faq,
    _id: 'faq.degree-es',
    language: 'es',
    question: '¿Necesito un título para empezar en soporte informático?',
    answer: [block('No. Muchas empresas contratan por certificaciones y experiencia.', 'a1')],
  }
  /** The link @sanity/document-internationalization writes: one `translation.metadata` document per set of translations. */
  const link = (id: string, translations: Record<string, string>) => ({
    _id: id,
    _type: 'translation.metadata',
    schemaTypes: ['faq'],
    translations: Object.entries(translations).map(([language, ref]) => ({
      _key: language,
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: {_type: 'reference', _ref: ref},
    })),
  })

  it('accepts the same slug in Spanish and refuses it twice in one language (the per-language uniqueness rule with the Studio client)', async () => {
    await withStudioClient([...curriculum, spanish, {...spanish, _id: 'drafts.faq.degree-es'}], async (client) => {
      const context = (document: DocumentLike) => ({document, getClient: (options: {apiVersion: string}) => client.withConfig(options)}) as never
      // English original and Spanish translation (published and draft) share "do-i-need-a-degree".
      expect(await isUniquePerLanguage('do-i-need-a-degree', context(spanish))).toBe(true)
      expect(await isUniquePerLanguage('do-i-need-a-degree', context({...spanish, _id: 'drafts.faq.degree-es'}))).toBe(true)
      expect(await isUniquePerLanguage('do-i-need-a-degree', context(faq))).toBe(true)
      // A second Spanish FAQ with that slug clashes; so does a second English one, draft or not.
      expect(await isUniquePerLanguage('do-i-need-a-degree', context({...spanish, _id: 'drafts.faq.other-es'}))).toBe(false)
      expect(await isUniquePerLanguage('do-i-need-a-degree', context({...faq, _id: 'faq.other'}))).toBe(false)
    })
  })

  it('through the engine: the Spanish translation with the English slug validates clean; a same-language twin gets "Slug is already in use"', async () => {
    await story([...curriculum, spanish], async (s) => {
      expect(await s.markers('faq.degree-es')).toEqual([])
      s.save({...spanish, _id: 'drafts.faq.twin-es'})
      expect(await s.markers('drafts.faq.twin-es')).toEqual(['error slug: Slug is already in use'])
      s.save({...faq, _id: 'drafts.faq.twin-en'})
      expect(await s.markers('drafts.faq.twin-en')).toEqual(['error slug: Slug is already in use'])
    })
  })

  it('links the English FAQ and its Spanish and German translations in one metadata document, as the plugin stores it', async () => {
    const german = {...faq, _id: 'faq.degree-de', language: 'de', question: 'Brauche ich ein Studium, um im IT-Support anzufangen?', answer: [block('Nein. Viele Arbeitgeber stellen nach Zertifikaten und Erfahrung ein.', 'a1')]}
    await story([...curriculum, spanish, german, link('translation.faq.degree', {en: 'faq.degree', es: 'faq.degree-es', de: 'faq.degree-de'})], async (s) => {
      expect(await s.markers('translation.faq.degree')).toEqual([])
      expect(await s.markers('faq.degree-de')).toEqual([])
      // A link that files the German FAQ under Spanish is refused by the plugin's own rule.
      s.save(link('translation.faq.wrong', {en: 'faq.degree', es: 'faq.degree-de'}))
      expect(await s.markers('translation.faq.wrong')).toEqual(['error translations[_key=="es"]: Referenced document does not have the correct language value'])
      // A language the Studio does not have cannot be linked either.
      s.save(link('translation.faq.french', {en: 'faq.degree', fr: 'faq.degree-es'}))
      expect((await s.markers('translation.faq.french')).some((m) => m.includes('"fr"'))).toBe(true)
    })
  })
})
