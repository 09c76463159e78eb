/**
 * A spinner on stderr for work that takes a while. Only on a terminal: piped
 * or redirected stderr (CI logs, `2> file`) gets nothing, so logs stay clean.
 */
export interface Progress {
  update(message: string): void
  stop(): void
}

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

export function createProgress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) return {update() {}, stop() {}}
  let message = ''
  let frame = 0
  const draw = () => stream.write(`\r\x1b[2K${frames[frame++ % frames.length]} ${message}`)
  const timer = setInterval(draw, 80)
  timer.unref()
  return {
    update(next) {
      message = next
      draw()
    },
    stop() {
      clearInterval(timer)
      stream.write('\r\x1b[2K')
    },
  }
}
