// The content folder as the publisher may read it: only regular files whose real path lies inside
// it. A symbolic link, a device, or a folder named like a file is refused by name, so no file
// elsewhere on the machine can ever go live; so is an article or image whose name cannot be part
// of a web address. Each day's files are hashed by their names and contents, every file on every
// publish: what changed is decided by content alone, never by a file's size or times, and a
// publish compiles only the days whose hash changed. The listing is synchronous on purpose: a
// ten-year archive is some 150,000 files, and one awaited call per file would cost seconds. The
// hashing of a large folder is shared out to worker threads: it reads every byte of the archive
// (600 MB for ten years), and meanwhile the main thread is free to start the bindings' runtime.
import { createHash } from 'node:crypto'
import { closeSync, type Dirent, openSync, readdirSync, readSync, realpathSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { isDate, SLUG_MAX, SLUG_PATTERN } from '../core/rules'
import type { Problems } from './compile/problems'

export interface DaySource {
  date: string
  dir: string
  /** issue.yaml's path, if the folder has one. */
  issueFile: string | undefined
  /** The articles' paths, by name. */
  articles: string[]
  /** Image files in images/, by the name a figure's src gives (images/x.jpg). */
  images: Set<string>
  /** A hash of every file above, names and contents: the same files, the same hash. */
  hash: string
}

export interface Sources {
  paperFile: string | undefined
  days: DaySource[]
}

/** Days listed between two turns of the event loop. */
const YIELD_EVERY = 200
const IMAGE = /\.(jpe?g|png|webp|avif)$/i
/** What a figure's src may name (compile/markdown.ts): letters, digits, _ . and -. */
const IMAGE_NAME = /^[\w.-]+$/

function refusal(entry: Dirent): string | undefined {
  if (entry.isSymbolicLink()) return 'is a symbolic link: content must be real files inside the content folder'
  if (entry.isDirectory() && entry.name.endsWith('.md')) return 'is a folder, not an article file'
  if (!entry.isFile() && !entry.isDirectory()) return 'is not a regular file'
  return undefined
}

/** Why an article's file name cannot be its id and the last part of its address, if it cannot. */
function badArticleName(name: string): string | undefined {
  const slug = name.slice(0, -'.md'.length)
  if (SLUG_PATTERN.test(slug) && slug.length <= SLUG_MAX) return undefined
  const what = /\s/.test(slug) ? 'holds a space' : slug === '' ? 'is empty' : 'is not a valid article id'
  return (
    `file name ${what}: an article's file name is its id and the last part of its address, so it may hold only ` +
    `lowercase letters, digits and single hyphens, at most ${SLUG_MAX} characters (e.g. baoma-jihua.md)`
  )
}

/** A file of a day, as its hash names it: its path in the content folder, and where it is. */
interface HashedFile {
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
class DayHasher {
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
        for (const w of entry.waiting.splice(0)) w({ error: `the hashing worker failed: ${String(e)}` })
      }
      worker.on('error', fail)
      worker.on('exit', (code) => fail(`exit code ${code}`))
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

/** Lists the content folder, refusing anything that is not a real file or folder inside it. */
export async function listSources(contentDir: string, problems: Problems): Promise<Sources> {
  const root = realOrUndefined(contentDir)
  if (!root) {
    problems.add(contentDir, 'is missing: the content folder (paper.json and issues/)')
    return { paperFile: undefined, days: [] }
  }
  /** The entries of a folder, each checked, by name. */
  const entries = (dir: string): Array<{ name: string; path: string; entry: Dirent }> => {
    const out = []
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      const why = refusal(entry)
      if (why) problems.add(path, why)
      else out.push({ name: entry.name, path, entry })
    }
    return out
  }
  const top = entries(root)
  const paper = top.find((e) => e.name === 'paper.json' && e.entry.isFile())
  if (!paper)
    problems.add(
      join(contentDir, 'paper.json'),
      'is missing: the masthead settings (name, locale, description, colors, firstIssue)',
    )
  const issues = top.find((e) => e.name === 'issues')
  if (!issues?.entry.isDirectory()) {
    problems.add(join(contentDir, 'issues'), 'is missing: put each issue in issues/YYYY-MM-DD/')
    return { paperFile: paper?.path, days: [] }
  }
  const days: DaySource[] = []
  const hasher = new DayHasher()
  /** Each day's files, in the order its hash takes them, not yet handed to the hasher. */
  let hashed: HashedFile[][] = []
  for (const folder of entries(issues.path)) {
    if (!folder.entry.isDirectory()) continue // a stray file beside the issues (README, .DS_Store)
    if (!isDate(folder.name)) {
      problems.add(folder.path, 'is not an issue folder: name it by its date, YYYY-MM-DD (a real calendar day)')
      continue
    }
    const files = entries(folder.path)
    const imagesDir = files.find((f) => f.name === 'images' && f.entry.isDirectory())
    const images = (imagesDir ? entries(imagesDir.path) : []).filter((image) => {
      if (image.entry.isDirectory()) problems.add(image.path, 'is a folder: images/ holds image files only')
      else if (IMAGE.test(image.name) && !IMAGE_NAME.test(image.name))
        problems.add(
          image.path,
          `file name ${/\s/.test(image.name) ? 'holds a space' : 'holds a character a figure cannot name'}: ` +
            'an image file name may hold only letters, digits, _ . and - (e.g. zhaopinhui.jpg)',
        )
      else return true
      return false
    })
    const articles = files.filter((f) => {
      if (!f.name.endsWith('.md') || !f.entry.isFile()) return false
      const why = badArticleName(f.name)
      if (why) problems.add(f.path, why)
      return why === undefined
    })
    const issueFile = files.find((f) => f.name === 'issue.yaml' && f.entry.isFile())
    const named = (prefix: string) => (f: { name: string; path: string }) => ({
      name: `issues/${folder.name}/${prefix}${f.name}`,
      path: f.path,
    })
    hashed.push([
      ...(issueFile ? [issueFile] : []).map(named('')),
      ...articles.map(named('')),
      ...images.map(named('images/')),
    ])
    days.push({
      date: folder.name,
      dir: folder.path,
      issueFile: issueFile?.path,
      articles: articles.map((f) => f.path),
      images: new Set(images.filter((f) => IMAGE.test(f.name)).map((f) => `images/${f.name}`)),
      hash: '',
    })
    // Other work waiting (the bindings' runtime starting) goes on between days.
    if (days.length % YIELD_EVERY === 0) {
      hasher.add(hashed)
      hashed = []
      await new Promise((r) => setImmediate(r))
    }
  }
  hasher.add(hashed)
  const hashes = await hasher.hashes()
  for (const [i, day] of days.entries()) day.hash = hashes[i]!
  return { paperFile: paper?.path, days }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}
