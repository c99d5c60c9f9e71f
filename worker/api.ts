// JSON API for the client, typed with the same types as the pages. An edition JSON is served as
// the text the publisher wrote; versioned editions never change and are cached for good.
import { type Context, Hono } from 'hono'
import { issueKey } from '../core/kv-keys'
import type { Edition } from '../core/model'
import { isDate, isMonth, isSlug } from '../core/rules'
import type { ErrorStatus } from '../core/ui/view'
import { searchArchive } from './d1'
import { readArchiveIndex, readArchiveMonth, readIssueText } from './kv'
import { type Loaded, loadEdition, loadLatest } from './load'
import type { Env } from './render'
import { searchParams } from './search'

const SHORT = 'public, max-age=60, stale-while-revalidate=600'
const ERRORS = {
  400: '请求的格式不对。',
  404: '没有找到。',
  500: '服务出错了，请稍后再试。',
  503: '暂时无法读取，请稍后再试。',
} as const
/** Every route of the API only reads. */
const ALLOW = 'GET, HEAD'
const NOTHING_PUBLISHED = '尚未发布任何一期报纸。'

export const api = new Hono<Env>()

export const fail = (c: Context<Env>, status: ErrorStatus) => {
  if (status === 503) c.header('Retry-After', '30')
  c.header('Cache-Control', status >= 500 ? 'no-store' : 'public, max-age=60')
  return c.json({ error: ERRORS[status] }, status)
}

function send<T>(c: Context<Env>, loaded: Loaded<T>, pick: (v: T) => unknown, version?: (v: T) => string) {
  if (!loaded.ok) return fail(c, loaded.status)
  const body = pick(loaded.value)
  if (body === undefined) return fail(c, 404)
  if (version) c.header('ETag', `"${version(loaded.value)}"`)
  c.header('Cache-Control', SHORT)
  return c.json(body)
}

const dated = (c: Context<Env>) => {
  const date = c.req.param('date') ?? ''
  return isDate(date) ? loadEdition(c.env.KV, date) : Promise.resolve<Loaded<Edition>>({ ok: false, status: 400 })
}

api.get('/issues/latest', async (c) => {
  const latest = await loadLatest(c.env.KV)
  if (!latest.ok && latest.status === 404) return c.json({ error: NOTHING_PUBLISHED }, 404)
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
  if (!latest.ok) return latest.status === 404 ? c.json({ error: NOTHING_PUBLISHED }, 404) : fail(c, latest.status)
  c.header('ETag', `"${latest.value.issue.version}"`)
  c.header('Cache-Control', 'public, max-age=60')
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
  if (!isSlug(slug)) return fail(c, 400)
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
  if (!isDate(date) || !/^[0-9a-f]{12}$/.test(version)) return fail(c, 400)
  const { value: text, metadata } = await readIssueText(c.env.KV, issueKey(date, version))
  // Uploaded ahead of its time, an edition stays unseen until then.
  if (text === null || (metadata?.publishAt ?? '') > new Date().toISOString()) return fail(c, 404)
  c.header('ETag', `"${version}"`)
  c.header('Cache-Control', 'public, max-age=31536000, immutable')
  c.header('Content-Type', 'application/json; charset=utf-8')
  return c.body(text)
})

/** The archive's index: every month, and the newest days' versions (what phones check theirs against). */
api.get('/archive', async (c) => send(c, wrap(await readArchiveIndex(c.env.KV)), (v) => v))

api.get('/archive/:month', async (c) => {
  const month = c.req.param('month')
  if (!isMonth(month)) return fail(c, 400)
  return send(c, wrap(await readArchiveMonth(c.env.KV, month)), (v) => v ?? undefined)
})

/** A page of search results over the whole archive, newest first; `next` asks for the older ones. */
api.get('/search', async (c) => {
  const { query, from } = searchParams(c.req.query('q'), c.req.query('before'))
  if (!query) return c.json({ hits: [] })
  return c.json(await searchArchive(c.env.DB, query, from))
})

/** Anything but reading is refused (405, with what is allowed); unknown paths are 404, in JSON. */
api.on(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], '*', (c) => {
  c.header('Allow', ALLOW)
  return c.json({ error: '这个接口只能读取。' }, 405)
})
api.all('*', (c) => c.json({ error: '没有这个接口。' }, 404))

function wrap<T>(read: { ok: true; value: T | null } | { ok: false }): Loaded<T | null> {
  return read.ok ? { ok: true, value: read.value } : { ok: false, status: 503 }
}
