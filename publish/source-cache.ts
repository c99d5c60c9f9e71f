// The hash of each day's files, remembered with a fingerprint of their metadata, so a publish over
// a ten-year archive reads only the days whose files changed (the way git's index does). The
// fingerprint holds each file's name, size, inode and change time as well as its modification
// time: an edit that keeps the size and sets the modification time back still changes the change
// time, which no tool can set. A day whose fingerprint differs is read and hashed again; the
// cache is a convenience, never the truth. One entry per day keeps it small at ten years; one
// file per content folder keeps a publish of one folder from evicting another's (the tests and
// benchmarks publish many), and files unused for a week are removed.
import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const DIR = join('node_modules', '.cache', 'zzrb', 'day-hashes')
const UNUSED_MS = 7 * 86_400_000
type Entry = [fingerprint: string, hash: string]

export interface DayFile {
  /** Its path from the content folder, with forward slashes. */
  name: string
  path: string
  st: Stats
}

/** The cache of the content folder at `root` (its real path). */
export async function hashCache(root: string) {
  const FILE = join(DIR, `${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`)
  const known: Record<string, Entry> = JSON.parse(await readFile(FILE, 'utf8').catch(() => '{}'))
  const seen: Record<string, Entry> = {}
  return {
    /** The hash of a day's files: their names and contents. */
    dayHash(dir: string, files: DayFile[]): string {
      const fingerprint = files.map((f) => `${f.name}\0${f.st.size}\0${f.st.ino}\0${f.st.mtimeMs}\0${f.st.ctimeMs}`)
      const print = createHash('sha256').update(fingerprint.join('\n')).digest('hex')
      const hit = known[dir]
      let entry: Entry
      if (hit?.[0] === print) entry = hit
      else {
        const hash = createHash('sha256')
        for (const f of files)
          hash.update(`${f.name}\0${createHash('sha256').update(readFileSync(f.path)).digest('hex')}\n`)
        entry = [print, hash.digest('hex').slice(0, 16)]
      }
      seen[dir] = entry
      return entry[1]
    },
    /** Keeps what this run saw, and only that: the cache never grows past one content folder. */
    async save(): Promise<void> {
      await mkdir(DIR, { recursive: true })
      const tmp = `${FILE}.${process.pid}.tmp`
      await writeFile(tmp, JSON.stringify(seen))
      await rename(tmp, FILE)
      for (const name of await readdir(DIR)) {
        const path = join(DIR, name)
        const unused = await stat(path).then(
          (st) => Date.now() - st.mtimeMs > UNUSED_MS,
          () => false,
        )
        if (unused) await rm(path, { force: true })
      }
    },
  }
}
