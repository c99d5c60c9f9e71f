// How long each answer that changes with a publish may be kept, by the browser and by a shared
// cache (the edge) together, stale-while-revalidate included: under a minute, so a new issue is
// seen within one. What is named by its content stays immutable.
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { get } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(async () => {
  await seedPublishedContent()
  await env.PHOTOS.put('0123456789abcdef-360.webp', new Uint8Array(16))
})

/** Seconds a response may be shown without asking the server: browser, then the edge, each with any stale window. */
function window(cacheControl: string): { browser: number; edge: number } {
  const d = Object.fromEntries(
    cacheControl.split(',').map((part) => {
      const [name, value] = part.trim().toLowerCase().split('=')
      return [name, value === undefined ? 0 : Number(value)]
    }),
  ) as Record<string, number>
  if ('no-store' in d) return { browser: 0, edge: 0 }
  const stale = d['stale-while-revalidate'] ?? 0
  const browser = (d['max-age'] ?? 0) + stale
  return { browser, edge: (d['s-maxage'] ?? d['max-age'] ?? 0) + stale }
}

const CHANGING = [
  '/',
  '/issues/2024-03-11',
  '/issues/2024-03-11/baoma-jihua',
  '/archive',
  `/search?q=${encodeURIComponent('株洲')}`,
  '/feed.xml',
  '/news-sitemap.xml',
  '/sitemap.xml',
  '/sitemaps/2024-03.xml',
  '/api/issues/latest',
  '/api/issues/latest/edition',
  '/api/issues/2024-03-11/bundle',
  '/api/archive',
  `/api/search?q=${encodeURIComponent('株洲')}`,
  '/issues/2024-03-12',
  '/api/issues/2024-03-12',
]

describe('what changes with a publish is kept under a minute in all', () => {
  it.each(CHANGING)('%s', async (path) => {
    const res = await get(path)
    const cacheControl = res.headers.get('cache-control')
    expect(cacheControl, 'says how long it may be kept').toBeTruthy()
    const { browser, edge } = window(cacheControl!)
    expect(browser + edge, cacheControl!).toBeLessThanOrEqual(60)
  })
})

describe('what is named by its content is kept for good', () => {
  it.each(['/photos/0123456789abcdef-360.webp'])('%s', async (path) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('an edition by its version', async () => {
    const { version } = await (await get('/api/issues/latest')).json<{ version: string }>()
    const res = await get(`/api/editions/2024-03-11/${version}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })
})
