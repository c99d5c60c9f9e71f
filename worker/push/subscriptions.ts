// /api/push: a reader's browser hands the worker its PushSubscription (快讯提醒 in 设置) and takes it
// back. Only the site's own pages may (Sec-Fetch-Site, else Origin), only in JSON of at most 4 KB,
// only for the browsers' push services (endpoints.ts), and at most SIGNUPS_PER_HOUR new
// subscriptions an hour from one address. Every refusal is JSON with an `error` in Chinese, 4xx.
import { type Context, Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import * as v from 'valibot'
import { fromBase64url, toBase64url } from '../../core/base64url'
import { transact, write } from '../../core/ledger/d1'
import { query, sql } from '../../core/ledger/statement'
import { DATA } from '../http/freshness'
import type { Env } from '../render'
import { fromStore } from '../storage-fault'
import { allowsLoopback, MAX_ENDPOINT, pushEndpoint } from './endpoints'
import { vapidOf } from './send'

/** The largest body read: a PushSubscription's JSON is 200–600 bytes. */
export const MAX_BODY = 4096
/**
 * New subscriptions taken from one address in an hour. Readers on one mobile carrier often share
 * an address (carrier-grade NAT), and each opts in once, so 20 an hour lets a crowd through and
 * keeps a script from filling the table. An IPv6 address counts by its /64, a household's.
 */
export const SIGNUPS_PER_HOUR = 20
const HOUR_MS = 3_600_000

/** A refusal of this API: JSON with `error`, never kept by any cache. */
export function refusePush(
  status: 400 | 403 | 413 | 415 | 429 | 503,
  error: string,
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  })
}

const NOT_JSON = '请以 JSON 提交（Content-Type: application/json）。'
const TOO_LARGE = '提交的内容太大。'
const CROSS_SITE = '只接受本站页面的请求。'
const BAD_JSON = '请求的格式不对。'
const BAD_SUBSCRIPTION = '推送订阅的格式不对。'
const UNKNOWN_SERVICE = '不支持这个推送服务。'
const TOO_MANY = '订阅太频繁，请一小时后再试。'
const OFF = '快讯提醒暂未开通。'

/** Base64url of `chars` characters, with the padding some encoders add. */
const base64url = (chars: number) => v.pipe(v.string(), v.regex(new RegExp(`^[A-Za-z0-9_-]{${chars}}={0,2}$`)))

/** PushSubscription.toJSON(): an endpoint and the two keys the push is encrypted with. */
const Subscription = v.object({
  endpoint: v.pipe(v.string(), v.maxLength(MAX_ENDPOINT)),
  expirationTime: v.nullish(v.pipe(v.number(), v.finite(), v.minValue(0))),
  keys: v.object({
    // A P-256 point, uncompressed: 65 bytes, 87 characters.
    p256dh: base64url(87),
    // The authentication secret: 16 bytes, 22 characters.
    auth: base64url(22),
  }),
})
const Unsubscription = v.object({ endpoint: v.pipe(v.string(), v.maxLength(MAX_ENDPOINT)) })

/** Whether the keys are what a browser makes: a point on P-256 and a 16-byte secret. */
async function usableKeys(keys: { p256dh: string; auth: string }): Promise<boolean> {
  const point = fromBase64url(keys.p256dh)
  if (point.length !== 65 || point[0] !== 4 || fromBase64url(keys.auth).length !== 16) return false
  try {
    await crypto.subtle.importKey('raw', point, { name: 'ECDH', namedCurve: 'P-256' }, false, [])
    return true
  } catch {
    return false
  }
}

/** A subscription's id: its endpoint, hashed (SHA-256, base64url). */
export const subscriptionId = async (endpoint: string) =>
  toBase64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(endpoint)))

/** The address a request came from, as counted: IPv4 whole, IPv6 by its first 64 bits. */
export function addressOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped) return mapped[1]!
  if (!ip.includes(':')) return ip
  const [head = '', tail] = ip.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups =
    tail === undefined ? left : [...left, ...Array(Math.max(8 - left.length - right.length, 0)).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * The address as stored: HMAC-SHA-256 under a key derived (HKDF) from the VAPID private key, so the
 * table holds no address and none can be found again by hashing every IPv4 address.
 */
async function addressHash(ip: string, secret: string): Promise<string> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'HKDF', false, ['deriveKey'])
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode('zzrb push signups') },
    material,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return toBase64url(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(addressOf(ip))))
}

/** Only the site's own pages: Sec-Fetch-Site where the browser sends it, else Origin. */
const sameOriginOnly: MiddlewareHandler<Env> = async (c, next) => {
  const site = c.req.header('Sec-Fetch-Site')
  const origin = c.req.header('Origin')
  const ours = site !== undefined ? site === 'same-origin' : origin === new URL(c.req.url).origin
  return ours ? next() : refusePush(403, CROSS_SITE)
}

