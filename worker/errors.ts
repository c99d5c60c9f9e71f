// What an exception answers. A StorageFault (KV, D1 or R2 could not be read) is passing: 503 with
// Retry-After. Anything else is a bug: 500, logged with the request it broke. Either way the reader
// gets the site's error page (JSON under /api), never the exception itself.
import type { Context } from 'hono'
import { fail } from './api'
import { type Env, errorView } from './render'
import { StorageFault } from './storage-fault'

export function answerError(err: Error, c: Context<Env>): Response {
  const status = err instanceof StorageFault ? 503 : 500
  console.error(`${status} ${c.req.method} ${c.req.path}:`, err)
  return c.req.path.startsWith('/api/') ? fail(c, status) : errorView(c, status)
}
