// The site's address in canonical URLs, the feed and the sitemaps: the one production names
// (SITE_URL), else the address the request came to, so `PORT=8080 npm start` names port 8080.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../worker/index'
import { parsePage } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent())
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'sitemap'].includes(name) })

/** The worker's answer to a URL, with the environment's vars as given (wrangler.toml [vars]). */
async function fetchWith(url: string, vars: { SITE_URL?: string } = {}) {
  const ctx = createExecutionContext()
  const res = await app.fetch(new Request(url), { ...env, ...vars }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

const canonical = async (res: Response) =>
  parsePage(await res.text())
    .querySelector('link[rel="canonical"]')
    ?.getAttribute('href')

describe('without SITE_URL (npm start, tests)', () => {
  it('a page’s canonical URL is on the address served, whatever the port', async () => {
    expect(await canonical(await fetchWith('http://localhost:8080/issues/2024-03-11'))).toBe(
      'http://localhost:8080/issues/2024-03-11',
    )
    expect(await canonical(await fetchWith('http://127.0.0.1:8801/'))).toBe('http://127.0.0.1:8801/')
  })

  it('the feed and the sitemap index link to the address served', async () => {
    const feed = parser.parse(await (await fetchWith('http://localhost:8080/feed.xml')).text()).rss.channel
    expect(feed.link).toBe('http://localhost:8080/')
    expect(feed.item[0].link).toMatch(/^http:\/\/localhost:8080\/issues\/2024-03-11\//)
    const index = parser.parse(await (await fetchWith('http://localhost:8080/sitemap.xml')).text())
    expect(index.sitemapindex.sitemap[0].loc).toBe('http://localhost:8080/sitemaps/archive.xml')
  })
})

describe('with SITE_URL (production)', () => {
  const site = { SITE_URL: 'https://zzrb.example.cn' }

  it('canonical URLs, Open Graph and the feed name the site, whichever address was asked', async () => {
    const html = await (await fetchWith('https://zhuzhou-daily.workers.dev/issues/2024-03-11?via=1', site)).text()
    const doc = parsePage(html)
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://zzrb.example.cn/issues/2024-03-11',
    )
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
      'https://zzrb.example.cn/issues/2024-03-11',
    )
    const feed = parser.parse(await (await fetchWith('https://zhuzhou-daily.workers.dev/feed.xml', site)).text())
    expect(feed.rss.channel.link).toBe('https://zzrb.example.cn/')
    const robots = await (await fetchWith('https://zhuzhou-daily.workers.dev/robots.txt', site)).text()
    expect(robots.split('\n')).toContain('Sitemap: https://zzrb.example.cn/sitemap.xml')
  })
})
