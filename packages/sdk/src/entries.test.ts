import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'

/**
 * Every entry point names what it exports: a wildcard re-export would publish
 * whatever a module adds later, helpers included. TypeGen's output is the one
 * exception (public as a whole, regenerated from the queries).
 */
const entries = ['index.ts', 'local/index.ts', 'schemas/index.ts', 'queries/index.ts', 'graph/index.ts', 'graph/modelEntry.ts', 'graph/routesEntry.ts', 'snapshot/index.ts']

test.each(entries)('%s exports by name', (entry) => {
  const source = readFileSync(new URL(entry, import.meta.url), 'utf8')
  const wildcards = [...source.matchAll(/^export (?:type )?\*(?: as \w+)? from '([^']+)'/gm)].map((m) => m[1])
  expect(wildcards.filter((from) => from !== '../generated/sanity.types')).toEqual([])
})
