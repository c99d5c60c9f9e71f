// Property-based: whatever method, path, query or headers a client sends, with characters of every
// Unicode general category, the worker answers below 500, in the form the address calls for (JSON
// with `error` under /api, the site's error page elsewhere), with every security header, and never
// echoes markup back unescaped.
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { securityHeaders } from '../../core/security'
import { long, runs } from '../long'
import { headers, hostileText, method, urlPiece } from './hostile-request'
import { handle, parsePage } from './http'
import { seedPublishedContent } from './publish-to-kv'

/** Many runs in test:long take minutes. */
const TIMEOUT = long() ? 900_000 : 120_000

beforeAll(async () => {
  await seedPublishedContent()
  await env.PHOTOS.put('0123456789abcdef-360.webp', new Uint8Array(64))
})

/** A tag no page ever contains: if it comes back, input was echoed as markup. */
const MARK = '<zzx onerror=alert(1)>'
const withMark = (a: fc.Arbitrary<string>) => fc.tuple(a, fc.boolean()).map(([s, mark]) => (mark ? `${s}${MARK}` : s))

const segment = fc.oneof(
  urlPiece(withMark(hostileText)),
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2f',
    '%5c',
    '%00',
    '%ff',
    '%ZZ',
    '%E0%A4%A',
    '%uFFFF',
    '%ED%A0%80',
    MARK,
    `"><${MARK.slice(1)}`,
    'issues',
    'pages',
    'api',
    'bundle',
    'articles',
    '2024-03-11',
    '2024-02-30',
    '9999-99-99',
    'baoma-jihua',
    '0123456789abcdef-360.webp',
    'ＡＢ',
    '株洲',
  ),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.stringMatching(/^[a-z0-9-]{1,90}$/),
)
/** Where the routes are, so generated paths reach past the first segment. */
const PREFIXES = ['', '/api', '/api/issues', '/api/search', '/search', '/photos', '/issues/2024-03-11', '/archive']
const path = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.array(segment, { maxLength: 5 }))
  .map(([prefix, parts]) => (parts.length === 0 && prefix ? prefix : `${prefix}/${parts.join('/')}`))
const pair = fc.tuple(
  fc.oneof(fc.constantFrom('q', 'before', 'date', 'page'), urlPiece(hostileText)),
  urlPiece(withMark(hostileText)),
)
const query = fc.array(pair, { maxLength: 3 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))
/** A path and query string: anywhere, or often search with any text, or a stored photo. */
const target = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(path, query).map(([p, q]) => (q ? `${p}?${q}` : p)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('/search', '/api/search'), urlPiece(withMark(hostileText)), query)
      .map(([p, q, more]) => `${p}?q=${q}${more ? `&${more}` : ''}`),
  },
  { weight: 1, arbitrary: fc.constant('/photos/0123456789abcdef-360.webp') },
)

const isApi = (p: string) => p === '/api' || p.startsWith('/api/')
/** Answers that are not pages: feeds and sitemaps, robots.txt, photos. */
const notAPage = (p: string) => /\.(xml|txt)$/.test(p) || p.startsWith('/photos/')

const tally = { requests: 0, serverErrors: 0 }
afterAll(() => console.log(`reliability: hostile requests ${tally.requests}, 5xx ${tally.serverErrors}`))

describe('the router, under random and hostile input', () => {
  it(
    'never answers 5xx; JSON errors under /api, the error page elsewhere, every security header; no markup echoed',
    async () => {
      const expected = await securityHeaders()
      await fc.assert(
        fc.asyncProperty(method, target, headers, async (verb, t, sent) => {
          let request: Request
          try {
            request = new Request(`http://localhost:8787${t}`, {
              method: verb,
              headers: sent,
              body: ['GET', 'HEAD'].includes(verb) ? null : 'x',
            })
          } catch {
            return // not a request any client could send (an unparseable URL): nothing to answer
          }
          const where = new URL(request.url).pathname
          tally.requests++
          const res = await handle(request)
          const bytes = await res.arrayBuffer()
          const body = /^image\//.test(res.headers.get('content-type') ?? '') ? '' : new TextDecoder().decode(bytes)
          const label = `${request.method} ${request.url} ${JSON.stringify(sent)} → ${res.status}`
          if (res.status >= 500) tally.serverErrors++
          expect(res.status, label).toBeLessThan(500)
          const sentHeaders = Object.fromEntries(Object.keys(expected).map((h) => [h, res.headers.get(h)]))
          expect(sentHeaders, label).toEqual(expected)
          if (request.method === 'HEAD') expect(bytes.byteLength, label).toBe(0)
          if (!['GET', 'HEAD'].includes(request.method) && res.status !== 400 && res.status !== 414) {
            expect(res.status, label).toBe(405)
            expect(res.headers.get('allow'), label).toBe('GET, HEAD')
          }
          if (request.method === 'HEAD' || res.status === 304) return
          const type = res.headers.get('content-type') ?? ''
          if (isApi(where)) {
            expect(type, label).toContain('application/json')
            const json = JSON.parse(body) as { error?: unknown }
            if (res.status >= 400) expect(typeof json.error, label).toBe('string')
          } else if (res.status >= 400 || !notAPage(where)) {
            expect(type, label).toBe('text/html; charset=UTF-8')
            const page = parsePage(body)
            expect(page.querySelector('html')?.getAttribute('lang'), label).toBe('zh-CN')
            if (res.status >= 400) expect(page.querySelector('section.error h1'), label).not.toBeNull()
            expect(page.querySelector('zzx'), label).toBeNull()
          }
        }),
        runs(1000, 20_000),
      )
    },
    TIMEOUT,
  )

  it(
    'search, with any query at all, answers 200 with the query only as text',
    async () => {
      await fc.assert(
        fc.asyncProperty(withMark(fc.string({ maxLength: 40 })), async (q) => {
          const res = await handle(new Request(`http://localhost:8787/search?q=${encodeURIComponent(q)}`))
          expect(res.status).toBe(200)
          expect(parsePage(await res.text()).querySelector('zzx')).toBeNull()
        }),
        runs(100, 2000),
      )
    },
    TIMEOUT,
  )
})
