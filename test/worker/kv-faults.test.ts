// When KV or D1 is empty, lagging or corrupt, readers get the best page there is, never a stack trace.
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { get, texts } from './http'
import { clearStorage, seedPublishedContent } from './publish-to-kv'

// Each case asks for a fresh URL (a query string the routes ignore) so no edge-cached page answers.
let n = 0
const fresh = (path: string) => `${path}?case=${++n}`

async function clearAll() {
  const { keys } = await env.KV.list()
  await Promise.all(keys.map((k) => env.KV.delete(k.name)))
}

beforeEach(async () => {
  await clearStorage()
  await seedPublishedContent()
})

describe('KV faults', () => {
  it('an empty namespace: the front page says nothing is published yet (404, not 5xx)', async () => {
    await clearAll()
    const res = await get(fresh('/'))
    expect(res.status).toBe(404)
    expect(texts(await res.text(), 'main p')).toEqual(['还没有发布任何一期报纸，请稍后再来。'])
    expect((await get(fresh('/archive'))).status).toBe(200)
    expect((await get('/api/issues/latest')).status).toBe(404)
  })

  it('a corrupt `latest`: the front page falls back to the newest issue in the archive', async () => {
    await env.KV.put('latest', '{"issue": tru')
    const res = await get(fresh('/'))
    expect(res.status).toBe(200)
    expect(texts(await res.text(), '.teaser.lead h3')).toEqual(['株洲这一改革经验获全省推介'])
  })

  it('a day’s copy not yet propagated: its pages come from `latest`', async () => {
    await env.KV.delete('edition/2024-03-11')
    const res = await get(fresh('/issues/2024-03-11/baoma-jihua'))
    expect(res.status).toBe(200)
    expect(texts(await res.text(), 'h1')).toEqual(['“宝妈计划”帮带孩妈妈找工作'])
  })

  it('a corrupt day’s copy: served from `latest` when it is that day', async () => {
    await env.KV.put('edition/2024-03-11', 'not json')
    expect((await get(fresh('/issues/2024-03-11'))).status).toBe(200)
  })

  it('everything corrupt: a clear 503 page with Retry-After, no stack trace', async () => {
    await env.KV.put('latest', '[]')
    await env.KV.put('archive/index', '{')
    await env.KV.put('edition/2024-03-11', '{"issue":{}}')
    for (const path of ['/', '/issues/2024-03-11', '/archive']) {
      const res = await get(fresh(path))
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('30')
      expect(res.headers.get('cache-control')).toBe('no-store')
      const html = await res.text()
      expect(texts(html, 'h1')).toEqual(['暂时无法读取'])
      expect(html).not.toMatch(/SyntaxError|at \w+ \(/)
    }
  })

  it('everything corrupt: the feed and the sitemaps answer 503 with Retry-After, never an empty 200 kept', async () => {
    await env.KV.put('latest', '[]')
    await env.KV.put('archive/index', '{')
    for (const path of ['/feed.xml', '/news-sitemap.xml', '/sitemap.xml', '/sitemaps/archive.xml']) {
      const res = await get(fresh(path))
      expect(res.status, path).toBe(503)
      expect(res.headers.get('retry-after'), path).toBe('30')
      expect(res.headers.get('cache-control'), path).toBe('no-store')
    }
    // Once KV reads again, the same address answers the feed: the 503 was not kept at the edge.
    await env.KV.put('latest', (await env.KV.get('edition/2024-03-11'))!)
    const again = await get(`/feed.xml?case=${n}`)
    expect(again.status).toBe(200)
    expect(again.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30')
  })

  it('search storage that fails: a 503 page and a JSON 503, not an error', async () => {
    const { TEST_MIGRATIONS } = env as unknown as { TEST_MIGRATIONS: Array<{ queries: string[] }> }
    const create = TEST_MIGRATIONS.flatMap((m) => m.queries).findLast((q) => q.includes('VIRTUAL TABLE docs_fts'))!
    await env.DB.exec('DROP TABLE docs_fts')
    try {
      const res = await get(fresh(`/search?q=${encodeURIComponent('株洲')}`))
      expect(res.status).toBe(503)
      expect(texts(await res.text(), 'h1')).toEqual(['暂时无法读取'])
      expect((await get(`/api/search?q=${encodeURIComponent('株洲')}`)).status).toBe(503)
    } finally {
      await env.DB.prepare(create).run()
    }
  })
})
