// The reader's pages of an issue and the shell pages: every one rendered on the server from KV,
// complete without JavaScript.
import { type Context, Hono } from 'hono'
import type { Edition } from '../core/model'
import { isDate, isPageParam, isSlug } from '../core/rules'
import { readFlash, readNews } from './kv'
import { loadEdition, loadLatest } from './load'
import { type Env, errorView, renderView, savesData } from './render'

/** Validates the date, then loads its edition, answering 400/404/503 itself when it cannot. */
async function withEdition(c: Context<Env>, date: string, use: (e: Edition) => Response): Promise<Response> {
  if (!isDate(date)) return errorView(c, 400)
  const loaded = await loadEdition(c.env.KV, date)
  return loaded.ok ? use(loaded.value) : errorView(c, loaded.status)
}

export const pages = new Hono<Env>()

pages.get('/', async (c) => {
  // The issue and the 快讯 are read at once: two KV reads, one round trip.
  const [latest, news] = await Promise.all([loadLatest(c.env.KV), readNews(c.env.KV)])
  const now = new Date().toISOString()
  const items = news.ok ? news.value.items : []
  const held = savesData(c)
  if (latest.ok)
    return renderView(c, { kind: 'front', edition: latest.value, latest: true, news: { items, now }, held })
  return latest.status === 404 ? errorView(c, 404, '还没有发布任何一期报纸，请稍后再来。') : errorView(c, latest.status)
})

pages.get('/issues/:date', (c) =>
  withEdition(c, c.req.param('date'), (edition) =>
    renderView(c, { kind: 'front', edition, latest: false, held: savesData(c) }),
  ),
)

pages.get('/issues/:date/pages/:n', (c) => {
  const n = c.req.param('n')
  if (!isPageParam(n)) return errorView(c, 400)
  return withEdition(c, c.req.param('date'), (edition) => {
    const page = edition.issue.pages.find((p) => p.number === Number(n))
    const held = savesData(c)
    return page ? renderView(c, { kind: 'page', edition, page, held }) : errorView(c, 404)
  })
})

pages.get('/issues/:date/:slug', (c) => {
  const slug = c.req.param('slug')
  if (!isSlug(slug)) return errorView(c, 400)
  return withEdition(c, c.req.param('date'), (edition) => {
    const article = edition.articles.find((a) => a.id === slug)
    if (!article) return errorView(c, 404)
    return renderView(c, { kind: 'article', edition, article, held: savesData(c) })
  })
})

// 快讯: the last week's, and each item's own page (at any age, while it is not retracted).
pages.get('/news', async (c) => {
  const news = await readNews(c.env.KV)
  if (!news.ok) return errorView(c, 503)
  return renderView(c, { kind: 'news', news: { items: news.value.items, now: new Date().toISOString() } })
})

pages.get('/news/:id', async (c) => {
  const id = c.req.param('id')
  if (!isSlug(id)) return errorView(c, 400)
  const item = await readFlash(c.env.KV, id)
  if (!item.ok) return errorView(c, 503)
  return item.value ? renderView(c, { kind: 'news-item', item: item.value }) : errorView(c, 404, '没有这条快讯。')
})

// Shell pages, precached by the service worker; their content lives on the phone.
pages.get('/saved', (c) => renderView(c, { kind: 'saved' }))
pages.get('/settings', (c) => renderView(c, { kind: 'settings' }))
pages.get('/offline', (c) => renderView(c, { kind: 'offline' }))
