// JSON API for the client, typed with the same types as the pages. An edition JSON is served as
// the text the publisher wrote; versioned editions never change and are cached for good.
import { type Context, Hono } from 'hono'
import { issueKey } from '../core/kv-keys'
import type { Edition, RecentNews } from '../core/model'
import { WEEK_MS, within } from '../core/news'
import { isDate, isMonth, isSlug } from '../core/rules'
import type { ErrorStatus } from '../core/ui/view'
import { DATA, IMMUTABLE } from './http/freshness'
import { readArchiveIndex, readArchiveMonth, readIssueText, readNews } from './kv'
import { type Loaded, loadEdition, loadLatest } from './load'
import { type Env, errorHeaders } from './render'
import { searchParams } from './search'
import { searchArchive } from './search-archive'

const ERRORS = {
  400: '请求的格式不对。',
  404: '没有找到。',
  405: '这个接口只能读取。',
  412: '内容已经更新，请求的条件不成立。',
  414: '网址太长。',
  500: '服务出错了，请稍后再试。',
  503: '暂时无法读取，请稍后再试。',
} as const
const NOTHING_PUBLISHED = '尚未发布任何一期报纸。'

export const api = new Hono<Env>()

/** An error in JSON, as an answer of its own (nothing set for another answer carries over). */
export const fail = (status: ErrorStatus, error: string = ERRORS[status]) =>
  new Response(JSON.stringify({ error }), { status, headers: errorHeaders(status, 'application/json') })

function send<T>(c: Context<Env>, loaded: Loaded<T>, pick: (v: T) => unknown, version?: (v: T) => string) {
  if (!loaded.ok) return fail(loaded.status)
  const body = pick(loaded.value)
  if (body === undefined) return fail(404)
  if (version) c.header('ETag', `"${version(loaded.value)}"`)
  c.header('Cache-Control', DATA)
  return c.json(body)
}

const dated = (c: Context<Env>) => {
  const date = c.req.param('date') ?? ''
  return isDate(date) ? loadEdition(c.env.KV, date) : Promise.resolve<Loaded<Edition>>({ ok: false, status: 400 })
}

api.get('/issues/latest', async (c) => {
  const latest = await loadLatest(c.env.KV)
  if (!latest.ok && latest.status === 404) return fail(404, NOTHING_PUBLISHED)
  return send(
    c,
    latest,
    (e) => e.issue,
    (e) => e.issue.version,
  )
})
/**
 * The newest issue whole, every article in it: what a phone keeps on its first visit. The same
 * text as KV holds; cached briefly, so the service worker's request right after the page's is
 * answered by the browser's own cache and the issue crosses the link once.
 */
api.get('/issues/latest/edition', async (c) => {
  const latest = await loadLatest(c.env.KV)
  if (!latest.ok) return fail(latest.status, latest.status === 404 ? NOTHING_PUBLISHED : undefined)
  c.header('ETag', `"${latest.value.issue.version}"`)
  c.header('Cache-Control', DATA)
  return c.json(latest.value)
})

api.get('/issues/:date', async (c) =>
  send(
    c,
    await dated(c),
    (e) => e.issue,
    (e) => e.issue.version,
  ),
)
/** The offline bundle: an issue with all its articles in one response. */
api.get('/issues/:date/bundle', async (c) =>
  send(
    c,
    await dated(c),
    (e) => e,
    (e) => e.issue.version,
  ),
)
api.get('/issues/:date/articles/:slug', async (c) => {
  const slug = c.req.param('slug')
  if (!isSlug(slug)) return fail(400)
  return send(
    c,
    await dated(c),
    (e) => e.articles.find((a) => a.id === slug),
    (e) => e.issue.version,
  )
})

/** One version of an edition, addressed by its content hash: immutable. */
api.get('/editions/:date/:version', async (c) => {
  const { date, version } = c.req.param()
  if (!isDate(date) || !/^[0-9a-f]{12}$/.test(version)) return fail(400)
  const { value: text, metadata } = await readIssueText(c.env.KV, issueKey(date, version))
  // Uploaded ahead of its time, an edition stays unseen until then.
  if (text === null || (metadata?.publishAt ?? '') > new Date().toISOString()) return fail(404)
  c.header('ETag', `"${version}"`)
  c.header('Cache-Control', IMMUTABLE)
  c.header('Content-Type', 'application/json; charset=utf-8')
  return c.body(text)
})

/** The archive's index: every month, and the newest days' versions (what phones check theirs against). */
/** 快讯: the last week's, newest first (what the service worker keeps, and the front page shows). */
api.get('/news', async (c) => {
  const news = await readNews(c.env.KV)
  if (!news.ok) return fail(503)
  const items = within(news.value.items, new Date().toISOString(), WEEK_MS)
  c.header('Cache-Control', DATA)
  return c.json({ items, modified: news.value.modified } satisfies RecentNews)
})

api.get('/archive', async (c) => send(c, wrap(await readArchiveIndex(c.env.KV)), (v) => v))

api.get('/archive/:month', async (c) => {
  const month = c.req.param('month')
  if (!isMonth(month)) return fail(400)
  return send(c, wrap(await readArchiveMonth(c.env.KV, month)), (v) => v ?? undefined)
})

/** A page of search results over the whole archive, newest first; `next` asks for the older ones. */
api.get('/search', async (c) => {
  const { query, from } = searchParams(c.req.query('q'), c.req.query('before'))
  c.header('Cache-Control', DATA)
  if (!query) return c.json({ hits: [] })
  return c.json(await searchArchive(c.env.DB, query, from))
})

/** Unknown paths are 404, in JSON. (Methods other than reading never reach here: worker/http/odd-requests.ts.) */
api.all('*', () => fail(404, '没有这个接口。'))

function wrap<T>(read: { ok: true; value: T | null } | { ok: false }): Loaded<T | null> {
  return read.ok ? { ok: true, value: read.value } : { ok: false, status: 503 }
}
