// 搜索 over the archive in D1: Chinese without spaces, every term required, newest first, a page
// at a time; the query is only ever text.
import { beforeAll, describe, expect, it } from 'vitest'
import { get, parsePage, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent('publishedWithSynthetic'))

const q = encodeURIComponent
type Page = { hits: Array<{ id: string; date: string }>; next?: number }

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

  it('lists the newest first, each issue in print order, and pages through the rest', async () => {
    const first = await (await get(`/api/search?q=${q('就业')}`)).json<Page>()
    expect(first.hits).toHaveLength(20)
    expect(first.next).toBeTypeOf('number')
    const dates = first.hits.map((h) => h.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates[0]).toBe('2024-03-11')
    const second = await (await get(`/api/search?q=${q('就业')}&before=${first.next}`)).json<Page>()
    expect(second.hits.length).toBeGreaterThan(0)
    expect(second.hits[0]!.date <= dates.at(-1)!).toBe(true)
    const seen = new Set(first.hits.map((h) => `${h.date}/${h.id}`))
    for (const h of second.hits) expect(seen.has(`${h.date}/${h.id}`)).toBe(false)

    const page = parsePage(await (await get(`/search?q=${q('就业')}`)).text())
    expect(texts(page, '.result-count')).toEqual(['与“就业”有关的报道，最新的在前'])
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      `/search?q=${q('就业')}&before=${first.next}`,
    )
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
