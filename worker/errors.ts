// What a refusal or an exception answers: JSON with `error` under /api, the site's error page
// everywhere else, each a whole answer of its own. A StorageFault (KV, D1 or R2 could not be read)
// is passing: 503 with Retry-After. Any other exception is a bug: 500, logged with the request it
// broke. The reader never sees the exception itself.
import type { Context } from 'hono'
import type { ErrorStatus } from '../core/ui/view'
import { fail } from './api'
import { type Env, errorView } from './render'
import { StorageFault } from './storage-fault'

/** The API's paths, answered in JSON. */
export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/')

/** The answer for a request refused with `status`, in the form its path calls for. */
export const refuse = (c: Context<Env>, status: ErrorStatus): Response =>
  isApiPath(c.req.path) ? fail(status) : errorView(c, status)

export function answerError(err: Error, c: Context<Env>): Response {
  const status = err instanceof StorageFault ? 503 : 500
  console.error(`${status} ${c.req.method} ${c.req.path}:`, err)
  return refuse(c, status)
}
