import {PassThrough} from 'node:stream'
import {expect, test} from 'vitest'
import {createProgress} from './progress'

/** A stderr stand-in that records what was written; `isTTY` is what a terminal sets. */
function stream(isTTY: boolean) {
  const out = new PassThrough() as PassThrough & {isTTY?: boolean; written: string}
  out.isTTY = isTTY
  out.written = ''
  out.on('data', (chunk: Buffer) => (out.written += chunk.toString()))
  return out
}

test('on a terminal: a spinner with the message, cleared on stop', async () => {
  const tty = stream(true)
  const progress = createProgress(tty as unknown as NodeJS.WriteStream)
  progress.update('Reading the embedded curriculum…')
  await new Promise((resolve) => setTimeout(resolve, 200))
  progress.stop()
  await new Promise((resolve) => setImmediate(resolve))
  expect(tty.written).toMatch(/⠋ Reading the embedded curriculum…/)
  expect(tty.written.split('Reading').length).toBeGreaterThan(2) // redrawn while the work runs
  expect(tty.written.endsWith('\r\x1b[2K')).toBe(true)
})

test('piped or redirected (CI logs, 2> file): nothing at all', async () => {
  const piped = stream(false)
  const progress = createProgress(piped as unknown as NodeJS.WriteStream)
  progress.update('Reading…')
  await new Promise((resolve) => setTimeout(resolve, 100))
  progress.stop()
  await new Promise((resolve) => setImmediate(resolve))
  expect(piped.written).toBe('')
})
