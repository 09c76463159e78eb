import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The package root and its build output, which integration tests run against. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url))
export const dist = fileURLToPath(new URL('../dist/', import.meta.url))
export const cliPath = `${dist}cli.js`

export function requireBuild(): void {
  if (!existsSync(cliPath) || !existsSync(`${dist}index.js`)) {
    throw new Error('Integration tests run against the build: run "pnpm --filter @careerpath/sdk run build" first (turbo does this before test).')
  }
}
