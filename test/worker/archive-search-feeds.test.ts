// Across issues: the archive, Chinese search, the feed and the sitemaps, with the fixture issue
// 2024-03-12 published after the real 2024-03-11.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedPublishedContent } from './publish-to-kv'
import { get, parsePage, texts } from './http'

beforeAll(() => seedPublishedContent('publishedWithFixtures'))

describe('往期', () => {
  it('lists every issue by month, newest first, with its lead story', async () => {
    const doc = parsePage(await (await get('/archive')).text())
    expect(texts(doc, 'h1')).toEqual(['往期'])
    expect(texts(doc, 'main h2')).toEqual(['2024年3月'])
    expect(texts(doc, '.issues li a')).toEqual([
      '2024年3月12日 星期二测试稿件1篇',
      '2024年3月11日 星期一株洲这一改革经验获全省推介6篇',
    ])
    expect(doc.querySelectorAll('.issues li a').map((a) => a.getAttribute('href'))).toEqual([
      '/issues/2024-03-12',
      '/issues/2024-03-11',
    ])
  })

  it('is in the JSON API too', async () => {
    const issues = await (await get('/api/archive')).json<Array<{ date: string }>>()
    expect(issues.map((i) => i.date)).toEqual(['2024-03-12', '2024-03-11'])
  })
})

describe('搜索', () => {
  it('finds Chinese words without spaces and highlights them', async () => {
    const res = await get(`/search?q=${encodeURIComponent('下水道')}`)
    expect(res.status).toBe(200)
    const doc = parsePage(await res.text())
    expect(texts(doc, '.result-count')).toEqual(['找到1篇与“下水道”有关的报道'])
    const hit = doc.querySelector('.results .headline a')
    expect(hit?.getAttribute('href')).toBe('/issues/2024-03-11/xiashuidao-butong-fandu')
    expect(hit?.textContent).toBe('耗资300万元改造下水道　不通反堵')
    expect(texts(doc, '.results .headline mark')).toEqual(['下水道'])
    expect(texts(doc, '.results .snippet mark')[0]).toBe('下水道')
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
  })

  it('needs every term of a query, in any issue', async () => {
    const hits = await (await get(`/api/search?q=${encodeURIComponent('招聘会 宝妈')}`)).json<
      Array<{ id: string; date: string }>
    >()
    expect(hits.map((h) => h.id)).toEqual(['baoma-jihua'])
    const fixture = await (await get(`/api/search?q=${encodeURIComponent('测试')}`)).json<Array<{ date: string }>>()
    expect(fixture[0]?.date).toBe('2024-03-12')
  })

  it('says so when nothing matches, and shows the form with no query', async () => {
    const none = await (await get(`/search?q=${encodeURIComponent('火星')}`)).text()
    expect(texts(none, '.result-count')).toEqual(['没有找到与“火星”有关的报道'])
    const empty = parsePage(await (await get('/search')).text())
    const form = empty.querySelector('form.search')
    expect([form?.getAttribute('action'), form?.getAttribute('method')]).toEqual(['/search', 'get'])
    expect(empty.querySelector('.result-count')).toBeNull()
  })

  it('echoes a hostile query only as text', async () => {
    const q = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    const doc = parsePage(await (await get(`/search?q=${encodeURIComponent(q)}`)).text())
    expect(doc.querySelectorAll('img')).toHaveLength(0)
    expect(doc.querySelectorAll('script').filter((s) => s.textContent.includes('alert'))).toHaveLength(0)
    expect(doc.querySelector('#q')?.getAttribute('value')).toBe(q)
    expect(texts(doc, '.result-count')).toEqual([`没有找到与“${q}”有关的报道`])
  })
})

describe('feed and sitemaps', () => {
  const parser = new XMLParser({ ignoreAttributes: false })

  it('/feed.xml is RSS 2.0 with the live issue’s articles', async () => {
    const res = await get('/feed.xml')
    expect(res.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await res.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const item = parser.parse(xml).rss.channel.item
    expect(item.title).toBe('测试稿件')
    expect(item.link).toBe('http://localhost:8787/issues/2024-03-12/ceshi-gaojian')
  })

  it('/sitemap.xml lists both issues and the live issue’s pages; the news sitemap keeps to two days', async () => {
    const sitemap = await (await get('/sitemap.xml')).text()
    expect(XMLValidator.validate(sitemap)).toBe(true)
    const locs = (parser.parse(sitemap).urlset.url as Array<{ loc: string }>).map((u) => u.loc)
    expect(locs).toEqual(
      expect.arrayContaining([
        'http://localhost:8787/',
        'http://localhost:8787/archive',
        'http://localhost:8787/issues/2024-03-12',
        'http://localhost:8787/issues/2024-03-11',
        'http://localhost:8787/issues/2024-03-12/ceshi-gaojian',
      ]),
    )
    const news = await (await get('/news-sitemap.xml')).text()
    expect(XMLValidator.validate(news)).toBe(true)
    expect(news).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
  })

  it('/robots.txt points at the sitemaps and keeps crawlers out of the API', async () => {
    const robots = await (await get('/robots.txt')).text()
    expect(robots).toContain('Sitemap: http://localhost:8787/sitemap.xml')
    expect(robots).toContain('Disallow: /api/')
  })
})
