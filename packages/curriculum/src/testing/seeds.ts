/** Test helpers: the five seed articles, read from ../shared/seeds beside the repository. */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

/** packages/curriculum/src/testing → repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')
export const seedsDir = resolve(repoRoot, '../shared/seeds')

/** Which seed file each source article stands for. */
export const seedFileOf = {
  'source-support-learning-path': '000_251a2c1c270442ca.txt',
  'source-technical-support-lead': '001_f19ec1439bb29680.txt',
  'source-it-support-growth': '002_aa6e370a497870b7.txt',
  'source-it-support-management': '003_6490c1ee7ade4472.txt',
  'source-beyond-tech-support': '004_6f8457da452f5d15.txt',
} as const

export class SeedsMissingError extends Error {
  override readonly name = 'SeedsMissingError'
}

/** Every seed file as {name, text}; throws rather than letting a check pass on nothing. */
export function readSeeds(): {name: string; text: string}[] {
  if (!existsSync(seedsDir)) {
    throw new SeedsMissingError(`The seed articles are missing: expected them in ${seedsDir} (../shared/seeds relative to the repository root)`)
  }
  const names = readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
  if (names.length < 5) throw new SeedsMissingError(`Expected the five seed articles in ${seedsDir}, found ${names.length}`)
  return names.map((name) => ({name, text: readFileSync(join(seedsDir, name), 'utf8')}))
}

export function readSeed(name: string): string {
  const seed = readSeeds().find((s) => s.name === name)
  if (!seed) throw new SeedsMissingError(`Seed ${name} is not in ${seedsDir}`)
  return seed.text
}

/** Lowercase words with punctuation stripped, so "Leaders," and "leaders" compare equal. */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

export function ngrams(words: readonly string[], n: number): string[] {
  const out: string[] = []
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '))
  return out
}
