// The feed and the sitemaps with two issues published: the sitemap index names a sitemap per
// month, and each month's lists every issue, 版面 and article in it.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { get } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent('publishedWithFixtures'))
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) })
const ROOT = 'http://localhost:8787'

describe('feed and sitemaps', () => {
  it('/feed.xml is RSS 2.0 with the live issue’s articles', async () => {
    const res = await get('/feed.xml')
    expect(res.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await res.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const [item] = parser.parse(xml).rss.channel.item
    expect(item.title).toBe('测试稿件')
    expect(item.link).toBe(`${ROOT}/issues/2024-03-12/ceshi-gaojian`)
  })

  it('/sitemap.xml is an index: the archive’s pages, and one sitemap per month', async () => {
    const xml = await (await get('/sitemap.xml')).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const locs = parser.parse(xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)
    expect(locs).toEqual([`${ROOT}/sitemaps/archive.xml`, `${ROOT}/sitemaps/2024-03.xml`])
    const archive = parser.parse(await (await get('/sitemaps/archive.xml')).text())
    expect(archive.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      `${ROOT}/`,
      `${ROOT}/archive`,
      `${ROOT}/archive/2024`,
      `${ROOT}/archive/2024/03`,
    ])
  })

  it('a month’s sitemap lists every issue, 版面 and article of the month, with lastmod', async () => {
    const xml = await (await get('/sitemaps/2024-03.xml')).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const urls = parser.parse(xml).urlset.url as Array<{ loc: string; lastmod: string }>
    const locs = urls.map((u) => u.loc)
    expect(locs).toEqual(
      expect.arrayContaining([
        `${ROOT}/issues/2024-03-12`,
        `${ROOT}/issues/2024-03-12/ceshi-gaojian`,
        `${ROOT}/issues/2024-03-11`,
        `${ROOT}/issues/2024-03-11/pages/3`,
        `${ROOT}/issues/2024-03-11/zonggonghui-zhigong-zhang-benling`,
      ]),
    )
    expect(locs.filter((l) => /\/issues\/2024-03-1[12]\/[a-z]/.test(l) && !l.includes('/pages/'))).toHaveLength(7)
    for (const u of urls) expect(u.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect((await get('/sitemaps/2023-01.xml')).status).toBe(404)
  })

  it('the news sitemap keeps to the live issue', async () => {
    const news = await (await get('/news-sitemap.xml')).text()
    expect(XMLValidator.validate(news)).toBe(true)
    expect(parser.parse(news).urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
  })

  it('/robots.txt points at the sitemaps and keeps crawlers out of the API', async () => {
    const lines = (await (await get('/robots.txt')).text()).split('\n')
    expect(lines).toContain(`Sitemap: ${ROOT}/sitemap.xml`)
    expect(lines).toContain('Disallow: /api/')
  })
})
