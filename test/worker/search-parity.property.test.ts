// The same query gives the same results, in the same order, online (the archive in D1,
// worker/d1.ts) and offline (the phone's index over the issues it keeps, core/search/index.ts):
// title matches first, then the rest, each the newest issue first; within an issue, more terms in
// the title, then more occurrences, then print order.
// The phone's side is built from the very bundles it downloads.
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { write } from '../../core/ledger/d1'
import { docsStatements } from '../../core/ledger/search-rows'
import type { Edition } from '../../core/model'
import { buildIndex, type SearchHit, type SearchIndex, search } from '../../core/search'
import { bodyText, docsOf } from '../../core/search/docs'
import { long, runs } from '../long'
import { get, handle } from './http'
import { seedPublishedContent } from './publish-to-kv'
import { encodeAny } from './unicode'

const DATES = ['2024-03-11', '2024-03-12']
/** Many runs in test:long take minutes. */
const TIMEOUT = long() ? 900_000 : 120_000
let editions: Edition[] = []
let phone: SearchIndex

beforeAll(async () => {
  await seedPublishedContent('publishedWithFixtures')
  editions = await Promise.all(DATES.map(async (d) => (await get(`/api/issues/${d}/bundle`)).json<Edition>()))
  phone = buildIndex(editions.flatMap(docsOf))
})

/** The first page of the server's results. */
async function online(q: string): Promise<SearchHit[]> {
  const res = await handle(new Request(`http://localhost:8787/api/search?q=${encodeAny(q)}`))
  expect(res.status, q).toBe(200)
  return (await res.json<{ hits: SearchHit[] }>()).hits
}
const ids = (hits: SearchHit[]) => hits.map((h) => `${h.date}/${h.id}`)

const QUERIES = {
  chinese: ['就业', '株洲', '招聘会', '企业', '工作', '职工', '社区', '测试'],
  title: ['宝妈', '下水道', '改革', '考试', '本领'],
  digits: ['300', '3000', '2023', '023', '00', '0', '3', '10', '３００', '3月8日'],
  latin: ['wifi', 'zhuzhou', 'a'],
  mixed: ['株洲 就业', '宝妈 招聘会', '300万元', '堵', '“宝妈计划”'],
}

describe('search online and offline, over the same issues', () => {
  it('ranks a title match first, then more occurrences, then print order', async () => {
    // 稳就业 is in the title of the fifth article; the others only mention it.
    const hits = await online('就业')
    expect(ids(hits)[0]).toBe('2024-03-11/wen-jiuye-zhuzhou-shijian')
    const scores = hits.map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    // The newest issue first: 2024-03-12 holds 测试 and is listed before anything of 03-11.
    expect(ids(await online('测试')).every((id) => id.startsWith('2024-03-12/'))).toBe(true)
  })

  it('gives the same hits in the same order, with the same marks, for words, titles, digits and Latin', async () => {
    for (const [kind, queries] of Object.entries(QUERIES)) {
      for (const q of queries) {
        const server = await online(q)
        expect(server, `${kind}: ${q}`).toEqual(search(phone, q))
      }
    }
    expect((await online('企业')).length).toBeGreaterThan(3)
  })

  it(
    'agrees for any piece of any article, and any two pieces',
    async () => {
      const texts = editions.flatMap((e) => e.articles.flatMap((a) => [a.title, ...bodyText(a.body)]))
      const piece = fc
        .tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 8 }))
        .map(([text, at, length]) =>
          Array.from(text)
            .slice(at % text.length, (at % text.length) + length)
            .join(''),
        )
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            piece,
            fc.tuple(piece, piece).map(([a, b]) => `${a} ${b}`),
          ),
          async (q) => {
            expect(await online(q), q).toEqual(search(phone, q))
          },
        ),
        runs(100, 2000),
      )
    },
    TIMEOUT,
  )
})

describe('search online and offline, over articles in Latin script', () => {
  beforeAll(async () => {
    // The real issue as if its articles also carried Latin words: in D1 and on the phone alike.
    const [real] = editions
    const latin: Edition = structuredClone(real!)
    const add = (i: number, text: string) => latin.articles[i]!.body.push({ t: 'p', c: [text] })
    latin.articles[2]!.title += ' WiFi'
    add(0, 'Café 5G wifi')
    add(4, 'WiFi WiFi 5G, café résumé')
    add(5, 'ＷｉＦｉ 5G')
    await write(env.DB, docsStatements(latin))
    phone = buildIndex([latin, ...editions.slice(1)].flatMap(docsOf))
  })

  it('gives the same hits in the same order', async () => {
    for (const q of ['wifi', 'WiFi 5G', '5g', '５Ｇ', 'café', 'CAFÉ', 'cafe', 'résumé', 'wi', 'fi']) {
      expect(await online(q), q).toEqual(search(phone, q))
    }
    // The title match first, then two occurrences before one.
    expect(ids(await online('wifi'))).toEqual([
      '2024-03-11/baoma-jihua',
      '2024-03-11/wen-jiuye-zhuzhou-shijian',
      '2024-03-11/gongzuo-xiangmuhua',
      '2024-03-11/zonggonghui-zhigong-zhang-benling',
    ])
  })
})
