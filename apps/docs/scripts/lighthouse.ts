// Lighthouse (from npm) on the built site in Debian's Chromium: accessibility and best-practices scores for the
// pages the issue names. Used by test/lighthouse.test.ts and, with --write, records the scores in BENCHMARKS.md.
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import lighthouse from 'lighthouse'
import {serveStatic} from './static-server.ts'

export interface PageScores {
  path: string
  accessibility: number
  bestPractices: number
  /** Audits that failed, for the assertion message. */
  failed: string[]
}

/** Starts Chromium with a DevTools port (Lighthouse drives it over CDP); resolves with the port. */
async function launchChromium(): Promise<{port: number; process: ChildProcess; close(): Promise<void>}> {
  const profile = mkdtempSync(join(tmpdir(), 'careerpath-lighthouse-'))
  const child = spawn(process.env.CHROMIUM_PATH || '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], {stdio: ['ignore', 'ignore', 'pipe']})
  const port = await new Promise<number>((ok, fail) => {
    let buffer = ''
    const timer = setTimeout(() => fail(new Error('Chromium did not report a DevTools port within 30 s')), 30_000)
    child.stderr!.setEncoding('utf8')
    child.stderr!.on('data', (chunk: string) => {
      buffer += chunk
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(buffer)
      if (m) {
        clearTimeout(timer)
        ok(Number(m[1]))
      }
    })
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}) before it reported a DevTools port`)))
  })
  return {
    port,
    process: child,
    // Chromium writes to its profile until it has exited: wait for that before removing the folder.
    async close() {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((ok) => child.once('exit', () => ok()))
      child.kill()
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))])
      rmSync(profile, {recursive: true, force: true, maxRetries: 5, retryDelay: 200})
    },
  }
}

/** Scores each path of the site in `distDir`, one Lighthouse run per page (desktop form factor). */
export async function scorePages(distDir: string, paths: readonly string[]): Promise<PageScores[]> {
  const server = await serveStatic(distDir)
  const chromium = await launchChromium()
  try {
    const out: PageScores[] = []
    for (const path of paths) {
      const result = await lighthouse(new URL(path, server.url).href, {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility', 'best-practices'],
        formFactor: 'desktop',
        screenEmulation: {mobile: false, width: 1280, height: 900, deviceScaleFactor: 1, disabled: false},
        throttlingMethod: 'provided',
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
      const {categories, audits} = result.lhr
      const failed = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'))
        .map((a) => `${a.id}: ${a.title}`)
      out.push({
        path,
        accessibility: Math.round((categories['accessibility']?.score ?? 0) * 100),
        bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
        failed,
      })
    }
    return out
  } finally {
    await chromium.close()
    await server.close()
  }
}
