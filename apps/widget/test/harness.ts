/**
 * What every browser test file starts: Chromium, the static server with the
 * fixture routes, and the local Sanity API (@careerpath/test-server) serving
 * the seed with its IT-support ladder renamed "Live ladder".
 */
import {startTestServer, type TestServer} from '@careerpath/test-server'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import {launchBrowser} from './browser'
import {COMPARE_A, COMPARE_B, FROM, hostile, relabelled, TO} from './fixtures'
import {startStaticServer, type StaticServer} from './static-server'

export interface Harness {
  browser: Browser
  web: StaticServer
  api: TestServer
  close(): Promise<void>
}

export async function startHarness(): Promise<Harness> {
  const browser = await launchBrowser()
  const web = await startStaticServer()
  const api = await startTestServer({documents: relabelled('Live').documents, projectId: 'abc123'})
  web.routes.set('/fixtures/snapshot.json', {body: JSON.stringify(relabelled('Snapshot'))})
  web.routes.set('/fixtures/hostile.json', {body: JSON.stringify(hostile())})
  web.routes.set('/fixtures/broken.json', {status: 500, body: '{"error":"boom"}'})
  Object.assign(web.vars, {API_HOST: api.url, FALLBACK: '', FROM, TO, A: COMPARE_A, B: COMPARE_B})
  return {
    browser,
    web,
    api,
    close: async () => {
      await browser.close()
      await web.close()
      await api.close()
    },
  }
}

/** Starts the harness before a test file's tests and closes it after; its fields are set once `beforeAll` ran. */
export function useHarness(): Harness {
  const harness = {} as Harness
  beforeAll(async () => void Object.assign(harness, await startHarness()))
  afterAll(() => harness.close?.())
  return harness
}
