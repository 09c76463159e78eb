/** custom-elements.json and the React typings agree with the built element and its types (run after `build`). */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const dist = new URL('../dist/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', dist), 'utf8'))
const element = manifest.modules[0].declarations[0]
const types = readFileSync(new URL('index.d.ts', dist), 'utf8')
/** The property names of an interface in the built types. */
const keys = (name: string) => [...types.slice(types.indexOf(`interface ${name} {`)).split('\n}')[0]!.matchAll(/^ {4}'?([\w:-]+)'?\??:/gm)].map((m) => m[1])

describe('custom-elements.json', () => {
  it('lists every attribute the element reacts to, and only typed ones', async () => {
    const {CareerPathElement} = await import(new URL('index.js', dist).href)
    const listed = element.attributes.map((a: {name: string}) => a.name)
    expect(listed).toEqual(expect.arrayContaining(CareerPathElement.observedAttributes))
    expect([...listed].sort()).toEqual(keys('CareerPathAttributes').sort())
  })

  it('lists exactly the events of CareerPathEventMap', () => {
    expect(element.events.map((e: {name: string}) => e.name).sort()).toEqual(keys('CareerPathEventMap').sort())
  })
})
