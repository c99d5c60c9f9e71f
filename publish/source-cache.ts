// Content hashes of files, remembered by path, size and modification time, so a publish over a
// ten-year archive reads only the files that changed (the way git's index does). A file whose
// size or time differs is read and hashed again; the cache is a convenience, never the truth.
import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

const FILE = join('node_modules', '.cache', 'zzrb', 'source-hashes.json')
type Entry = [size: number, mtimeMs: number, sha: string]

export async function hashCache() {
  const known: Record<string, Entry> = JSON.parse(await readFile(FILE, 'utf8').catch(() => '{}'))
  const seen: Record<string, Entry> = {}
  return {
    sha(path: string, st: Stats): string {
      const hit = known[path]
      const entry: Entry =
        hit && hit[0] === st.size && hit[1] === st.mtimeMs
          ? hit
          : [st.size, st.mtimeMs, createHash('sha256').update(readFileSync(path)).digest('hex')]
      seen[path] = entry
      return entry[2]
    },
    /** Keeps what this run saw, and only that: the cache never grows past one content folder. */
    async save(): Promise<void> {
      await mkdir(dirname(FILE), { recursive: true })
      const tmp = `${FILE}.${process.pid}.tmp`
      await writeFile(tmp, JSON.stringify(seen))
      await rename(tmp, FILE)
    },
  }
}
