// A local state made before migrations/0003_search_tokens.sql (or 0007_search_titles.sql): the next
// publish applies it, which empties the search index (or adds the titles'), and gives every
// article its tokens again from `docs`, newest first, a batch at a time; cut off, the publish
// after it goes on where it stopped. Search then finds exactly what it found before, and takes
// any script.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { writeSyntheticArchive } from '../synthetic/archive'
import { copyContent } from './content-copy'
import { publish, publishStoppedAfter, type Site, usePublishedContent } from './published-site'

const { emptySite } = usePublishedContent()

const QUERIES = ['就业', '株洲 3', '宝妈', '30', '下水道']

/** Every page of results for each query, as ids. */
async function everyResult(site: Site): Promise<Record<string, string[]>> {
  const all: Record<string, string[]> = {}
  for (const q of QUERIES) {
    const ids: string[] = []
    let next: number | undefined
    do {
      const path = `/api/search?q=${encodeURIComponent(q)}${next === undefined ? '' : `&before=${next}`}`
      const page = JSON.parse((await site.get(path)).text) as {
        hits: Array<{ date: string; id: string }>
        next?: number
      }
      ids.push(...page.hits.map((h) => `${h.date}/${h.id}`))
      next = page.next
    } while (next !== undefined)
    all[q] = ids
  }
  return all
}

/** Back to the search index migrations/0002_search.sql made, as if 0003 had never run. */
async function beforeMigration(site: Site): Promise<void> {
  const old = await readFile('migrations/0002_search.sql', 'utf8')
  const create = old.slice(old.indexOf('CREATE VIRTUAL TABLE docs_fts'))
  await site.with(async (mf) => {
    const db = await mf.getD1Database('DB')
    await db.batch([
      db.prepare('DROP TABLE docs_fts'),
      db.prepare(create),
      db.prepare('DROP TABLE search_refill'),
      db.prepare("DELETE FROM d1_migrations WHERE name = '0003_search_tokens.sql'"),
    ])
  })
}

/** Back to before migrations/0007_search_titles.sql: no index of titles, no photos or tags in docs. */
async function beforeTitles(site: Site): Promise<void> {
  await site.with(async (mf) => {
    const db = await mf.getD1Database('DB')
    await db.batch([
      db.prepare('DROP TABLE titles_fts'),
      db.prepare('ALTER TABLE docs DROP COLUMN thumb'),
      db.prepare('ALTER TABLE docs DROP COLUMN tags'),
      db.prepare("DELETE FROM d1_migrations WHERE name = '0007_search_titles.sql'"),
    ])
  })
}

describe('the search index made anew by a migration', () => {
  it('gains its index of titles from the next publish, and puts title matches first again', async () => {
    const site = await emptySite()
    const content = await copyContent()
    await writeSyntheticArchive(content, { days: 3, perDay: 6, last: '2024-03-10' })
    expect((await publish(site.state, ['--content', content])).code).toBe(0)
    const found = await everyResult(site)
    // 稳就业 is in a headline of every day: those four first, the newest first.
    expect(found.就业!.slice(0, 4).map((id) => id.slice(0, 10))).toEqual([
      '2024-03-11',
      '2024-03-10',
      '2024-03-09',
      '2024-03-08',
    ])

    await beforeTitles(site)
    const next = await publish(site.state, ['--content', content])
    expect(next.code, next.err).toBe(0)
    expect(next.out).toMatch(/^搜索索引重建：24\/24 篇$/m)
    expect(await everyResult(site)).toEqual(found)
  })

  it('is refilled by the next publish, newest first and resumably, and finds what it found before', async () => {
    const site = await emptySite()
    const content = await copyContent()
    await writeSyntheticArchive(content, { days: 30, perDay: 20, last: '2024-03-10' })
    const first = await publish(site.state, ['--content', content])
    expect(first.code, first.err).toBe(0)
    const found = await everyResult(site)
    expect(found.就业!.length).toBeGreaterThan(100)

    await beforeMigration(site)
    // Stopped after its first batch of tokens, and interrupted there.
    const cut = await publishStoppedAfter(site.state, 1, ['--content', content])
    expect(cut.output()).toBe('搜索索引重建：500/606 篇\n')
    cut.child.kill('SIGTERM')
    cut.child.kill('SIGCONT')
    expect((await cut.done).err).toMatch(/发布被中断（SIGTERM）/)
    expect(await site.query('SELECT below FROM search_refill')).toHaveLength(1)
    // The newest 500 articles are found already: the newest issues' results are all there.
    const newest = (ids: string[] = []) => ids.filter((id) => id >= '2024-02-20')
    expect(newest((await everyResult(site)).下水道)).toEqual(newest(found.下水道))
    expect(newest(found.下水道).length).toBeGreaterThan(20)

    const rest = await publish(site.state, ['--content', content])
    expect(rest.code, rest.err).toBe(0)
    expect(rest.out).toMatch(/^搜索索引重建：106\/106 篇$/m)
    expect(await site.query('SELECT below FROM search_refill')).toEqual([])
    expect(await everyResult(site)).toEqual(found)
    expect((await site.get(`/search?q=${encodeURIComponent('हिन्दी a̲b')}`)).status).toBe(200)
  })
})
