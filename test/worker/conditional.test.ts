// Conditional requests by RFC 9110 §13, table-driven: a photo in the R2 simulator, a page and the
// API through the whole worker. The order of evaluation (If-Match, then If-Unmodified-Since only
// without it, then If-None-Match, then If-Modified-Since only without that), strong comparison for
// If-Match, weak for If-None-Match, `*`, lists, and malformed fields ignored.
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { get, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'

const PHOTO = '/photos/0123456789abcdef-360.webp'
const BYTES = new Uint8Array(4096).map((_, i) => i % 251)

/** The photo's validators, as R2 holds them. */
let etag = ''
let uploaded = new Date(0)

beforeAll(async () => {
  await seedPublishedContent()
  const object = await env.PHOTOS.put(PHOTO.slice('/photos/'.length), BYTES)
  etag = object!.httpEtag
  uploaded = object!.uploaded
})

const DAY = 86_400_000
/** The upload time moved by `ms`, in each HTTP-date form (RFC 9110 §5.6.7). */
const imf = (ms: number) => new Date(uploaded.getTime() + ms).toUTCString()
function rfc850(ms: number): string {
  const d = new Date(uploaded.getTime() + ms)
  const day = d.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })
  const [, dd, mon, yyyy, time] = d.toUTCString().split(' ')
  return `${day}, ${dd}-${mon}-${yyyy!.slice(2)} ${time} GMT`
}
function asctime(ms: number): string {
  const [wd, dd, mon, yyyy, time] = new Date(uploaded.getTime() + ms).toUTCString().split(' ')
  return `${wd!.slice(0, 3)} ${mon} ${String(Number(dd)).padStart(2, ' ')} ${time} ${yyyy}`
}
const EPOCH = 'Thu, 01 Jan 1970 00:00:00 GMT'

type Case = [name: string, status: 200 | 304 | 412, headers: () => Record<string, string>]

const PHOTO_CASES: Case[] = [
  ['no precondition', 200, () => ({})],
  ['If-None-Match: its ETag', 304, () => ({ 'If-None-Match': etag })],
  ['If-None-Match: its ETag, weak (weak comparison)', 304, () => ({ 'If-None-Match': `W/${etag}` })],
  ['If-None-Match: another tag', 200, () => ({ 'If-None-Match': '"other"' })],
  ['If-None-Match: a list holding its ETag', 304, () => ({ 'If-None-Match': `"other", ${etag}` })],
  ['If-None-Match: *', 304, () => ({ 'If-None-Match': '*' })],
  ['If-None-Match: garbage (ignored)', 200, () => ({ 'If-None-Match': 'garbage' })],
  ['If-None-Match: an unclosed quote (ignored)', 200, () => ({ 'If-None-Match': '"a' })],
  ['If-Match: its ETag', 200, () => ({ 'If-Match': etag })],
  ['If-Match: another tag', 412, () => ({ 'If-Match': '"nope"' })],
  ['If-Match: its ETag, weak (strong comparison)', 412, () => ({ 'If-Match': `W/${etag}` })],
  ['If-Match: *', 200, () => ({ 'If-Match': '*' })],
  ['If-Match: a list holding its ETag', 200, () => ({ 'If-Match': `"nope", ${etag}` })],
  ['If-Match: garbage (ignored)', 200, () => ({ 'If-Match': 'garbage' })],
  ['If-Match: an unclosed quote (ignored)', 200, () => ({ 'If-Match': '"a' })],
  ['If-Unmodified-Since: 1970', 412, () => ({ 'If-Unmodified-Since': EPOCH })],
  ['If-Unmodified-Since: tomorrow', 200, () => ({ 'If-Unmodified-Since': imf(DAY) })],
  ['If-Unmodified-Since: its Last-Modified', 200, () => ({ 'If-Unmodified-Since': imf(0) })],
  ['If-Unmodified-Since: not a date (ignored)', 200, () => ({ 'If-Unmodified-Since': 'yesterday' })],
  [
    'If-Unmodified-Since: 1970, with If-Match matching (not evaluated)',
    200,
    () => ({ 'If-Match': etag, 'If-Unmodified-Since': EPOCH }),
  ],
  ['If-Match failing before If-None-Match matching', 412, () => ({ 'If-Match': '"nope"', 'If-None-Match': etag })],
  [
    'If-Unmodified-Since failing before If-None-Match matching',
    412,
    () => ({ 'If-Unmodified-Since': EPOCH, 'If-None-Match': etag }),
  ],
  ['If-Modified-Since: tomorrow', 304, () => ({ 'If-Modified-Since': imf(DAY) })],
  ['If-Modified-Since: its Last-Modified', 304, () => ({ 'If-Modified-Since': imf(0) })],
  ['If-Modified-Since: 1970', 200, () => ({ 'If-Modified-Since': EPOCH })],
  ['If-Modified-Since: tomorrow, RFC 850 form', 304, () => ({ 'If-Modified-Since': rfc850(DAY) })],
  ['If-Modified-Since: tomorrow, asctime form', 304, () => ({ 'If-Modified-Since': asctime(DAY) })],
  ['If-Modified-Since: two dates (ignored)', 200, () => ({ 'If-Modified-Since': `${imf(DAY)}, ${imf(DAY)}` })],
  ['If-Modified-Since: 30 February (ignored)', 200, () => ({ 'If-Modified-Since': 'Sun, 30 Feb 2098 00:00:00 GMT' })],
  [
    'If-Modified-Since with If-None-Match not matching (not evaluated)',
    200,
    () => ({ 'If-None-Match': '"other"', 'If-Modified-Since': imf(DAY) }),
  ],
  ['If-Match and If-None-Match both matching', 304, () => ({ 'If-Match': etag, 'If-None-Match': etag })],
]

