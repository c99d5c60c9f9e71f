// The feed, the sitemaps and robots.txt: well-formed XML that a real parser reads back to the content.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { ArchiveIndex, Article, Edition, Paper } from '../../core/model'
import { xml } from '../../worker/xml/escape'
import { renderFeed } from '../../worker/xml/feed'
import { renderRobots } from '../../worker/xml/robots'
import {
  renderArchiveSitemap,
  renderMonthSitemap,
  renderNewsSitemap,
  renderSitemapIndex,
} from '../../worker/xml/sitemap'

/** The site's origin, as the worker hands it to the renderers (worker/site.ts). */
const ROOT = 'https://news.example.cn'

const paper: Paper = {
  name: '株洲日报',
  locale: 'zh-CN',
  description: '株洲日报数字版：每日新闻，离线可读。',
  colors: { brand: '#b8141b' },
}

function article(
  date: string,
  page: number,
  order: number,
  id: string,
  title: string,
  more: Partial<Article> = {},
): Article {
  return {
    id,
    date,
    page,
    order,
    title,
    byline: [{ role: '全媒体记者', name: '王娜' }],
    summary: `${title}。摘要。`,
    tags: ['株洲'],
    chars: 800,
    readingMinutes: 2,
    version: `v-${id}`,
    body: [{ t: 'p', c: ['正文第一段。'] }],
    ...more,
  }
}

/** Two 版面, three articles: 要闻 (two) and 就业-创业 (one). */
function edition(date: string, extra: Partial<Article> = {}): Edition {
  const articles = [
    article(date, 1, 1, 'gongzuo-xiangmuhua', '株洲这一改革经验获全省推介', { kicker: '“工作项目化”' }),
    article(date, 1, 2, 'shuhua-dengji-kaoshi', '书画等级考试今日开始报名', { byline: [] }),
    article(date, 3, 1, 'baoma-jihua', '“宝妈计划”帮带孩妈妈找工作', extra),
  ]
  const meta = ({ body: _body, ...m }: Article) => m
  return {
    issue: {
      date,
      version: `issue-${date}`,
      pages: [
        { number: 1, name: '要闻', editors: [], articles: [meta(articles[0]!), meta(articles[1]!)] },
        {
          number: 3,
          name: '就业-创业',
          editors: [{ role: '责任编辑', name: '王建设' }],
          articles: [meta(articles[2]!)],
        },
      ],
    },
    articles,
  }
}

const index: ArchiveIndex = {
  months: [
    { month: '2024-03', issues: 2, modified: '2024-03-12T09:30:00.000Z' },
    { month: '2023-12', issues: 1, modified: '2023-12-31T00:00:00.000Z' },
  ],
  recent: [],
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'url' || name === 'sitemap',
})

function parse(out: string) {
  expect(XMLValidator.validate(out)).toBe(true)
  return parser.parse(out)
}

const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} [\d:]{8} \+0800$/

describe('xml()', () => {
  it('escapes the five special characters and drops what XML 1.0 forbids', () => {
    expect(xml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f')
    expect(xml('x\u0000\u0001\u001f\t\n\r\uFFFE\uFFFFy')).toBe('x\t\n\ry')
    expect(xml('lone \uD800 and \uDC00, pair \u{20BB7}, sep \u2028')).toBe('lone  and , pair \u{20BB7}, sep \u2028')
  })
})

describe('renderFeed', () => {
  const out = renderFeed(paper, ROOT, [edition('2024-03-10'), edition('2024-03-11')])
  const channel = parse(out).rss.channel

  it('describes the paper and points at itself', () => {
    expect(
      out.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"',
      ),
    ).toBe(true)
    expect(channel.title).toBe('株洲日报')
    expect(channel.link).toBe('https://news.example.cn/')
    expect(channel.description).toBe(paper.description)
    expect(channel.language).toBe('zh-CN')
    expect(channel['atom:link']['@_href']).toBe('https://news.example.cn/feed.xml')
    expect(channel['atom:link']['@_rel']).toBe('self')
    expect(channel.lastBuildDate).toBe('Mon, 11 Mar 2024 06:00:00 +0800')
  })

  it('lists every article, newest issue first, in 版面 order', () => {
    const items = channel.item
    expect(items).toHaveLength(6)
    expect(items.map((i: { link: string }) => i.link)).toEqual([
      'https://news.example.cn/issues/2024-03-11/gongzuo-xiangmuhua',
      'https://news.example.cn/issues/2024-03-11/shuhua-dengji-kaoshi',
      'https://news.example.cn/issues/2024-03-11/baoma-jihua',
      'https://news.example.cn/issues/2024-03-10/gongzuo-xiangmuhua',
      'https://news.example.cn/issues/2024-03-10/shuhua-dengji-kaoshi',
      'https://news.example.cn/issues/2024-03-10/baoma-jihua',
    ])
    expect(items.slice(0, 3).map((i: { title: string }) => i.title)).toEqual([
      '株洲这一改革经验获全省推介',
      '书画等级考试今日开始报名',
      '“宝妈计划”帮带孩妈妈找工作',
    ])
    expect(items.slice(0, 3).map((i: { category: string }) => i.category)).toEqual(['要闻', '要闻', '就业-创业'])
    const [first, second] = items
    expect(first.guid['#text']).toBe(first.link)
    expect(first.guid['@_isPermaLink']).toBe('true')
    expect(first.pubDate).toBe('Mon, 11 Mar 2024 06:00:00 +0800')
    expect(items[3].pubDate).toBe('Sun, 10 Mar 2024 06:00:00 +0800')
    for (const i of items) expect(i.pubDate).toMatch(RFC822)
    expect(first.description).toBe('“工作项目化”\u3000株洲这一改革经验获全省推介。摘要。')
    expect(first['dc:creator']).toBe('王娜')
    expect(second['dc:creator']).toBeUndefined()
  })

  it('keeps a hostile title and summary as text', () => {
    const title = '</title><script>alert(1)</script>'
    const summary = 'a ]]> b & c \u0001 d \u2028 e <b>f</b>'
    const hostile = renderFeed(paper, ROOT, [edition('2024-03-11', { title, summary })])
    expect(hostile).not.toContain('<script>')
    const item = parse(hostile).rss.channel.item[2]
    expect(item.title).toBe(title)
    expect(item.description).toBe(summary.replace('\u0001', ''))
  })

  it('is a valid empty channel with no editions', () => {
    const empty = parse(renderFeed(paper, ROOT, [], new Date('2024-03-11T00:00:00Z'))).rss.channel
    expect(empty.item).toBeUndefined()
    expect(empty.lastBuildDate).toBe('Mon, 11 Mar 2024 08:00:00 +0800')
  })
})

