// The content folder's day hashes: a large folder is hashed in worker threads, a small one on the
// main thread, and a day hashes alike either way; an edit that keeps a file's size and times
// changes its day's hash in a large folder too.
import { readdirSync } from 'node:fs'
import { cp, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Problems } from '../../publish/compile/problems'
import { listSources } from '../../publish/sources'
import { writeSyntheticArchive } from '../synthetic/archive'
import { removeTempDirs, tempDir } from './published-site'

afterAll(removeTempDirs)

const hashes = async (dir: string) => {
  const problems = new Problems()
  const { days } = await listSources(dir, problems)
  problems.throwIfAny()
  return new Map(days.map((d) => [d.date, d.hash]))
}

describe('day hashes', () => {
  it('are the same in worker threads (a large folder) as on the main thread (one day), and follow content alone', async () => {
    const big = await tempDir('zzrb-sources-big-')
    // 130 days × 40 articles: past the 5,000 files from which workers hash.
    const dates = await writeSyntheticArchive(big, { days: 130, perDay: 40, last: '2024-03-10' })
    const before = await hashes(big)
    expect(before.size).toBe(130)
    for (const date of [dates[0]!, dates[64]!, dates.at(-1)!]) {
      const small = await tempDir('zzrb-sources-small-')
      await cp(join(big, 'paper.json'), join(small, 'paper.json'))
      await cp(join(big, 'issues', date), join(small, 'issues', date), { recursive: true })
      expect((await hashes(small)).get(date)).toBe(before.get(date))
    }

    const date = dates[77]!
    const [file] = readdirSync(join(big, 'issues', date)).filter((f) => f.endsWith('.md'))
    const path = join(big, 'issues', date, file!)
    const { size, atime, mtime } = await stat(path)
    const text = await readFile(path, 'utf8')
    const i = text.lastIndexOf('。')
    await writeFile(path, `${text.slice(0, i)}，${text.slice(i + 1)}`)
    await utimes(path, atime, mtime)
    expect((await stat(path)).size).toBe(size)
    const after = await hashes(big)
    expect([...after].filter(([d, h]) => before.get(d) !== h).map(([d]) => d)).toEqual([date])
  })
})
