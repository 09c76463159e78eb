import {describe, expect, it} from 'vitest'
import {prepare, search, tokenize, type SearchEntry} from './search'

const entries: SearchEntry[] = [
  {title: 'Help desk technician', url: '/r/help/', kind: 'Role', summary: 'Answers tickets and fixes first-line problems.', keywords: 'it support specialist'},
  {title: 'CompTIA A+', url: '/c/a/', kind: 'Certification', summary: 'Entry certification for support technicians.', keywords: 'CompTIA entry'},
  {title: 'Support manager', url: '/r/mgr/', kind: 'Role', summary: 'Leads a help desk team.'},
  {title: 'createCareerPathClient', url: '/reference/sdk/#createCareerPathClient', kind: 'API', summary: 'Creates a client.'},
]
const index = prepare(entries)

describe('search', () => {
  it('tokenizes case- and accent-insensitively, keeping + and #', () => {
    expect(tokenize('CompTIA A+ Réseau, C#')).toEqual(['comptia', 'a+', 'reseau', 'c#'])
  })

  it('ranks title matches above summary matches', () => {
    expect(search(index, 'help desk').map((h) => h.entry.url)).toEqual(['/r/help/', '/r/mgr/'])
  })

  it('matches prefixes and keywords, and needs every word', () => {
    expect(search(index, 'techn').map((h) => h.entry.url)).toEqual(['/r/help/', '/c/a/'])
    expect(search(index, 'specialist').map((h) => h.entry.url)).toEqual(['/r/help/'])
    expect(search(index, 'help nothing-like-this')).toEqual([])
    expect(search(index, 'createcareer').map((h) => h.entry.kind)).toEqual(['API'])
  })

  it('returns nothing for an empty query', () => {
    expect(search(index, '  ,, ')).toEqual([])
  })
})
