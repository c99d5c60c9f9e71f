// JSON API for the client, typed with the same types as the pages. An edition JSON is served as
// the text the publisher wrote; versioned editions never change and are cached for good.
import { Hono, type Context } from 'hono'
import { search } from '../core/search'
import { issueKey } from '../core/kv-keys'
import { readArchive, readSearch } from './kv'
import { loadEdition, loadLatest, type Loaded } from './load'
import { isDate, isSlug, QUERY_MAX } from '../core/rules'
import type { Edition } from '../core/model'

type Env = { Bindings: Cloudflare.Env }
const SHORT = 'public, max-age=60, stale-while-revalidate=600'
const ERRORS = { 400: '请求的格式不对。', 404: '没有找到。', 503: '暂时无法读取，请稍后再试。' } as const
const NOTHING_PUBLISHED = '尚未发布任何一期报纸。'

export const api = new Hono<Env>()

const fail = (c: Context<Env>, status: 400 | 404 | 503) => {
  if (status === 503) c.header('Retry-After', '30')
  c.header('Cache-Control', status === 503 ? 'no-store' : 'public, max-age=60')
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
  const text = await c.env.KV.get(issueKey(date, version))
  if (text === null) return fail(c, 404)
  c.header('ETag', `"${version}"`)
  c.header('Cache-Control', 'public, max-age=31536000, immutable')
  c.header('Content-Type', 'application/json; charset=utf-8')
  return c.body(text)
})

api.get('/archive', async (c) => {
  const archive = await readArchive(c.env.KV)
  return send(c, archive.ok ? { ok: true, value: archive.value?.issues ?? [] } : { ok: false, status: 503 }, (v) => v)
})

api.get('/search', async (c) => {
  const q = (c.req.query('q') ?? '').trim().slice(0, QUERY_MAX)
  if (!q) return c.json([])
  const index = await readSearch(c.env.KV)
  return send(c, index.ok ? { ok: true, value: index.value } : { ok: false, status: 503 }, (i) =>
    i ? search(i, q) : [],
  )
})

api.notFound((c) => c.json({ error: '没有这个接口。' }, 404))
