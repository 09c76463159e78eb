import {PassThrough} from 'node:stream'
import {expect, test} from 'vitest'
import {createProgress} from './progress'

/** What the progress indicator writes to a stderr stand-in (`isTTY` is what a terminal sets) while work runs for `ms`. */
async function written(isTTY: boolean, message: string, ms: number): Promise<string> {
  const out = Object.assign(new PassThrough(), {isTTY})
  let text = ''
  out.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const progress = createProgress(out as unknown as NodeJS.WriteStream)
  progress.update(message)
  await new Promise((resolve) => setTimeout(resolve, ms))
  progress.stop()
  await new Promise((resolve) => setImmediate(resolve))
  return text
}

test('on a terminal: a spinner with the message, redrawn while work runs, cleared on stop', async () => {
  const text = await written(true, 'Reading the embedded curriculum…', 200)
  expect(text).toMatch(/⠋ Reading the embedded curriculum…/)
  expect(text.split('Reading').length).toBeGreaterThan(2)
  expect(text.endsWith('\r\x1b[2K')).toBe(true)
})

test('piped or redirected (CI logs, 2> file): nothing at all', async () => {
  expect(await written(false, 'Reading…', 100)).toBe('')
})
