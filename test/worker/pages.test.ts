// The reader's pages for the real 2024-03-11 issue, as a phone's browser receives them.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import worker from '../../worker/index'
import { get, jsonLd, parsePage, TITLES, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent())

describe('the front page', () => {
  it('shows the masthead, the 版面 and every story, the lead first', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    const html = await res.text()
    expect(html.startsWith('<!doctype html>')).toBe(true)
    const doc = parsePage(html)
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN')
    expect(texts(doc, 'h1')).toEqual(['株洲日报'])
    expect(texts(doc, '.masthead p')).toEqual(['2024年3月11日 星期一 · 农历二月初二'])
    expect(doc.querySelector('.masthead time')?.getAttribute('datetime')).toBe('2024-03-11')
    expect(texts(doc, 'nav[aria-label="版面"] a')).toEqual(['01版 要闻', '02版 民生', '03版 就业-创业'])
    expect(texts(doc, '.teaser h3 a')).toEqual(TITLES)
    expect(texts(doc, '.teaser.lead h3')).toEqual([TITLES[0]])
    expect(doc.querySelector('a.skip')?.getAttribute('href')).toBe('#main')
  })

  it('is complete without JavaScript: scripts only enhance (deferred module, prefs, JSON-LD)', async () => {
    const doc = parsePage(await (await get('/')).text())
    const scripts = doc.querySelectorAll('script').map((s) => ({ ...s.attributes }))
    // The text-size/theme boot (inline, allowed by hash), the deferred module, the JSON-LD data.
    expect(scripts.filter((a) => Object.keys(a).length === 0)).toHaveLength(1)
    expect(scripts.filter((a) => a.type === 'module').map((a) => a.src)).toEqual([
      expect.stringMatching(/^\/assets\/main-[\w-]+\.js$/),
    ])
    for (const a of scripts) expect(['module', 'application/ld+json', undefined]).toContain(a.type)
    // Every story is a plain link: nothing waits for a script.
    expect(texts(doc, 'main a[href^="/issues/2024-03-11/"]')).toEqual(expect.arrayContaining(TITLES))
  })
})

describe('a 版面', () => {
  it('lists its stories with the page editors', async () => {
    const doc = parsePage(await (await get('/issues/2024-03-11/pages/3')).text())
    expect(texts(doc, 'h1')).toEqual(['03版 就业-创业'])
    expect(texts(doc, '.editors')).toEqual(['责任编辑：王建设　美术编辑：王玺'])
    expect(texts(doc, '.teaser h2')).toEqual([TITLES[4], TITLES[5]])
    expect(doc.querySelector('nav[aria-label="版面"] a[aria-current="page"]')?.textContent).toBe('03版 就业-创业')
  })
})

describe('an article', () => {
  it('reads as printed: headline, byline, labels, subheads, figures with credits, neighbours', async () => {
    const res = await get('/issues/2024-03-11/xiashuidao-butong-fandu')
    expect(res.status).toBe(200)
    const doc = parsePage(await res.text())
    expect(texts(doc, 'h1')).toEqual([TITLES[3]])
    expect(texts(doc, '.story .byline > span:first-child')).toEqual(['全媒体记者/姚时美'])
    expect(texts(doc, '.story .byline > span:last-child')).toEqual([expect.stringMatching(/^\d+字 · 约4分钟$/)])
    expect(texts(doc, '.story .body h2')).toEqual([
      '改造没一年　多处污水外流',
      '从解决问题变成为民“添堵”',
      '记者采访后　部门迅速打通',
    ])
    expect(texts(doc, '.story .body .label')).toEqual(['【呼声】', '【目击】', '【声音】'])
    expect(texts(doc, 'figcaption')).toContain('3月8日，经过疏通，学堂冲二村5栋旁下水道不再冒污水。记者/姚时美 摄')
    expect(texts(doc, 'figcaption .credit')).toEqual(['记者/姚时美 摄'])
    const link = (rel: string) => doc.querySelector(`.neighbours a[rel="${rel}"]`)?.getAttribute('href')
    expect(link('prev')).toBe('/issues/2024-03-11/baoma-jihua')
    expect(link('next')).toBe('/issues/2024-03-11/wen-jiuye-zhuzhou-shijian')
    const back = doc.querySelector('.story .crumbs a')
    expect([back?.textContent, back?.getAttribute('href')]).toEqual(['02版 民生', '/issues/2024-03-11/pages/2'])
    // 民生 names no page editors; 就业-创业 does, and its articles end with its 责任编辑.
    expect(texts(doc, '.story .editor')).toEqual([])
    const jobs = parsePage(await (await get('/issues/2024-03-11/wen-jiuye-zhuzhou-shijian')).text())
    expect(texts(jobs, '.story .editor')).toEqual(['（责任编辑：王建设）'])
  })

  it('tells search engines what it is: canonical, Open Graph, NewsArticle with +08:00 dates', async () => {
    const html = await (await get('/issues/2024-03-11/baoma-jihua')).text()
    const doc = parsePage(html)
    expect(texts(doc, 'title')).toEqual(['“宝妈计划”帮带孩妈妈找工作 · 株洲日报'])
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'http://localhost:8787/issues/2024-03-11/baoma-jihua',
    )
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article')
    const [article, ...more] = jsonLd(html)
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: '“宝妈计划”帮带孩妈妈找工作',
      datePublished: '2024-03-11T06:00:00+08:00',
      articleSection: '要闻',
      author: [
        { '@type': 'Person', name: '何春林' },
        { '@type': 'Person', name: '周士杰' },
      ],
    })
    // Never corrected, so never modified.
    expect(article).not.toHaveProperty('dateModified')
    // The trail (the issue, the 版) is the page's header and crumbs; the 版's page carries it as data.
    expect(more).toEqual([])
  })

  it('every article of the issue opens with its full text', async () => {
    const issue = await (await get('/api/issues/2024-03-11/bundle')).json<{
      articles: Array<{ id: string; body: Array<{ t: string; c?: unknown[] }> }>
    }>()
    for (const a of issue.articles) {
      const body = texts(await (await get(`/issues/2024-03-11/${a.id}`)).text(), '.story .body')[0]
      const last = [...a.body].reverse().find((b) => b.t === 'p')!
      expect(body).toContain(String(last.c![0]).slice(-20))
    }
  })
})

