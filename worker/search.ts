// 搜索: the whole archive, in D1, a page at a time: title matches first, then the rest, each newest first.
import { Hono } from 'hono'
import { QUERY_MAX } from '../core/rules'
import { urls } from '../core/urls'
import { type Env, renderView } from './render'
import { searchArchive } from './search-archive'

export const searchPage = new Hono<Env>()

/** The query as asked, cut to the cap; and where a later page starts, if one was asked for. */
export function searchParams(q: string | undefined, before: string | undefined) {
  const query = (q ?? '').trim().slice(0, QUERY_MAX)
  const from = before && /^\d{1,15}$/.test(before) ? Number(before) : undefined
  return { query, from }
}

export const moreUrl = (query: string, next: number | undefined) =>
  next === undefined ? undefined : `${urls.search(query)}&before=${next}`

searchPage.get('/search', async (c) => {
  const { query, from } = searchParams(c.req.query('q'), c.req.query('before'))
  if (!query) return renderView(c, { kind: 'search', query, hits: [] })
  const { hits, next } = await searchArchive(c.env.DB, query, from)
  return renderView(c, { kind: 'search', query, hits, more: moreUrl(query, next), continued: from !== undefined })
})
