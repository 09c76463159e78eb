import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {describe, expect, it} from 'vitest'
import {analyst, curriculum, edit, helpdesk, loc, senior, track} from '../test/fixtures'
import {analystDraft, product, toolsDataset} from '../test/scenario'
import {withStudioClient} from '../test/validateDocuments'
import {PREVIEW_QUERY, previewTabs, previewTarget, visitorDocuments, widgetAttributes, type StoredDocument} from './visitorDocuments'

const byId = (docs: StoredDocument[], id: string) => docs.find((d) => d._id === id)
const titleOf = (doc: StoredDocument | undefined) => (doc?.title as {value: string}[] | undefined)?.[0]?.value

describe('what the preview gives the widget', () => {
  it('reads the documents the widget\'s graph reads, every version, and keeps one per document as they go live with the edited one', async () => {
    expect(PREVIEW_QUERY).toBe(graphDocumentsQuery)
    const rows = await withStudioClient(toolsDataset, (client) => client.fetch<StoredDocument[]>(PREVIEW_QUERY))
    expect(rows.some((d) => d._id.startsWith('drafts.'))).toBe(true)
    const docs = visitorDocuments(rows, analystDraft)
    expect(docs.every((d) => !d._id.startsWith('drafts.'))).toBe(true)
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length)
    // The other drafts go live with this one; FAQs and learning paths are not the widget's.
    expect(titleOf(byId(docs, 'role.analyst'))).toBe('Support analyst (draft title)')
    expect((byId(docs, 'role.senior')?.credentials as unknown[]).length).toBe(2)
    expect(byId(docs, 'faq.degree')).toBeUndefined()
  })

  it('uses the form\'s values for the edited document, not the stored draft', () => {
    const typed = edit(analystDraft, {title: loc('Typed just now')})
    expect(titleOf(byId(visitorDocuments([...curriculum, analystDraft], typed), 'role.analyst'))).toBe('Typed just now')
  })

  it('shows a published document beside published neighbours only, and a release version with its release', () => {
    const rows = [...curriculum, edit(senior, {_id: 'drafts.role.senior', title: loc('Draft senior')}), edit(senior, {_id: 'versions.spring.role.senior', title: loc('Spring senior')})]
    expect(titleOf(byId(visitorDocuments(rows, analyst), 'role.senior'))).toBe('Senior support engineer')
    expect(titleOf(byId(visitorDocuments(rows, edit(analyst, {_id: 'versions.spring.role.analyst'})), 'role.senior'))).toBe('Spring senior')
    expect(titleOf(byId(visitorDocuments(rows, edit(analyst, {_id: 'drafts.role.analyst'})), 'role.senior'))).toBe('Draft senior')
  })
})

describe('what to show', () => {
  const docs = visitorDocuments(toolsDataset as StoredDocument[], analystDraft)

  it('opens a role with its track and a plan up its ladder from the entry rung', () => {
    const target = previewTarget(docs, analystDraft)
    expect(target).toEqual({
      type: 'role',
      slug: 'support-analyst',
      title: 'Support analyst (draft title)',
      track: {slug: 'support-engineering', title: 'Support engineering'},
      planFrom: {slug: 'help-desk-technician', title: 'Help desk technician'},
    })
    expect(widgetAttributes(target, 'role')).toEqual({view: 'role', 'role-slug': 'support-analyst'})
    expect(widgetAttributes(target, 'ladder')).toEqual({view: 'ladders', track: 'support-engineering'})
    expect(widgetAttributes(target, 'plan')).toEqual({view: 'plan', from: 'help-desk-technician', to: 'support-analyst'})
  })

  it('plans to a family role from a role whose move leads there, and not at all when none does', () => {
    const success = docs.find((d) => d._id === 'role.success')!
    expect(previewTarget(docs, success)).toMatchObject({planFrom: {slug: 'help-desk-technician'}})
    const stranded = previewTarget(docs, product)
    expect(stranded).not.toHaveProperty('planFrom')
    expect(previewTabs(stranded).find((t) => t.tab === 'plan')).toEqual({tab: 'plan', label: 'Plan a route here', disabled: 'No role leads here yet: add a next move to it from another role'})
    // The entry rung itself plans from nowhere on its ladder.
    expect(previewTarget(docs, helpdesk)).not.toHaveProperty('planFrom')
  })

  it('shows a ladder and plans from its lowest rung to its highest', () => {
    const target = previewTarget(docs, track)
    expect(target).toEqual({type: 'track', slug: 'support-engineering', title: 'Support engineering', ladder: true, planFrom: {slug: 'help-desk-technician', title: 'Help desk technician'}, planTo: {slug: 'senior-support-engineer', title: 'Senior support engineer'}})
    expect(widgetAttributes(target, 'plan')).toEqual({view: 'plan', from: 'help-desk-technician', to: 'senior-support-engineer'})
    expect(widgetAttributes(target, 'ladder')).toEqual({view: 'ladders', track: 'support-engineering'})
  })

  it('asks for a slug first: the widget finds roles and tracks by slug', () => {
    expect(previewTarget(docs, edit(product, {_id: 'drafts.role.new', slug: undefined}))).toEqual({type: 'none', reason: 'Give this role a slug to preview it: the widget finds roles by slug.'})
    expect(previewTabs({type: 'none', reason: ''})).toEqual([])
  })
})
