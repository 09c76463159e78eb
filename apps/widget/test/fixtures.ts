/** Data variants for browser tests, all derived from the built seed snapshot. */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export interface Snapshot {
  format: string
  version: number
  documents: Record<string, any>[]
}

export const FROM = 'help-desk-technician'
export const TO = 'it-support-manager'
export const COMPARE_A = 'help-desk-technician'
export const COMPARE_B = 'senior-technician'

export function seedSnapshot(): Snapshot {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../dist/careerpath-seed.json', import.meta.url)), 'utf8'))
}

/** The seed with the IT-support ladder renamed, so a test can tell which source is shown. */
export function relabelled(label: string): Snapshot {
  const snap = seedSnapshot()
  const track = snap.documents.find((d) => d._type === 'track' && d.slug?.current === 'it-support')!
  track.title = `${label} ladder`
  return snap
}

export const HTML_IN_TEXT = '<img src=x onerror="window.__pwned=1"><b>Bold claim</b>'
export const SCRIPT_URL = 'javascript:window.__pwned=2'

/**
 * The seed with hostile content on the help-desk role: markup in text fields,
 * a `javascript:` resource URL, a `data:` certification URL, plus one safe
 * https resource and a retired certification.
 */
export function hostile(): Snapshot {
  const snap = seedSnapshot()
  const role = snap.documents.find((d) => d._type === 'role' && d.slug?.current === FROM)!
  role.summary = `${HTML_IN_TEXT} starts here.`
  role.responsibilities = [HTML_IN_TEXT, ...(role.responsibilities ?? [])]
  snap.documents.push(
    {_id: 'res-evil', _type: 'resource', title: 'Evil link <script>window.__pwned=3</script>', kind: 'article', cost: 'free', url: SCRIPT_URL, language: 'en'},
    {_id: 'res-good', _type: 'resource', title: 'A safe book', kind: 'book', cost: 'paid', url: 'https://example.com/book', publisher: 'Example Press', language: 'en'},
    {_id: 'cert-data', _type: 'certification', title: 'Data URL cert', slug: {current: 'data-url-cert'}, vendor: 'Nobody', level: 'entry', status: 'retired', retiredOn: '2020-01-31', url: 'data:text/html,<script>window.__pwned=4</script>', language: 'en'},
  )
  role.resources = [{_ref: 'res-evil', _key: 'e'}, {_ref: 'res-good', _key: 'g'}, ...(role.resources ?? [])]
  role.certifications = [{_ref: 'cert-data', _key: 'd'}, ...(role.certifications ?? [])]
  return snap
}
