// 搜索 over the archive in D1: Chinese without spaces, every term required, title matches first,
// then the newest issue first and each issue ranked, a page at a time; the query is only ever text.
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Edition } from '../../core/model'
import { buildIndex, search } from '../../core/search'
import { docsOf } from '../../core/search/docs'
import { get, parsePage, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent('publishedWithSynthetic'))

const q = encodeURIComponent
type Page = { hits: Array<{ id: string; date: string; score: number }>; next?: number }

describe('搜索', () => {
  it('finds Chinese words without spaces and highlights them', async () => {
    const res = await get(`/search?q=${q('学堂冲二村5栋')}`)
    expect(res.status).toBe(200)
    const doc = parsePage(await res.text())
    const first = doc.querySelector('.results h2 a')
    expect(first?.getAttribute('href')).toBe('/issues/2024-03-11/xiashuidao-butong-fandu')
    expect(texts(doc, '.results .snippet mark')[0]).toBe('学堂冲二村5栋')
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
  })

  it('lists the newest issue first, each ranked, and pages through the rest', async () => {
    // 就业 is in one headline of every day: the first pages are those, newest first.
    const first = await (await get(`/api/search?q=${q('就业')}`)).json<Page>()
    expect(first.hits).toHaveLength(20)
    expect(first.next).toBeTypeOf('number')
    const dates = first.hits.map((h) => h.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates[0]).toBe('2024-03-11')
    // Within an issue, the better answer first.
    for (const date of new Set(dates)) {
      const scores = first.hits.filter((h) => h.date === date).map((h) => h.score)
      expect(scores, date).toEqual([...scores].sort((a, b) => b - a))
    }
    const last = dates.at(-1)!
    const second = await (await get(`/api/search?q=${q('就业')}&before=${first.next}`)).json<Page>()
    expect(second.hits.length).toBeGreaterThan(0)
    expect(second.hits[0]!.date <= last).toBe(true)
    const seen = new Set(first.hits.map((h) => `${h.date}/${h.id}`))
    for (const h of second.hits) expect(seen.has(`${h.date}/${h.id}`)).toBe(false)

    const page = parsePage(await (await get(`/search?q=${q('就业')}`)).text())
    expect(texts(page, '.result-count')).toEqual(['与“就业”有关的报道，标题相符的在前'])
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      `/search?q=${q('就业')}&before=${first.next}`,
    )
  })

  it('pages through the whole archive in the order the phone ranks the same issues', async () => {
    const { results } = await env.DB.prepare('SELECT date FROM days WHERE live_version IS NOT NULL').all<{
      date: string
    }>()
    const editions = await Promise.all(
      results.map(async ({ date }) => (await get(`/api/issues/${date}/bundle`)).json<Edition>()),
    )
    const phone = buildIndex(editions.flatMap(docsOf))
    let withinIssue = 0
    for (const query of ['就业', '株洲 3', '宝妈']) {
      const online: string[] = []
      let next: number | undefined
      do {
        const page = await (await get(`/api/search?q=${q(query)}${next ? `&before=${next}` : ''}`)).json<Page>()
        // A page that ends inside an issue: the next goes on with that issue's next result.
        if (next && online.at(-1)?.slice(0, 10) === page.hits[0]?.date) withinIssue++
        online.push(...page.hits.map((h) => `${h.date}/${h.id}`))
        next = page.next
      } while (next !== undefined)
      const offline = search(phone, query, Number.POSITIVE_INFINITY).map((h) => `${h.date}/${h.id}`)
      expect(online, query).toEqual(offline)
      expect(online.length, query).toBeGreaterThan(0)
    }
    expect(withinIssue).toBeGreaterThan(0)
  })

  it('needs every term, as written: 株洲 … 日报 apart is not 株洲日报', async () => {
    const both = await (await get(`/api/search?q=${q('招聘会 宝妈')}`)).json<Page>()
    expect(both.hits.map((h) => `${h.date}/${h.id}`)).toContain('2024-03-11/baoma-jihua')
    const phrase = await (await get(`/api/search?q=${q('宝妈招聘会')}`)).json<Page>()
    expect(phrase.hits).toEqual([])
  })

  it('a single character finds it wherever it stands, also at the end of a sentence', async () => {
    const hits = (await (await get(`/api/search?q=${q('堵')}`)).json<Page>()).hits
    expect(hits.map((h) => h.id)).toContain('xiashuidao-butong-fandu')
  })

  it('says so when nothing matches, and shows the form with no query', async () => {
    const none = await (await get(`/search?q=${q('火星')}`)).text()
    expect(texts(none, '.result-count')).toEqual(['没有找到与“火星”有关的报道'])
    const empty = parsePage(await (await get('/search')).text())
    const form = empty.querySelector('form.search')
    expect([form?.getAttribute('action'), form?.getAttribute('method')]).toEqual(['/search', 'get'])
    expect(empty.querySelector('.result-count')).toBeNull()
  })

  it('echoes a hostile query only as text', async () => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)> AND NOT "x"*'
    const doc = parsePage(await (await get(`/search?q=${q(hostile)}`)).text())
    expect(doc.querySelectorAll('img')).toHaveLength(0)
    expect(doc.querySelectorAll('script').filter((s) => s.textContent.includes('alert'))).toHaveLength(0)
    expect(doc.querySelector('#q')?.getAttribute('value')).toBe(Array.from(hostile).slice(0, 64).join(''))
  })
})