const jsonOnly: MiddlewareHandler<Env> = async (c, next) =>
  /^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '') ? next() : refusePush(415, NOT_JSON)

/** Over MAX_BODY: refused by its Content-Length, or once that many bytes have come. */
const smallBody = bodyLimit({ maxSize: MAX_BODY, onError: () => refusePush(413, TOO_LARGE) })

/** The body as JSON checked against `schema`, or the refusal to answer. */
async function bodyOf<T extends v.GenericSchema>(c: Context<Env>, schema: T): Promise<v.InferOutput<T> | Response> {
  let json: unknown
  try {
    json = JSON.parse(await c.req.text())
  } catch {
    return refusePush(400, BAD_JSON)
  }
  const parsed = v.safeParse(schema, json)
  return parsed.success ? parsed.output : refusePush(400, BAD_SUBSCRIPTION)
}

export const push = new Hono<Env>()

/** The VAPID public key, for pushManager.subscribe({ applicationServerKey }). */
push.get('/key', (c) => {
  const vapid = vapidOf(c.env)
  if (!vapid) return refusePush(503, OFF)
  c.header('Cache-Control', DATA)
  return c.json({ publicKey: vapid.publicKey })
})

push.use('/subscriptions', sameOriginOnly, jsonOnly, smallBody)

push.post('/subscriptions', async (c) => {
  const body = await bodyOf(c, Subscription)
  if (body instanceof Response) return body
  const endpoint = pushEndpoint(body.endpoint, { loopback: allowsLoopback(c.env) })
  if (!endpoint) return refusePush(400, UNKNOWN_SERVICE)
  if (!(await usableKeys(body.keys))) return refusePush(400, BAD_SUBSCRIPTION)
  const vapid = vapidOf(c.env)
  if (!vapid) return refusePush(503, OFF)

  const now = new Date()
  const at = now.toISOString()
  const id = await subscriptionId(endpoint.href)
  const ip = await addressHash(c.req.header('CF-Connecting-IP') ?? 'unknown', vapid.privateKey)
  const { p256dh, auth } = body.keys
  const expires = body.expirationTime == null ? null : Math.round(body.expirationTime)
  // One transaction: a known endpoint is refreshed; a new one is counted against its address and
  // stored only if the count allowed it (changes() is the count's own insert).
  const rows = await fromStore('D1', 'push subscription', () =>
    transact(
      c.env.DB,
      [
        sql('DELETE FROM push_signups WHERE at <= ?', new Date(now.getTime() - HOUR_MS).toISOString()),
        sql(
          'UPDATE push_subscriptions SET p256dh = ?, auth = ?, expiration_time = ? WHERE id = ?',
          p256dh,
          auth,
          expires,
          id,
        ),
        sql(
          `INSERT INTO push_signups (ip_hash, at) SELECT ?1, ?2
           WHERE NOT EXISTS (SELECT 1 FROM push_subscriptions WHERE id = ?3)
             AND (SELECT count(*) FROM push_signups WHERE ip_hash = ?1) < ?4`,
          ip,
          at,
          id,
          SIGNUPS_PER_HOUR,
        ),
        sql(
          `INSERT INTO push_subscriptions (id, endpoint, p256dh, auth, expiration_time, created_at)
           SELECT ?, ?, ?, ?, ?, ? WHERE changes() = 1`,
          id,
          endpoint.href,
          p256dh,
          auth,
          expires,
          at,
        ),
      ],
      {
        stored: query<{ created_at: string }>('SELECT created_at FROM push_subscriptions WHERE id = ?', id),
        window: query<{ oldest: string | null }>('SELECT min(at) AS oldest FROM push_signups WHERE ip_hash = ?', ip),
      },
    ),
  )
  const stored = rows.stored[0]
  if (!stored) {
    const oldest = Date.parse(rows.window[0]?.oldest ?? at)
    const wait = Math.max(1, Math.ceil((oldest + HOUR_MS - now.getTime()) / 1000))
    return refusePush(429, TOO_MANY, { 'Retry-After': String(wait) })
  }
  c.header('Cache-Control', 'no-store')
  return c.json({ ok: true }, stored.created_at === at ? 201 : 200)
})

push.delete('/subscriptions', async (c) => {
  const body = await bodyOf(c, Unsubscription)
  if (body instanceof Response) return body
  let href: string
  try {
    href = new URL(body.endpoint).href
  } catch {
    return refusePush(400, BAD_SUBSCRIPTION)
  }
  const id = await subscriptionId(href)
  await fromStore('D1', 'push unsubscription', () =>
    write(c.env.DB, [sql('DELETE FROM push_subscriptions WHERE id = ?', id)]),
  )
  c.header('Cache-Control', 'no-store')
  return c.json({ ok: true })
})
