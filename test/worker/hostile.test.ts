// An edition whose every field is hostile (as if KV held something the compiler never wrote)
// renders inert: in HTML, in JSON-LD, in the JSON API and in the feed.
import { env } from 'cloudflare:workers'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article, Edition, Latest } from '../../core/model'
import { get, jsonLd, parsePage, texts } from './http'

const EVIL = '"><img src=x onerror=alert(1)></script><script>alert(2)</script>\u2028&amp;'
const article: Article = {
  id: 'evil',
  date: '2024-01-02',
  page: 1,
  order: 1,
  kicker: EVIL,
  title: `标题${EVIL}`,
  subtitle: EVIL,
  byline: [{ role: EVIL, name: EVIL, note: EVIL }],
  dateline: EVIL,
  summary: EVIL,
  tags: [EVIL],
  chars: 1,
  readingMinutes: 1,
  version: 'abc',
  body: [
    { t: 'p', c: [EVIL, { t: 'em', c: [EVIL] }, { t: 'link', href: 'javascript:alert(3)', c: [EVIL] }] },
    { t: 'h', text: EVIL },
    { t: 'label', text: EVIL },
    { t: 'quote', c: [[EVIL]] },
    { t: 'list', ordered: false, items: [[EVIL]] },
    { t: 'figure', caption: EVIL, credit: EVIL },
  ],
}
const { body: _body, ...meta } = article
const edition: Edition = {
  issue: {
    date: '2024-01-02',
    version: 'deadbeef0000',
    number: EVIL,
    pages: [{ number: 1, name: EVIL, editors: [{ role: EVIL, name: EVIL }], articles: [meta] }],
  },
  articles: [article],
}

beforeAll(async () => {
  await env.KV.put('edition/2024-01-02', JSON.stringify(edition))
  await env.KV.put('latest', JSON.stringify({ ...edition, publishedAt: '2024-01-02T00:00:00Z' } satisfies Latest))
})

/** No executable markup survives: the page holds no element or link the hostile text tried to make. */
function expectInert(html: string) {
  const doc = parsePage(html)
  expect(doc.querySelectorAll('img')).toHaveLength(0)
  expect(doc.querySelectorAll('[onerror]')).toHaveLength(0)
  expect(doc.querySelectorAll('a').filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).toHaveLength(0)
  // Scripts: the boot (inline, by hash), the module, the JSON-LD data; none carries the attack.
  const scripts = doc.querySelectorAll('script')
  for (const s of scripts) expect(['module', 'application/ld+json', undefined]).toContain(s.getAttribute('type'))
  expect(scripts.filter((s) => !s.getAttribute('type') && s.textContent.includes('alert'))).toHaveLength(0)
  return doc
}

describe('hostile content renders inert', () => {
  it.each(['/', '/issues/2024-01-02', '/issues/2024-01-02/pages/1', '/issues/2024-01-02/evil'])('%s', async (path) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    const html = await res.text()
    const doc = expectInert(html)
    // JSON-LD cannot be closed early: each block parses whole, and says exactly what the data says.
    for (const block of texts(doc, 'script[type="application/ld+json"]')) expect(() => JSON.parse(block)).not.toThrow()
    if (path.endsWith('evil')) {
      expect(jsonLd(html)[0]!.headline).toBe(`标题${EVIL}`)
      expect(texts(doc, 'h1')).toEqual([`标题${EVIL}`])
    }
  })

  it('in the JSON API, as JSON strings', async () => {
    const res = await get('/api/issues/2024-01-02/articles/evil')
    expect(res.headers.get('content-type')).toContain('application/json')
    expect((await res.json<Article>()).title).toBe(`标题${EVIL}`)
  })

  it('in the feed, as escaped XML text', async () => {
    const xml = await (await get('/feed.xml')).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('<script>')
    expect(new XMLParser().parse(xml).rss.channel.item.title).toBe(`标题${EVIL}`)
  })
})
