// Storage that cannot be read is passing: 503 with Retry-After. A bug is not: 500, logged with the
// request it broke. Neither shows the reader the exception.
import { env } from 'cloudflare:workers'
import { Hono } from 'hono'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { answerError } from '../../worker/errors'
import type { Env } from '../../worker/render'
import { withSecurityHeaders } from '../../worker/security'
import { get, parsePage, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent())
afterEach(() => vi.restoreAllMocks())

/** The lines the worker logged as errors while `run` ran, each as one string. */
async function errorsLogged(run: () => Promise<void>): Promise<string[]> {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
  await run()
  return spy.mock.calls.map((args) => args.map(String).join(' '))
}

/** D1 without its `docs` table: every search and month sitemap read fails, as an outage would. */
async function withoutDocs(run: () => Promise<void>) {
  await env.DB.prepare('ALTER TABLE docs RENAME TO docs_away').run()
  try {
    await run()
  } finally {
    await env.DB.prepare('ALTER TABLE docs_away RENAME TO docs').run()
  }
}

describe('a storage fault', () => {
  it('a month’s sitemap whose D1 read fails: 503 with Retry-After, not kept, logged with its path', async () => {
    let res: Response | undefined
    const logged = await errorsLogged(() =>
      withoutDocs(async () => {
        res = await get('/sitemaps/2024-03.xml')
      }),
    )
    expect(res?.status).toBe(503)
    expect(res?.headers.get('retry-after')).toBe('30')
    expect(res?.headers.get('cache-control')).toBe('no-store')
    expect(texts(await res!.text(), 'h1')).toEqual(['暂时无法读取'])
    expect(logged.some((l) => l.startsWith('503 GET /sitemaps/2024-03.xml') && l.includes('StorageFault'))).toBe(true)
  })

  it('the search API whose D1 read fails: a JSON 503 with an error', async () => {
    let res: Response | undefined
    await errorsLogged(() =>
      withoutDocs(async () => {
        res = await get(`/api/search?q=${encodeURIComponent('株洲')}`)
      }),
    )
    expect(res?.status).toBe(503)
    expect(res?.headers.get('retry-after')).toBe('30')
    expect(await res!.json()).toEqual({ error: '暂时无法读取，请稍后再试。' })
  })
})

describe('a bug', () => {
  // The worker's own error handling and headers, around routes that throw what a bug throws.
  const buggy = new Hono<Env>()
  buggy.use(withSecurityHeaders)
  buggy.get('/issues/:date', () => {
    throw new TypeError("Cannot read properties of undefined (reading 'articles')")
  })
  buggy.get('/api/issues/:date', () => {
    throw new RangeError('Invalid time value')
  })
  buggy.onError(answerError)

  it('answers 500 with the site’s error page, no stack trace, and logs method, path and error', async () => {
    let res: Response | undefined
    const logged = await errorsLogged(async () => {
      res = await buggy.request('/issues/2024-03-11', {}, env)
    })
    expect(res?.status).toBe(500)
    expect(res?.headers.get('retry-after')).toBeNull()
    expect(res?.headers.get('cache-control')).toBe('no-store')
    expect(res?.headers.get('content-security-policy')).toContain("default-src 'self'")
    const html = await res!.text()
    expect(texts(html, 'h1')).toEqual(['出错了'])
    expect(texts(html, '.error a')).toEqual(['看最新一期', '查看往期'])
    expect(html).not.toContain('TypeError')
    expect(html).not.toMatch(/at \w+ \(/)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/^500 GET \/issues\/2024-03-11: TypeError: Cannot read properties/)
  })

  it('under /api, a JSON 500 with an error and nothing of the exception', async () => {
    let res: Response | undefined
    const logged = await errorsLogged(async () => {
      res = await buggy.request('/api/issues/2024-03-11', {}, env)
    })
    expect(res?.status).toBe(500)
    const body = await res!.json()
    expect(body).toEqual({ error: '服务出错了，请稍后再试。' })
    expect(logged[0]).toMatch(/^500 GET \/api\/issues\/2024-03-11: RangeError: Invalid time value/)
  })
})

describe('an odd path', () => {
  it('answers 400 with the site’s error page, never a 500, whatever the path holds', async () => {
    for (const path of ['/%5C', '/\\', '//evil.example/x', '/issues/%5C..%5Cx', '/%2F%2Fevil.example']) {
      const logged = await errorsLogged(async () => {
        const res = await get(path)
        expect(res.status, path).toBe(400)
        expect(res.headers.get('content-type'), path).toBe('text/html; charset=UTF-8')
        const page = parsePage(await res.text())
        expect(page.querySelector('html')?.getAttribute('lang'), path).toBe('zh-CN')
        // Any address the page names for itself stays on this site.
        for (const el of page.querySelectorAll('link[rel="canonical"], meta[property="og:url"]')) {
          const href = el.getAttribute('href') ?? el.getAttribute('content') ?? ''
          expect(new URL(href).host, path).toBe('localhost:8787')
        }
      })
      expect(logged, path).toEqual([])
    }
  })
})