describe('bad addresses get a 4xx page in Chinese, never a 5xx', () => {
  it.each([
    ['/issues/2024-02-30', 400],
    ['/issues/20240311', 400],
    ['/issues/2024-03-11/pages/0', 400],
    ['/issues/2024-03-11/Bad_Slug', 400],
    ['/issues/2024-03-11/%2e%2e%2f%2e%2e%2fetc', 400],
    ['/issues/%E0%A4%A', 400],
    ['/issues/2024-03-10', 404],
    ['/issues/2024-03-11/pages/9', 404],
    ['/issues/2024-03-11/no-such-story', 404],
    ['/no/such/page', 404],
    ['/issues/aaa…(3000 characters)', 414],
  ])('%s → %i', async (label, status) => {
    const path = label.replace('aaa…(3000 characters)', 'a'.repeat(3000))
    const res = await get(path)
    expect(res.status).toBe(status)
    const body = await res.text()
    if (status !== 414) {
      const doc = parsePage(body)
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN')
      expect(doc.querySelectorAll('.error a').map((a) => a.getAttribute('href'))).toEqual(['/', '/archive'])
    }
    expect(body).not.toMatch(/at \w+ \(|Error:/)
  })
})

describe('HTTP', () => {
  it('answers a repeat visit with 304, and HEAD without a body', async () => {
    const first = await get('/issues/2024-03-11/pages/1')
    const tag = first.headers.get('etag')!
    expect(tag).toBeTruthy()
    expect((await get('/issues/2024-03-11/pages/1', { headers: { 'If-None-Match': tag } })).status).toBe(304)
    const head = await get('/issues/2024-03-11/pages/1', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('keeps a hot page at the edge: it still opens after its KV value is gone', async () => {
    // The cache write finishes after the response, in its waitUntil: the test waits for it.
    const ctx = createExecutionContext()
    const first = await worker.fetch(
      new Request('http://localhost:8787/issues/2024-03-11/gongzuo-xiangmuhua'),
      env,
      ctx,
    )
    expect(first.status).toBe(200)
    await waitOnExecutionContext(ctx)
    const saved = await env.KV.get('edition/2024-03-11')
    await env.KV.delete('edition/2024-03-11')
    await env.KV.delete('latest')
    try {
      const again = await get('/issues/2024-03-11/gongzuo-xiangmuhua')
      expect(again.status).toBe(200)
      expect(texts(await again.text(), 'h1')).toEqual([TITLES[0]])
    } finally {
      await env.KV.put('edition/2024-03-11', saved!)
      await seedPublishedContent()
    }
  })

  it('sends a strict CSP whose only inline style is the page stylesheet, by hash', async () => {
    const res = await get('/issues/2024-03-11/baoma-jihua')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    const style = texts(await res.text(), 'style')[0]!
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style))
    expect(csp).toContain(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`)
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('permissions-policy')).toContain('camera=()')
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30')
  })
})

describe('the stylesheets a page links', () => {
  it('links the desktop layout by media, and the rules after the first text where they start; each is served a year', async () => {
    const doc = parsePage(await (await get('/issues/2024-03-11/xiashuidao-butong-fandu')).text())
    const links = doc.querySelectorAll('link[rel="stylesheet"]')
    const desktop = links.find((l) => l.getAttribute('media') === '(min-width:1024px)')
    expect(desktop?.closest('head')).not.toBeNull()
    // The rules of quotes, figures and what follows the text come just before the body's first
    // figure, not in <head>, and once.
    const rest = doc.querySelector('.body link[rel="stylesheet"]')
    expect(rest?.nextElementSibling?.tagName).toBe('FIGURE')
    expect(links.filter((l) => l.getAttribute('href') === rest?.getAttribute('href'))).toHaveLength(1)
    // An article with no quote or figure links them after its text.
    const plain = parsePage(await (await get('/issues/2024-03-11/baoma-jihua')).text())
    expect(plain.querySelector('.body + link[rel="stylesheet"]')?.getAttribute('href')).toBe(rest?.getAttribute('href'))
    for (const link of [desktop, rest]) {
      const res = await get(link!.getAttribute('href')!)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8')
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(await res.text()).toContain('{')
    }
    // Any other name is not a stylesheet of this build.
    expect((await get('/css/00000000.css')).status).toBe(404)
  })
})
