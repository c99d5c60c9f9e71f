// How far a long publish has come (photos, print PDFs, uploads), on stderr: one line redrawn in
// place on a terminal; elsewhere (a log, CI, the tests) a plain line every few seconds, so a
// publish that takes less than that says nothing more.
import { writeSync } from 'node:fs'

/** How often a plain line is written where stderr is no terminal, and how long before the first. */
const PLAIN_EVERY_MS = 3_000

export class Progress {
  private shown = ''
  private lastPlain: number

  constructor(
    private readonly tty: boolean,
    private readonly write: (text: string) => void = (text) => void writeSync(2, text),
    private readonly clock: () => number = Date.now,
  ) {
    this.lastPlain = clock()
  }

  /** `what` has reached `done` of `total`: 发布中：照片 12/40. */
  step(what: string, done: number, total: number): void {
    const line = `发布中：${what} ${done}/${total}`
    if (this.tty) {
      this.shown = line
      this.write(`\r${line}\x1b[K`)
      if (done >= total) this.clear()
      return
    }
    const now = this.clock()
    if (now - this.lastPlain < PLAIN_EVERY_MS) return
    this.lastPlain = now
    this.write(`${line}\n`)
  }

  /** Takes the line off the terminal while `print` writes a line of its own, then draws it again. */
  around(print: () => void): void {
    if (!this.tty || !this.shown) {
      print()
      return
    }
    this.write('\r\x1b[K')
    print()
    this.write(`\r${this.shown}\x1b[K`)
  }

  /** The step is over: its line goes. */
  clear(): void {
    if (this.tty && this.shown) this.write('\r\x1b[K')
    this.shown = ''
  }
}