describe('a photo’s conditional requests, against R2', () => {
  it.each(PHOTO_CASES)('%s → %i', async (_name, status, headers) => {
    const res = await get(PHOTO, { headers: headers() })
    expect(res.status).toBe(status)
    const body = new Uint8Array(await res.arrayBuffer())
    if (status === 200) {
      expect(body).toEqual(BYTES)
      expect(res.headers.get('etag')).toBe(etag)
      expect(res.headers.get('last-modified')).toBe(imf(0))
    }
    if (status === 304) {
      // What a 200 would have said about caching and validation, and no body.
      expect(body).toHaveLength(0)
      expect(res.headers.get('etag')).toBe(etag)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('last-modified')).toBe(imf(0))
    }
    if (status === 412) {
      // The site's error page, never kept: the answer depends on the request's headers.
      expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(texts(new TextDecoder().decode(body), 'h1')).toEqual(['页面已更新'])
    }
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('HEAD answers as GET does, without the body', async () => {
    const head = await get(PHOTO, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String(BYTES.length))
    expect(head.headers.get('etag')).toBe(etag)
    expect(await head.text()).toBe('')
    expect((await get(PHOTO, { method: 'HEAD', headers: { 'If-None-Match': etag } })).status).toBe(304)
    expect((await get(PHOTO, { method: 'HEAD', headers: { 'If-Match': '"nope"' } })).status).toBe(412)
  })
})

describe('pages and the API: preconditions on every answer with a validator', () => {
  const tagOf = async (path: string) => (await get(path)).headers.get('etag')!

  it.each([
    ['/', 'If-None-Match', 304, (t: string) => t],
    ['/', 'If-None-Match', 304, (t: string) => `W/${t}`],
    ['/', 'If-None-Match', 304, () => '*'],
    ['/', 'If-Match', 200, (t: string) => t],
    ['/', 'If-Match', 412, () => '"nope"'],
    ['/api/issues/latest', 'If-None-Match', 304, (t: string) => `"x", ${t}`],
    ['/api/issues/latest', 'If-Match', 412, () => '"nope"'],
    ['/api/issues/latest', 'If-None-Match', 200, () => 'garbage'],
    ['/feed.xml', 'If-None-Match', 304, (t: string) => t],
  ] as const)('%s with %s → %i', async (path, field, status, value) => {
    const tag = await tagOf(path)
    expect(tag).toMatch(/^"[^"]+"$/)
    const res = await get(path, { headers: { [field]: value(tag) } })
    expect(res.status).toBe(status)
    if (status === 304) {
      expect(await res.text()).toBe('')
      expect(res.headers.get('etag')).toBe(tag)
      expect(res.headers.get('cache-control')).toBeTruthy()
      expect(res.headers.get('content-length')).toBeNull()
    }
    if (status === 412 && path.startsWith('/api/')) expect(await res.json()).toHaveProperty('error')
    if (status === 412 && !path.startsWith('/api/')) expect(texts(await res.text(), 'h1')).toEqual(['页面已更新'])
  })

  it('preconditions are ignored where the answer would not be a 2xx', async () => {
    const res = await get('/api/no-such-thing', { headers: { 'If-Match': '"nope"' } })
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: '没有这个接口。' })
    expect((await get('/issues/2024-02-30', { headers: { 'If-None-Match': '*' } })).status).toBe(400)
  })
})
