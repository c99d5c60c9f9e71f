// The rules the MDN HTTP Observatory grades for an A+, checked on every kind of response the
// worker sends; the table is printed. (Static assets carry theirs from client/public/_headers.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { securityHeaders } from '../../core/security'
import { get } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent())

const RESPONSES: Record<string, string> = {
  'front page': '/',
  article: '/issues/2024-03-11/baoma-jihua',
  'search page': `/search?q=${encodeURIComponent('就业')}`,
  '404 page': '/no-such-page',
  '400 page': '/issues/2024-02-30',
  'JSON API': '/api/issues/latest',
  'JSON 404': '/api/nope',
  'RSS feed': '/feed.xml',
  sitemap: '/sitemap.xml',
  'robots.txt': '/robots.txt',
}

function audit(h: Headers): Record<string, boolean> {
  const csp = h.get('content-security-policy') ?? ''
  const hsts = /max-age=(\d+)/.exec(h.get('strict-transport-security') ?? '')
  return {
    'CSP, no unsafe-inline/eval': csp.length > 0 && !/unsafe-(inline|eval)/.test(csp),
    "object-src 'none'": csp.includes("object-src 'none'"),
    'base-uri': /base-uri '(none|self)'/.test(csp),
    "frame-ancestors 'none'": csp.includes("frame-ancestors 'none'"),
    'HSTS ≥ 6 months': hsts !== null && Number(hsts[1]) >= 15_552_000,
    nosniff: h.get('x-content-type-options') === 'nosniff',
    'Referrer-Policy': /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(
      h.get('referrer-policy') ?? '',
    ),
    'X-Frame-Options': h.get('x-frame-options') === 'DENY',
  }
}

const table: Record<string, Record<string, boolean>> = {}
afterAll(() => console.table(table))

describe('security headers audit', () => {
  it.each(Object.entries(RESPONSES))('%s passes every rule, with every header of the table', async (name, path) => {
    const res = await get(path)
    table[name] = audit(res.headers)
    const failed = Object.entries(table[name]!).filter(([, ok]) => !ok)
    expect(failed.map(([rule]) => rule)).toEqual([])
    const expected = await securityHeaders()
    const sent = Object.fromEntries(Object.keys(expected).map((h) => [h, res.headers.get(h)]))
    expect(sent).toEqual(expected)
  })
})
