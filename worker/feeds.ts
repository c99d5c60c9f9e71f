// Feed, sitemaps and robots.txt: XML built from the same KV values as the pages; a month's
// sitemap from D1, which knows every article of the month. When storage cannot be read they
// answer 503 with Retry-After and are not cached, so a crawler never keeps an empty feed.
import { type Context, Hono } from 'hono'
import { paper } from '../core/paper'
import { isMonth } from '../core/rules'
import { monthArticles } from './d1'
import { DAILY, RENDERED } from './http/freshness'
import { readArchiveIndex, readNews } from './kv'
import { loadLatest } from './load'
import type { Env } from './render'
import { siteOrigin } from './site'
import { renderFeed } from './xml/feed'
import { renderRobots } from './xml/robots'
import { renderArchiveSitemap, renderMonthSitemap, renderNewsSitemap, renderSitemapIndex } from './xml/sitemap'

const XML = { 'Content-Type': 'application/xml; charset=utf-8' }
const RSS = { 'Content-Type': 'application/rss+xml; charset=utf-8' }

export const feeds = new Hono<Env>()

const unavailable = (c: Context<Env>) => c.body(null, 503, { 'Retry-After': '30', 'Cache-Control': 'no-store' })

function xmlAnswer(c: Context<Env>, body: string, type: Record<string, string> = XML) {
  c.header('Cache-Control', RENDERED)
  return c.body(body, 200, type)
}

/** The live edition, or none before the first publish; undefined when KV cannot say. */
async function liveEditions(c: Context<Env>) {
  const latest = await loadLatest(c.env.KV)
  if (latest.ok) return [latest.value]
  return latest.status === 404 ? [] : undefined
}

feeds.get('/feed.xml', async (c) => {
  const [editions, news] = await Promise.all([liveEditions(c), readNews(c.env.KV)])
  if (!editions || !news.ok) return unavailable(c)
  return xmlAnswer(c, renderFeed(paper, siteOrigin(c), editions, new Date(), news.value.items), RSS)
})

feeds.get('/sitemap.xml', async (c) => {
  const index = await readArchiveIndex(c.env.KV)
  if (!index.ok) return unavailable(c)
  return xmlAnswer(c, renderSitemapIndex(siteOrigin(c), index.value))
})

feeds.get('/sitemaps/archive.xml', async (c) => {
  const index = await readArchiveIndex(c.env.KV)
  if (!index.ok) return unavailable(c)
  return xmlAnswer(c, renderArchiveSitemap(siteOrigin(c), index.value))
})

feeds.get('/sitemaps/:file{[0-9]{4}-[0-9]{2}\\.xml}', async (c) => {
  const month = c.req.param('file').slice(0, 7)
  if (!isMonth(month)) return c.notFound()
  const articles = await monthArticles(c.env.DB, month)
  if (articles.length === 0) return c.notFound()
  return xmlAnswer(c, renderMonthSitemap(siteOrigin(c), articles))
})

feeds.get('/news-sitemap.xml', async (c) => {
  const editions = await liveEditions(c)
  if (!editions) return unavailable(c)
  return xmlAnswer(c, renderNewsSitemap(siteOrigin(c), paper.name, editions, new Date()))
})

feeds.get('/robots.txt', (c) => {
  c.header('Cache-Control', DAILY)
  return c.text(renderRobots(siteOrigin(c)))
})