describe('the sitemaps', () => {
  const locs = (xml: string, list: 'url' | 'sitemap') =>
    (parse(xml)[list === 'url' ? 'urlset' : 'sitemapindex'][list] as Array<{ loc: string; lastmod: string }>).map(
      (u) => [u.loc.replace('https://news.example.cn', ''), u.lastmod],
    )

  it('the index names the archive’s sitemap and one per month, each with when it last changed', () => {
    expect(locs(renderSitemapIndex(ROOT, index), 'sitemap')).toEqual([
      ['/sitemaps/archive.xml', '2024-03-12'],
      ['/sitemaps/2024-03.xml', '2024-03-12'],
      ['/sitemaps/2023-12.xml', '2023-12-31'],
    ])
  })

  it('the archive’s sitemap lists the front page, 往期, each year and each month', () => {
    expect(locs(renderArchiveSitemap(ROOT, index), 'url').map(([loc]) => loc)).toEqual([
      '/',
      '/archive',
      '/archive/2024',
      '/archive/2023',
      '/archive/2024/03',
      '/archive/2023/12',
    ])
  })

  it('a month’s sitemap lists each issue, 版面 and article once; a corrected article carries its 更正 date', () => {
    const articles = [
      { date: '2024-03-11', slug: 'b', page_number: 1, modified: '2024-03-10T22:00:00.000Z', corrected: '2024-03-13' },
      { date: '2024-03-11', slug: 'a', page_number: 1, modified: '2024-03-10T22:00:00.000Z', corrected: null },
      { date: '2024-03-11', slug: 'c', page_number: 3, modified: '2024-03-10T22:00:00.000Z', corrected: null },
    ]
    expect(locs(renderMonthSitemap(ROOT, articles), 'url')).toEqual([
      ['/issues/2024-03-11', '2024-03-10'],
      ['/issues/2024-03-11/pages/1', '2024-03-10'],
      ['/issues/2024-03-11/b', '2024-03-13'],
      ['/issues/2024-03-11/a', '2024-03-10'],
      ['/issues/2024-03-11/pages/3', '2024-03-10'],
      ['/issues/2024-03-11/c', '2024-03-10'],
    ])
  })
})

describe('renderNewsSitemap', () => {
  const now = new Date('2024-03-11T12:00:00+08:00')
  const editions = [edition('2024-03-08'), edition('2024-03-10', { title: '</title><script>alert(1)</script>' })]

  it('lists the articles of the last two days only', () => {
    const out = renderNewsSitemap(ROOT, '株洲日报', editions, now)
    expect(out).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
    expect(out).not.toContain('<script>')
    const urls = parse(out).urlset.url
    expect(urls).toHaveLength(3)
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual([
      'https://news.example.cn/issues/2024-03-10/gongzuo-xiangmuhua',
      'https://news.example.cn/issues/2024-03-10/shuhua-dengji-kaoshi',
      'https://news.example.cn/issues/2024-03-10/baoma-jihua',
    ])
    const news = urls[2]['news:news']
    expect(news['news:publication']).toEqual({ 'news:name': '株洲日报', 'news:language': 'zh' })
    expect(news['news:publication_date']).toBe('2024-03-10T06:00:00+08:00')
    expect(news['news:title']).toBe('</title><script>alert(1)</script>')
  })

  it('is still a valid urlset when nothing is recent', () => {
    const out = renderNewsSitemap(ROOT, '株洲日报', editions, new Date('2024-04-01T00:00:00Z'))
    const urlset = parse(out).urlset
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(urlset.url).toBeUndefined()
  })
})

describe('renderRobots', () => {
  it('allows all but the API and search, and names both sitemaps', () => {
    const lines = renderRobots(ROOT).split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'User-agent: *',
        'Disallow: /api/',
        'Disallow: /search',
        'Sitemap: https://news.example.cn/sitemap.xml',
        'Sitemap: https://news.example.cn/news-sitemap.xml',
      ]),
    )
  })
})
