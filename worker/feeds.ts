// Feed, sitemaps and robots.txt: XML built from the same KV values as the pages.
import { Hono } from 'hono'
import { paper } from '../core/paper'
import { readArchive } from './kv'
import { loadLatest } from './load'
import { renderFeed } from './xml/feed'
import { renderNewsSitemap, renderSitemap } from './xml/sitemap'
import { renderRobots } from './xml/robots'

type Env = { Bindings: Cloudflare.Env }
const XML_CACHE = 'public, max-age=300, stale-while-revalidate=3600'

export const feeds = new Hono<Env>()

feeds.get('/feed.xml', async (c) => {
  const latest = await loadLatest(c.env.KV)
  c.header('Cache-Control', XML_CACHE)
  return c.body(renderFeed(paper, latest.ok ? [latest.value] : []), 200, {
    'Content-Type': 'application/rss+xml; charset=utf-8',
  })
})

feeds.get('/sitemap.xml', async (c) => {
  const [archive, latest] = await Promise.all([readArchive(c.env.KV), loadLatest(c.env.KV)])
  const issues = archive.ok && archive.value ? archive.value : { issues: [], history: [] }
  c.header('Cache-Control', XML_CACHE)
  return c.body(renderSitemap(paper.baseUrl, issues, latest.ok ? [latest.value] : []), 200, {
    'Content-Type': 'application/xml; charset=utf-8',
  })
})

feeds.get('/news-sitemap.xml', async (c) => {
  const latest = await loadLatest(c.env.KV)
  c.header('Cache-Control', XML_CACHE)
  const xml = renderNewsSitemap(paper.baseUrl, paper.name, latest.ok ? [latest.value] : [], new Date())
  return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8' })
})

feeds.get('/robots.txt', (c) => {
  c.header('Cache-Control', 'public, max-age=86400')
  return c.text(renderRobots(paper.baseUrl))
})
