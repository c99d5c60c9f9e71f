// One push: one 快讯 to one subscription, encrypted (aes128gcm, RFC 8291) and signed (VAPID, RFC
// 8292) by @block65/webcrypto-web-push, sent to the subscription's push service (RFC 8030), and
// what its answer means for the subscription and the message.
import { buildPushPayload, type PushSubscription } from '@block65/webcrypto-web-push'
import { allowsLoopback, isLoopback, pushEndpoint } from './endpoints'

/** What a phone's service worker is given: the item, and the page a tap on it opens. */
export interface PushPayload {
  id: string
  title: string
  body: string
  /** The item's own page, /news/<id>. */
  url: string
}

/** The VAPID key pair (base64url: the public key's 65-byte point, the private key's 32 bytes) and contact. */
export interface Vapid {
  publicKey: string
  privateKey: string
  subject: string
}

export interface PushEnv {
  VAPID_PUBLIC_KEY?: string
  VAPID_PRIVATE_KEY?: string
  VAPID_SUBJECT?: string
  PUSH_ALLOW_LOOPBACK?: string
}

/** The worker's VAPID keys, or undefined where they are not set (push is then off). */
export function vapidOf(env: PushEnv): Vapid | undefined {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT: subject } = env
  return publicKey && privateKey && subject ? { publicKey, privateKey, subject } : undefined
}

/**
 * How long a push service keeps a push for a phone that is off (RFC 8030 §5.2). A 快讯 older than
 * four hours is on the front page and in /news; a phone away longer learns of it on its next visit.
 */
export const TTL_SECONDS = 4 * 60 * 60

/**
 * Topic (RFC 8030 §5.4): a push waiting at the push service for a phone that is off is replaced by
 * a later one with the same topic. Every 快讯 has the same one, `kuaixun`, so a phone that comes
 * back after three items were sent shows the newest, not three stale alerts (its service worker
 * then refreshes the kept items, which hold all three). A topic folded from each item's id would
 * replace nothing but a copy of the same item, which the delivery ledger already never sends.
 * URL-safe base64 characters, at most 32, as the RFC asks.
 */
export const TOPIC = 'kuaixun'

export type Outcome =
  /** 2xx: the push service took it. */
  | { kind: 'sent'; code: number }
  /** 404 or 410: the subscription has expired or was withdrawn; it is deleted. */
  | { kind: 'gone'; code: number }
  /** 429, 5xx, or no answer at all: sent again by the Queue, after `delaySeconds`. */
  | { kind: 'retry'; code: number | null; retryAfter: number | undefined }
  /** Any other answer (400, 401, 403, 413, a redirect), or an endpoint no longer allowed: logged, never sent again. */
  | { kind: 'refused'; code: number | null }

/** Seconds from a Retry-After field (delta-seconds or an HTTP date), if it has a usable one. */
function retryAfter(field: string | null, now: number): number | undefined {
  if (!field) return undefined
  const seconds = /^\d+$/.test(field.trim()) ? Number(field.trim()) : (Date.parse(field) - now) / 1000
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined
}

export function outcomeOf(res: Response, now = Date.now()): Outcome {
  const code = res.status
  if (code >= 200 && code < 300) return { kind: 'sent', code }
  if (code === 404 || code === 410) return { kind: 'gone', code }
  if (code === 429 || code >= 500)
    return { kind: 'retry', code, retryAfter: retryAfter(res.headers.get('Retry-After'), now) }
  return { kind: 'refused', code }
}

/** How long a 429 or 5xx waits before the Queue sends the message again: the push service's Retry-After, else 2, 4, 8… s, at most 10 min. */
export function backoffSeconds(attempts: number, retryAfterSeconds?: number): number {
  const exponential = 2 ** Math.min(Math.max(attempts, 1), 10)
  return Math.min(Math.max(retryAfterSeconds ?? exponential, 1), 600)
}

/** How long one push service may take to answer before the push counts as unanswered (and is retried). */
const ANSWER_MS = 15_000

/**
 * Encrypts `payload` for `subscription` and sends it, with TTL, `Urgency: high` and the Topic. The
 * endpoint is checked against the allow-list again (endpoints.ts) and never followed elsewhere: a
 * redirect is an answer like any other 3xx (refused), not a second address to fetch.
 */
export async function sendPush(
  env: PushEnv,
  vapid: Vapid,
  subscription: PushSubscription,
  payload: PushPayload,
): Promise<Outcome> {
  const endpoint = pushEndpoint(subscription.endpoint, { loopback: allowsLoopback(env) })
  if (!endpoint) return { kind: 'refused', code: null }
  // The library signs only for https push services (RFC 8030 §2), with `aud` the endpoint's origin.
  // A local receiver (http, PUSH_ALLOW_LOOPBACK only) gets the token its https twin would: `aud`
  // https://127.0.0.1:<port>, which is what the test receiver checks.
  const signedFor = isLoopback(endpoint)
    ? `https://${endpoint.host}${endpoint.pathname}${endpoint.search}`
    : endpoint.href
  let request: Awaited<ReturnType<typeof buildPushPayload>>
  try {
    request = await buildPushPayload(
      { data: { ...payload }, options: { ttl: TTL_SECONDS, urgency: 'high', topic: TOPIC } },
      { ...subscription, endpoint: signedFor },
      vapid,
    )
  } catch (e) {
    // A VAPID key that is no key (the subscription's keys were checked when it came): nothing is
    // sent, the message waits for the keys to be mended, and the log says why.
    console.error(`push: could not encrypt or sign for ${endpoint.host}: ${String(e)}`)
    return { kind: 'retry', code: null, retryAfter: undefined }
  }
  try {
    const res = await fetch(endpoint.href, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ANSWER_MS),
    })
    await res.body?.cancel()
    return outcomeOf(res)
  } catch (e) {
    // No answer (refused connection, reset, timeout): the push service may be down for a moment.
    console.warn(`push: no answer from ${endpoint.host}: ${String(e)}`)
    return { kind: 'retry', code: null, retryAfter: undefined }
  }
}
