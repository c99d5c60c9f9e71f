// Every answer that could be a 2xx gets a validator and has its request's preconditions evaluated
// (RFC 9110 §13.2): pages, feeds and the API alike. An answer without an ETag of its own gets one
// from a hash of its body, so an unchanged page costs a 304.
import type { MiddlewareHandler } from 'hono'
import { refuse } from '../errors'
import type { Env } from '../render'
import { evaluate, hasPreconditions, notModified } from './conditional'

async function bodyTag(res: Response): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', await res.arrayBuffer())
  return `"${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`
}

export const preconditions: MiddlewareHandler<Env> = async (c, next) => {
  await next()
  const { method, headers } = c.req.raw
  const ok = c.res.status >= 200 && c.res.status < 300
  if (!ok || (method !== 'GET' && method !== 'HEAD')) return
  if (!c.res.headers.has('ETag')) c.header('ETag', await bodyTag(c.res.clone()))
  if (!hasPreconditions(headers)) return
  const answer = c.res
  const verdict = evaluate(method, headers, {
    etag: answer.headers.get('ETag'),
    lastModified: answer.headers.get('Last-Modified'),
  })
  if (verdict === 'proceed') return
  await answer.body?.cancel()
  // Dropped first, so no header of the answer it replaces carries over into the 304 or 412.
  c.res = undefined
  c.res = verdict === 304 ? notModified(answer.headers) : refuse(c, 412)
}
