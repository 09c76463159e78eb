import {describe, expect, it} from 'vitest'
import {playgroundLink, settingsFromQuery} from './playground-link'

const offered = (name: string) => (name === 'view' ? ['ladders', 'role'] : name === 'role-slug' ? ['help-desk-technician'] : name === 'theme' ? ['', 'dark'] : [])

describe('settingsFromQuery', () => {
  it('takes what to show from the address, never where the data comes from', () => {
    const query = '?src=https://elsewhere.example/evil.json&fallback=https://elsewhere.example/f.json&project-id=x&dataset=y&api-host=http://evil&view=role&role-slug=help-desk-technician'
    expect(settingsFromQuery(query, offered)).toEqual({view: 'role', 'role-slug': 'help-desk-technician'})
  })

  it('ignores values the form does not offer', () => {
    expect(settingsFromQuery('?view=evil&role-slug=<script>&theme=dark', offered)).toEqual({theme: 'dark'})
  })
})

describe('playgroundLink', () => {
  it('carries shareable settings only', () => {
    expect(playgroundLink({view: 'role', 'role-slug': 'help-desk-technician', src: '/x.json', fallback: 'seed', track: ''})).toBe('/playground/?view=role&role-slug=help-desk-technician')
    expect(playgroundLink({})).toBe('/playground/')
  })
})
