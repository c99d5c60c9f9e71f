// The reader's pages: every one rendered on the server from KV, complete without JavaScript.
import { Hono, type Context } from 'hono'
import type { View } from '../core/ui/view'
import { search } from '../core/search'
import type { Edition } from '../core/model'
import { renderPage } from '../core/render/page'
import { mainScript } from './html/assets'
import { readArchive, readSearch } from './kv'
import { loadEdition, loadLatest } from './load'
import { isDate, isPageParam, isSlug, QUERY_MAX } from '../core/rules'
import { paper } from '../core/paper'

type Env = { Bindings: Cloudflare.Env }
const MESSAGES = {
  400: '这个网址的格式不对，请检查日期或文章地址。',
  404: '没有找到这个页面，它可能不存在或已被撤下。',
  503: '暂时无法读取报纸内容，请稍后再试。',
} as const

/**
 * Pages: revalidated by the browser on every visit (a cheap 304 by ETag; offline, the service
 * worker answers), kept at the edge for a minute and served stale while it refetches.
 */
export function renderView(c: Context<Env>, view: View, status: 200 | 400 | 404 | 503 = 200): Response {
  const html = renderPage(paper, view, c.req.path, mainScript)
  c.header(
    'Cache-Control',
    status === 200
      ? 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
      : status === 503
        ? 'no-store'
        : 'public, max-age=60',
  )
  if (status === 503) c.header('Retry-After', '30')
  return c.html(html, status)
}

export const errorView = (c: Context<Env>, status: 400 | 404 | 503, message: string = MESSAGES[status]) =>
  renderView(c, { kind: 'error', status, message }, status)

/** Validates the date, then loads its edition, answering 400/404/503 itself when it cannot. */
async function withEdition(c: Context<Env>, date: string, use: (e: Edition) => Response): Promise<Response> {
  if (!isDate(date)) return errorView(c, 400)
  const loaded = await loadEdition(c.env.KV, date)
  return loaded.ok ? use(loaded.value) : errorView(c, loaded.status)
}

export const pages = new Hono<Env>()

pages.get('/', async (c) => {
  const latest = await loadLatest(c.env.KV)
  if (latest.ok) return renderView(c, { kind: 'front', edition: latest.value, latest: true })
  return latest.status === 404 ? errorView(c, 404, '还没有发布任何一期报纸，请稍后再来。') : errorView(c, latest.status)
})

pages.get('/issues/:date', (c) =>
  withEdition(c, c.req.param('date'), (edition) => renderView(c, { kind: 'front', edition, latest: false })),
)

pages.get('/issues/:date/pages/:n', (c) => {
  const n = c.req.param('n')
  if (!isPageParam(n)) return errorView(c, 400)
  return withEdition(c, c.req.param('date'), (edition) => {
    const page = edition.issue.pages.find((p) => p.number === Number(n))
    return page ? renderView(c, { kind: 'page', edition, page }) : errorView(c, 404)
  })
})

pages.get('/issues/:date/:slug', (c) => {
  const slug = c.req.param('slug')
  if (!isSlug(slug)) return errorView(c, 400)
  return withEdition(c, c.req.param('date'), (edition) => {
    const article = edition.articles.find((a) => a.id === slug)
    return article ? renderView(c, { kind: 'article', edition, article }) : errorView(c, 404)
  })
})

pages.get('/archive', async (c) => {
  const archive = await readArchive(c.env.KV)
  if (!archive.ok) return errorView(c, 503)
  return renderView(c, { kind: 'archive', archive: archive.value ?? { issues: [], history: [] } })
})

// Shell pages, precached by the service worker; their content lives on the phone.
pages.get('/saved', (c) => renderView(c, { kind: 'saved' }))
pages.get('/settings', (c) => renderView(c, { kind: 'settings' }))
pages.get('/offline', (c) => renderView(c, { kind: 'offline' }))

pages.get('/search', async (c) => {
  const query = (c.req.query('q') ?? '').trim().slice(0, QUERY_MAX)
  if (!query) return renderView(c, { kind: 'search', query, hits: [] })
  const index = await readSearch(c.env.KV)
  if (!index.ok) return errorView(c, 503)
  return renderView(c, { kind: 'search', query, hits: index.value ? search(index.value, query) : [] })
})
