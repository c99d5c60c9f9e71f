import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Issue } from '../../core/model'
import { get, TITLES } from './http'
import { seedPublishedContent } from './publish-to-kv'

describe('GET /api/issues/latest', () => {
  beforeAll(() => seedPublishedContent())

  it('serves the 2024-03-11 issue with its 版面 and all six articles', async () => {
    const res = await get('/api/issues/latest')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    const issue = await res.json<Issue>()
    expect(issue.date).toBe('2024-03-11')
    expect(issue.pages.map((p) => p.name)).toEqual(['要闻', '民生', '就业-创业'])
    expect(issue.pages.flatMap((p) => p.articles.map((a) => a.title))).toEqual(TITLES)
    const special = issue.pages[2]!
    expect(special.editors).toEqual([
      { role: '责任编辑', name: '王建设' },
      { role: '美术编辑', name: '王玺' },
    ])
    const lead = issue.pages[0]!.articles[0]!
    expect(lead.kicker).toBe('“工作项目化”')
    expect(lead.byline).toEqual([{ role: '全媒体记者', name: '王娜' }])
    expect(lead.summary.startsWith('3月8日，全省自然资源改革工作现场观摩及经验交流会在株洲召开。')).toBe(true)
    expect(JSON.stringify(issue)).not.toContain('"body"')
  })

  it('answers a repeat visit with 304 through its ETag', async () => {
    const first = await get('/api/issues/latest')
    const tag = first.headers.get('etag')
    expect(tag).toMatch(/^"[0-9a-f]{12}"$/)
    const again = await get('/api/issues/latest', { headers: { 'If-None-Match': tag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await get('/api/issues/latest')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('strict-transport-security')).toContain('max-age=31536000')
  })

  it('says plainly when nothing has been published yet', async () => {
    await env.KV.delete('latest')
    const res = await get('/api/issues/latest')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: '尚未发布任何一期报纸。' })
  })
})

describe('errors', () => {
  it('an unknown path gets a 404, in JSON under /api/', async () => {
    const res = await get('/api/nonexistent')
    expect([res.status, res.headers.get('content-type')]).toEqual([404, 'application/json'])
    expect(await res.json()).toEqual({ error: '没有这个接口。' })
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
  })

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])(
    '%s on the API is refused: 405 with Allow, in JSON',
    async (method) => {
      for (const path of ['/api/issues/latest', '/api/search?q=x', '/api/nonexistent']) {
        const res = await get(path, { method, ...(method === 'POST' || method === 'PUT' ? { body: '{}' } : {}) })
        expect([res.status, res.headers.get('allow')], `${method} ${path}`).toEqual([405, 'GET, HEAD'])
        expect(await res.json()).toEqual({ error: '这个接口只能读取。' })
      }
    },
  )
})
