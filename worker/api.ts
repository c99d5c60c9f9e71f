// JSON API for the client. Issue JSON is served byte for byte as published.
import { Hono } from 'hono'
import { readLatestIssue } from './kv'

export const api = new Hono<{ Bindings: Env }>()

api.get('/issues/latest', async (c) => {
  const latest = await readLatestIssue(c.env.KV)
  if (latest.state === 'empty') return c.json({ error: '尚未发布任何一期报纸。' }, 404)
  if (latest.state === 'missing') {
    console.warn(`latest points to ${latest.pointer.date}/${latest.pointer.version}, not yet readable`)
    c.header('Retry-After', '30')
    return c.json({ error: '最新一期正在发布，请稍后再试。' }, 503)
  }
  c.header('ETag', `"${latest.pointer.version}"`)
  // The latest pointer moves when the newsroom publishes: short-lived, revalidated cheaply by ETag.
  c.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300')
  c.header('Content-Type', 'application/json; charset=utf-8')
  return c.body(latest.issueJson)
})

api.notFound((c) => c.json({ error: '没有这个接口。' }, 404))
