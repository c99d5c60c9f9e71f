// Requests the site refuses before routing: an address too long, undecodable or reaching outside
// the path (4xx), and any method but reading (405 with Allow). Each in the form its path calls for.
import type { MiddlewareHandler } from 'hono'
import { fail } from '../api'
import { refuse } from '../errors'
import type { Env } from '../render'

const MAX_URL = 2048

/**
 * The addresses that take more than reading, each with the methods it takes (and no other: 405 with
 * that Allow) and what its refusal says. Every other address of the site only reads.
 */
const WRITABLE: Record<string, { allow: readonly string[]; refusal: string }> = {
  // A reader's PushSubscription, given and taken back (worker/push/subscriptions.ts).
  '/api/push/subscriptions': { allow: ['POST', 'DELETE'], refusal: '这个接口只接受 POST 和 DELETE。' },
}

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
  const writable = WRITABLE[path]
  if (writable) {
    if (writable.allow.includes(c.req.method)) return next()
    const refusal = fail(405, writable.refusal)
    refusal.headers.set('Allow', writable.allow.join(', '))
    return refusal
  }
  // Every other address of the site only reads.
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return refuse(c, 405)
  return next()
}
