// Requests the site refuses answer in the form their address calls for: JSON with `error` under
// /api, the site's error page elsewhere; anything but reading is 405 with Allow; HEAD is GET
// without the body. And how long each kind of answer may be kept adds up to under a minute.
import { beforeAll, describe, expect, it } from 'vitest'
import { get, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent())

const LONG = `/${'x'.repeat(2100)}`

describe('refusals under /api are JSON with an error', () => {
  it.each([
    ['/api/issues/%00', 400],
    ['/api/issues/%ZZ', 400],
    ['/api/issues/a%5cb', 400],
    [`/api${LONG}`, 414],
    ['/api/issues/2024-03-11/articles/NOT_A_SLUG', 400],
  ])('%s → %i', async (path, status) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect((await res.json<{ error: string }>()).error).toMatch(/\p{Script=Han}/u)
  })

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND'])('%s → 405 with Allow, in JSON', async (method) => {
    const res = await get('/api/issues/latest', { method, body: method === 'OPTIONS' ? null : '{}' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ error: '这个接口只能读取。' })
  })
})

describe('refusals of pages are the site’s error page', () => {
  it.each([
    [LONG, 414, '网址太长'],
    ['/issues/%ZZ', 400, '网址有误'],
    ['/no-such-page', 404, '页面不存在'],
  ])('%s → %i', async (path, status, title) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    expect(texts(await res.text(), 'h1')).toEqual([title])
  })

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('%s / → 405 with Allow, the error page', async (method) => {
    const res = await get('/', { method, body: method === 'OPTIONS' ? null : 'x' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    expect(texts(await res.text(), 'h1')).toEqual(['只能阅读'])
  })
})

describe('HEAD answers as GET does, without a body', () => {
  it.each(['/', '/issues/2024-03-11/baoma-jihua', '/api/issues/latest', '/feed.xml', '/no-such-page', '/api/nope'])(
    '%s',
    async (path) => {
      const [got, head] = [await get(path), await get(path, { method: 'HEAD' })]
      expect(head.status).toBe(got.status)
      for (const name of ['content-type', 'cache-control', 'etag', 'content-security-policy'])
        expect(head.headers.get(name), name).toBe(got.headers.get(name))
      expect(await head.text()).toBe('')
    },
  )
})
