// Requests the site refuses before routing: an address too long, undecodable or reaching outside
// the path (4xx), and any method but reading (405 with Allow). Each in the form its path calls for.
import type { MiddlewareHandler } from 'hono'
import { refuse } from '../errors'
import type { Env } from '../render'

const MAX_URL = 2048

export const refuseOddRequests: MiddlewareHandler<Env> = async (c, next) => {
  if (c.req.url.length > MAX_URL) return refuse(c, 414)
  let path: string
  try {
    path = decodeURIComponent(new URL(c.req.url).pathname)
  } catch {
    return refuse(c, 400)
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters in a path are what this refuses
  if (/\.\.|\\|\/\/|[\u0000-\u001f\u007f]/.test(path)) return refuse(c, 400)
  // Every address of the site only reads.
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return refuse(c, 405)
  return next()
}
