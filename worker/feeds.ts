// Feed, sitemaps and robots.txt: XML built from the same KV values as the pages; a month's
// sitemap from D1, which knows every article of the month.
import { Hono } from 'hono'
import { paper } from '../core/paper'
import { isMonth } from '../core/rules'
import { monthArticles } from './d1'
import { readArchiveIndex } from './kv'
import { loadLatest } from './load'
import type { Env } from './render'
import { renderFeed } from './xml/feed'
import { renderRobots } from './xml/robots'
import { renderArchiveSitemap, renderMonthSitemap, renderNewsSitemap, renderSitemapIndex } from './xml/sitemap'

const XML_CACHE = 'public, max-age=300, stale-while-revalidate=3600'
const XML = { 'Content-Type': 'application/xml; charset=utf-8' }

export const feeds = new Hono<Env>()

feeds.get('/feed.xml', async (c) => {
  const latest = await loadLatest(c.env.KV)
  c.header('Cache-Control', XML_CACHE)
  return c.body(renderFeed(paper, latest.ok ? [latest.value] : []), 200, {
    'Content-Type': 'application/rss+xml; charset=utf-8',
  })
})

feeds.get('/sitemap.xml', async (c) => {
  const index = await readArchiveIndex(c.env.KV)
  if (!index.ok) return c.body(null, 503, { 'Retry-After': '30' })
  c.header('Cache-Control', XML_CACHE)
  return c.body(renderSitemapIndex(paper.baseUrl, index.value), 200, XML)
})

feeds.get('/sitemaps/archive.xml', async (c) => {
  const index = await readArchiveIndex(c.env.KV)
  if (!index.ok) return c.body(null, 503, { 'Retry-After': '30' })
  c.header('Cache-Control', XML_CACHE)
  return c.body(renderArchiveSitemap(paper.baseUrl, index.value), 200, XML)
})

feeds.get('/sitemaps/:file{[0-9]{4}-[0-9]{2}\\.xml}', async (c) => {
  const month = c.req.param('file').slice(0, 7)
  if (!isMonth(month)) return c.notFound()
  const articles = await monthArticles(c.env.DB, month)
  if (articles.length === 0) return c.notFound()
  c.header('Cache-Control', XML_CACHE)
  return c.body(renderMonthSitemap(paper.baseUrl, articles), 200, XML)
})

feeds.get('/news-sitemap.xml', async (c) => {
  const latest = await loadLatest(c.env.KV)
  c.header('Cache-Control', XML_CACHE)
  const xml = renderNewsSitemap(paper.baseUrl, paper.name, latest.ok ? [latest.value] : [], new Date())
  return c.body(xml, 200, XML)
})

feeds.get('/robots.txt', (c) => {
  c.header('Cache-Control', 'public, max-age=86400')
  return c.text(renderRobots(paper.baseUrl))
})
