// Each day's hash: the names and contents of its files, every byte read on every publish. A large
// folder (ten years are 600 MB) is hashed in worker threads while the listing goes on, so the main
// thread is free to start the bindings' runtime; a small one on the main thread.
import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/** A file of a day, as its hash names it: its path in the content folder, and where it is. */
export interface HashedFile {
  name: string
  path: string
}

type HashModules = Pick<typeof import('node:crypto'), 'createHash'> &
  Pick<typeof import('node:fs'), 'openSync' | 'readSync' | 'closeSync'>

/**
 * Each day's hash: each file's path in the content folder and the SHA-256 of its contents. The
 * same function runs in the main thread and, by its source, in the hashing workers (HASH_WORKER),
 * so a day hashes alike whichever does it; it names nothing from outside but its arguments.
 */
function dayHashes(days: HashedFile[][], m: HashModules): string[] {
  const chunk = Buffer.alloc(1 << 20)
  const out: string[] = []
  for (const files of days) {
    const day = m.createHash('sha256')
    for (const f of files) {
      const file = m.createHash('sha256')
      const fd = m.openSync(f.path, 'r')
      try {
        for (let n = m.readSync(fd, chunk); n > 0; n = m.readSync(fd, chunk)) file.update(chunk.subarray(0, n))
      } finally {
        m.closeSync(fd)
      }
      day.update(`${f.name}\0${file.digest('hex')}\n`)
    }
    out.push(day.digest('hex').slice(0, 16))
  }
  return out
}

/** Below this many files the main thread hashes them itself: a worker takes some 50 ms to start. */
const WORKER_FILES = 5_000
/** Hashing workers: one per core, at least two (a cold cache waits on the disk), at most four. */
const HASH_WORKERS = Math.min(4, Math.max(2, availableParallelism()))
/** A CommonJS script: dayHashes by its source, given the worker's own modules; one answer per message. */
const HASH_WORKER = `const { parentPort } = require('node:worker_threads');
const hashes = ${dayHashes.toString()};
const modules = { ...require('node:crypto'), ...require('node:fs') };
parentPort.on('message', (days) => {
  try { parentPort.postMessage({ hashes: hashes(days, modules) }) }
  catch (e) { parentPort.postMessage({ error: String(e && e.message || e) }) }
});`
const MODULES: HashModules = { createHash, openSync, readSync, closeSync }

/** A worker's answer to one message. */
type Answer = { hashes?: string[]; error?: string }
/** A hashing worker and, in order, who waits for each of its answers. */
type HashWorker = { worker: Worker; waiting: Array<(answer: Answer) => void> }

/**
 * Hashes days as the listing hands them over: on the main thread for a small folder, and once
 * the listing has passed WORKER_FILES files, in worker threads, while the listing goes on.
 */
export class DayHasher {
  private held: HashedFile[][] = []
  private files = 0
  private readonly parts: Array<Promise<string[]>> = []
  private readonly workers: HashWorker[] = []
  private turn = 0

  /** Days in listing order. */
  add(days: HashedFile[][]): void {
    this.held.push(...days)
    for (const d of days) this.files += d.length
    if (this.files >= WORKER_FILES) this.send()
  }

  /** Every day's hash, in the order they were added. */
  async hashes(): Promise<string[]> {
    if (this.workers.length === 0) return dayHashes(this.held, MODULES)
    this.send()
    try {
      return (await Promise.all(this.parts)).flat()
    } finally {
      for (const { worker } of this.workers) void worker.terminate()
    }
  }

  private send(): void {
    if (this.held.length === 0) return
    const days = this.held
    this.held = []
    if (this.workers.length < HASH_WORKERS) {
      const worker = new Worker(HASH_WORKER, { eval: true })
      worker.unref()
      const entry: HashWorker = { worker, waiting: [] }
      worker.on('message', (answer: Answer) => entry.waiting.shift()?.(answer))
      const fail = (e: unknown) => {
        for (const w of entry.waiting.splice(0)) w({ error: `计算文件哈希的线程出错：${String(e)}` })
      }
      worker.on('error', fail)
      worker.on('exit', (code) => fail(`退出码 ${code}`))
      this.workers.push(entry)
    }
    const entry = this.workers[this.turn++ % this.workers.length]!
    const part = new Promise<string[]>((resolve, reject) => {
      entry.waiting.push((answer) => (answer.hashes ? resolve(answer.hashes) : reject(new Error(answer.error))))
      entry.worker.postMessage(days)
    })
    // A failure is reported when the listing ends and awaits every part (hashes()), not before.
    part.catch(() => {})
    this.parts.push(part)
  }
}
