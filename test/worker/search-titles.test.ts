// Search puts the articles whose title holds every term first, however old, then the rest; each
// group newest first. The same order online (D1, a page at a time) and offline (the phone's index
// over the same issues), and each result with its article's photo when it has one.
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { write } from '../../core/ledger/d1'
import { docsStatements } from '../../core/ledger/search-rows'
import { sql } from '../../core/ledger/statement'
import type { Edition } from '../../core/model'
import { buildIndex, type SearchHit, type SearchIndex, search } from '../../core/search'
import { docsOf } from '../../core/search/docs'
import { countingD1 } from '../../scripts/bench/bench-worker'
import { searchArchive } from '../../worker/search-archive'
import { get, handle, parsePage } from './http'
import { editionOf, testPhoto } from './search-editions'

const PHOTO = testPhoto(7)

const FIXED: Edition[] = [
  editionOf('2024-05-01', [
    { id: 'shiliu-huakai', title: '石榴花开满山坡', text: '山坡上的石榴花开了。' },
    { id: 'chayuan-chunmang', title: '茶园春忙', text: '茶农在茶园采茶，旁边种着石榴。' },
  ]),
  editionOf('2024-05-02', [
    { id: 'shiliu-shuxia', title: '石榴树下的茶园', text: '村民在树下喝茶。' },
    { id: 'xinqiao', title: '新桥通车', text: '桥边的石榴园也开放了，石榴正红。' },
  ]),
  editionOf('2024-05-03', [
    { id: 'caishichang', title: '菜市场改造完工', text: '市场里卖石榴的摊位多了。', photo: PHOTO },
    { id: 'chayuan-lvyou', title: '茶园旅游升温', text: '游客来到茶园。' },
  ]),
]

/** Forty days of three articles, all with 苹果 in the text, the first of most days in its title too. */
const PAGED: Edition[] = Array.from({ length: 40 }, (_, d) =>
  new Date(Date.UTC(2024, 5, 1 + d)).toISOString().slice(0, 10),
).map((date, d) =>
  editionOf(
    date,
    [0, 1, 2].map((k) => ({
      id: `pingguo-${k}`,
      title: k === 0 && d % 5 !== 0 ? `苹果丰收第${d}回` : `果园见闻第${d}-${k}回`,
      text: `今天的苹果${'很甜。'.repeat(k + 1)}`,
    })),
  ),
)

let phone: SearchIndex

beforeAll(async () => {
  const editions = [...FIXED, ...PAGED]
  for (const e of editions) {
    const { date, version } = e.issue
    await write(env.DB, [
      sql(
        "INSERT INTO days (date, version, source, publish_at, live_version, live_at) VALUES (?, ?, 'test', ?, ?, ?)",
        date,
        version,
        '2024-01-01T00:00:00Z',
        version,
        '2024-01-01T00:00:00Z',
      ),
      ...docsStatements(e),
    ])
  }
  phone = buildIndex(editions.flatMap(docsOf))
})

type Page = { hits: SearchHit[]; next?: number }
const api = async (q: string, before?: number) =>
  (
    await handle(
      new Request(
        `http://localhost:8787/api/search?q=${encodeURIComponent(q)}${before === undefined ? '' : `&before=${before}`}`,
      ),
    )
  ).json<Page>()
const ids = (hits: SearchHit[]) => hits.map((h) => `${h.date}/${h.id}`)

describe('search ranks title matches first', () => {
  it('an older article with the words in its title comes before newer ones with them in the text', async () => {
    const expected = {
      石榴: [
        '2024-05-02/shiliu-shuxia',
        '2024-05-01/shiliu-huakai',
        '2024-05-03/caishichang',
        '2024-05-02/xinqiao',
        '2024-05-01/chayuan-chunmang',
      ],
      // Both words in its title: first. One in the title, one in the text: with the rest.
      '石榴 茶园': ['2024-05-02/shiliu-shuxia', '2024-05-01/chayuan-chunmang'],
      茶园: ['2024-05-03/chayuan-lvyou', '2024-05-02/shiliu-shuxia', '2024-05-01/chayuan-chunmang'],
      // In the text alone: newest first.
      山坡上: ['2024-05-01/shiliu-huakai'],
    }
    for (const [q, want] of Object.entries(expected)) {
      const online = await api(q)
      expect(ids(online.hits), q).toEqual(want)
      expect(online.hits, q).toEqual(search(phone, q))
    }
  })

  it('shows the first result the reader expects on the page, with its photo small when it has one', async () => {
    const doc = parsePage(await (await get(`/search?q=${encodeURIComponent('石榴')}`)).text())
    const items = doc.querySelectorAll('.results li')
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))[0]).toBe(
      '/issues/2024-05-02/shiliu-shuxia',
    )
    const withPhoto = items.filter((li) => li.querySelector('picture.thumb'))
    expect(withPhoto.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual([
      '/issues/2024-05-03/caishichang',
    ])
    expect(withPhoto[0]!.querySelector('img')?.getAttribute('src')).toContain(PHOTO.id)
    const [hit] = (await api('菜市场')).hits
    expect(hit?.thumb).toEqual(PHOTO)
    expect(search(phone, '菜市场')[0]?.thumb).toEqual(PHOTO)
  })

  it('pages through title matches, then the rest, with none twice and none left out, as the phone ranks them', async () => {
    const online: string[] = []
    const cursors: number[] = []
    let next: number | undefined
    let mixed = 0
    do {
      const page = await api('苹果', next)
      const titled = page.hits.map((h) => h.title.some((m) => m.hit))
      if (titled.includes(true) && titled.includes(false)) mixed++
      online.push(...ids(page.hits))
      if (next !== undefined && page.next !== undefined) expect(page.next).toBeLessThan(next)
      next = page.next
      if (next !== undefined) cursors.push(next)
    } while (next !== undefined)
    const offline = ids(search(phone, '苹果', Number.POSITIVE_INFINITY))
    expect(online).toEqual(offline)
    expect(new Set(online).size).toBe(120)
    expect(offline.slice(0, 32).every((id) => id.endsWith('/pingguo-0'))).toBe(true)
    expect(mixed, 'a page where the title matches end and the rest begin').toBe(1)
    expect(cursors.length).toBeGreaterThan(4)
    for (const c of cursors) expect(String(c)).toMatch(/^\d{1,15}$/)
  })

  it('reads D1 once for a page the first candidates fill, wherever the title matches end', async () => {
    // A read: a batch, or one statement run, as the bench counts them.
    let reads = 0
    const counted = countingD1(env.DB, () => reads++)
    const first = await searchArchive(counted, '苹果')
    const second = await searchArchive(counted, '苹果', first.next)
    const body = await searchArchive(counted, '很甜')
    expect([first.hits.length, second.hits.length, body.hits.length]).toEqual([20, 20, 20])
    expect(reads).toBe(3)
  })
})
