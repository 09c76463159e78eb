/**
 * The static test server in a process of its own, as a real web server is:
 * in the test runner's process its answers wait for the runner's own work
 * (driving the browser), which would be counted as the widget's time.
 */
import {fork, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'

if (process.send && process.argv[2] === 'child') {
  const {startStaticServer} = await import('./static-server.ts')
  const server = await startStaticServer()
  process.send({url: server.url})
}

export async function startServerProcess(): Promise<{url: string; close(): void}> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['child'], {stdio: ['ignore', 'inherit', 'inherit', 'ipc']})
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: {url: string}) => resolve(m.url))
    child.once('exit', (code) => reject(new Error(`test server exited (${code})`)))
  })
  return {url, close: () => void child.kill()}
}
