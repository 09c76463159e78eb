// The header's search dialog is a copy of Starlight's Search.astro with one accessibility fix; this fails when the
// installed Starlight's file differs from the copy in anything else, so an upgrade re-copies it instead of drifting.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const upstream = readFileSync(fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Search.astro')), 'utf8')
const copy = readFileSync(fileURLToPath(new URL('../src/components/starlight/SearchDialog.astro', import.meta.url)), 'utf8')

/** [in the copy, in Starlight's file]: every change the copy makes. */
const CHANGES: [string, string][] = [
  ["import {Icon} from '@astrojs/starlight/components';", "import Icon from '../user-components/Icon.astro';"],
  ['style="display: none;" aria-hidden="true">', 'style="display: none;">'],
  ["<kbd data-key={Astro.locals.t('search.ctrlKey')}></kbd><kbd data-key=\"K\"></kbd>", "<kbd>{Astro.locals.t('search.ctrlKey')}</kbd><kbd>K</kbd>"],
  ["platformKey.dataset.key = '⌘';", "platformKey.textContent = '⌘';"],
  ['\n\t\tkbd[data-key]::before {\n\t\t\tcontent: attr(data-key);\n\t\t}', ''],
]

describe("the search dialog's copy of Starlight's Search.astro", () => {
  it('differs from the installed one only by its listed changes', () => {
    let undone = copy.replace(/^\/\/.*\n/gm, '')
    for (const [ours, theirs] of CHANGES) {
      expect(undone, ours).toContain(ours)
      undone = undone.replace(ours, theirs)
    }
    expect(undone).toBe(upstream)
  })
})
