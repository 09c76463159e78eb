/** Data variants for browser tests, all derived from the built seed snapshot. */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {createCareerGraph, type CareerGraph} from '@careerpath/sdk/graph'

export interface Snapshot {
  format: string
  version: number
  documents: Record<string, any>[]
}

export const FROM = 'help-desk-technician'
export const TO = 'it-support-manager'
export const COMPARE_A = 'help-desk-technician'
export const COMPARE_B = 'senior-technician'

/** A localized field (internationalized-array items) holding English only, as the Studio stores it. */
export const en = (value: string, type: 'String' | 'Text' = 'String') => [{_key: 'en', _type: `internationalizedArray${type}Value`, language: 'en', value}]
/** The English text of a localized field. */
export const english = (field: unknown): string | undefined =>
  Array.isArray(field) ? (field as {language?: string; value?: string}[]).find((item) => item.language === 'en')?.value : (field as string | undefined)

export function seedSnapshot(): Snapshot {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../dist/careerpath-seed.json', import.meta.url)), 'utf8'))
}

/** The SDK's career graph over the seed: where tests read the facts they expect (rungs, seniority, routes). */
export function seedGraph(): CareerGraph {
  return createCareerGraph(seedSnapshot().documents)
}

/** The seed with the IT-support ladder renamed, so a test can tell which source is shown. */
export function relabelled(label: string): Snapshot {
  const snap = seedSnapshot()
  const track = snap.documents.find((d) => d._type === 'track' && d.slug?.current === 'it-support')!
  track.title = en(`${label} ladder`)
  return snap
}

/** The seed's tracks split into ladders (roles on rungs) and families, as the data says. */
export function seedTracks(): {ladders: number; families: number} {
  const tracks = seedSnapshot().documents.filter((d) => d._type === 'track')
  const families = tracks.filter((t) => t.kind === 'family').length
  return {ladders: tracks.length - families, families}
}

export const HTML_IN_TEXT = '<img src=x onerror="window.__pwned=1"><b>Bold claim</b>'
export const SCRIPT_URL = 'javascript:window.__pwned=2'

/**
 * The seed with hostile content on the help-desk role (content model v2):
 * markup in text fields and in an organisation's name, a `javascript:`
 * resource URL, a `data:` certification URL, plus one safe https resource
 * (cost an estimate) and a retired certification.
 */
export function hostile(): Snapshot {
  const snap = seedSnapshot()
  const role = snap.documents.find((d) => d._type === 'role' && d.slug?.current === FROM)!
  role.summary = en(`${HTML_IN_TEXT} starts here.`, 'Text')
  role.responsibilities = [{_key: 'html', _type: 'localizedLine', text: en(HTML_IN_TEXT)}, ...(role.responsibilities ?? [])]
  snap.documents.push(
    {_id: 'org-example-press', _type: 'organisation', title: en('Example Press'), slug: {current: 'example-press'}},
    {_id: 'org-nobody', _type: 'organisation', title: en('Nobody <b>Inc</b>'), slug: {current: 'nobody'}},
    {_id: 'res-evil', _type: 'resource', title: 'Evil link <script>window.__pwned=3</script>', kind: 'article', cost: 'free', url: SCRIPT_URL, language: 'en'},
    {_id: 'res-good', _type: 'resource', title: 'A safe book', kind: 'book', cost: 'paid', costBasis: {_type: 'basis', kind: 'estimate'}, url: 'https://example.com/book', publisher: {_type: 'reference', _ref: 'org-example-press'}, language: 'en'},
    {_id: 'cert-data', _type: 'certification', title: en('Data URL cert'), slug: {current: 'data-url-cert'}, vendor: {_type: 'reference', _ref: 'org-nobody'}, level: 'entry', status: 'retired', retiredOn: '2020-01-31', url: 'data:text/html,<script>window.__pwned=4</script>'},
  )
  role.resources = [{_type: 'reference', _ref: 'res-evil', _key: 'e'}, {_type: 'reference', _ref: 'res-good', _key: 'g'}, ...(role.resources ?? [])]
  role.credentials = [{_type: 'reference', _ref: 'cert-data', _key: 'd'}, ...(role.credentials ?? [])]
  return snap
}
