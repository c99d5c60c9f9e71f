// POST and DELETE /api/push/subscriptions in workerd, through the whole app (its middleware in
// order) on the test D1, with VAPID keys of the test's own: what is taken, what is refused and how.
// The pushes themselves go through the Queue in test/node/push.test.ts.
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../worker/index'
import { MAX_BODY, SIGNUPS_PER_HOUR } from '../../worker/push/subscriptions'

const ORIGIN = 'http://localhost:8787'
const PATH = '/api/push/subscriptions'

const base64url = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

let keys: { VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string; VAPID_SUBJECT: string }

beforeAll(async () => {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair
  const jwk = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey
  keys = {
    VAPID_PUBLIC_KEY: base64url((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer),
    VAPID_PRIVATE_KEY: jwk.d!,
    VAPID_SUBJECT: 'mailto:push-test@zzrb.example',
  }
})

/** A subscription as a browser makes it: a fresh P-256 public key and a 16-byte secret. */
async function browserSubscription(endpoint = `https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`) {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair
  return {
    endpoint,
    expirationTime: null,
    keys: {
      p256dh: base64url((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer),
      auth: base64url(crypto.getRandomValues(new Uint8Array(16))),
    },
  }
}

const SAME_ORIGIN = {
  'Content-Type': 'application/json',
  'Sec-Fetch-Site': 'same-origin',
  'CF-Connecting-IP': '192.0.2.1',
}

function send(
  method: string,
  body: BodyInit | null,
  headers: Record<string, string> = {},
  bindings: Record<string, unknown> = {},
  path = PATH,
) {
  // A header given as '' is left out.
  const sent = Object.fromEntries(Object.entries({ ...SAME_ORIGIN, ...headers }).filter(([, value]) => value !== ''))
  return app.request(
    `${ORIGIN}${path}`,
    { method, body, headers: sent },
    { ...env, ...keys, PUSH_ALLOW_LOOPBACK: 'true', ...bindings },
  )
}
const subscribe = async (body: unknown, headers: Record<string, string> = {}) =>
  send('POST', JSON.stringify(body), headers)

const stored = async (endpoint: string) =>
  (await env.DB.prepare('SELECT endpoint, p256dh FROM push_subscriptions WHERE endpoint = ?').bind(endpoint).all())
    .results

async function expectRefusal(res: Response, status: number) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/json')
  expect(res.headers.get('cache-control')).toBe('no-store')
  const { error } = await res.json<{ error: string }>()
  expect(error).toMatch(/\p{Script=Han}/u)
  return error
}

describe('a subscription is taken, refreshed and taken back', () => {
  it('201 for a new one, 200 for the same endpoint again (new keys kept), 200 for DELETE, which removes it', async () => {
    const sub = await browserSubscription()
    const res = await subscribe(sub)
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ ok: true })
    expect(await stored(sub.endpoint)).toEqual([{ endpoint: sub.endpoint, p256dh: sub.keys.p256dh }])

    const renewed = await browserSubscription(sub.endpoint)
    expect((await subscribe(renewed)).status).toBe(200)
    expect(await stored(sub.endpoint)).toEqual([{ endpoint: sub.endpoint, p256dh: renewed.keys.p256dh }])

    const gone = await send('DELETE', JSON.stringify({ endpoint: sub.endpoint }))
    expect(gone.status).toBe(200)
    expect(await stored(sub.endpoint)).toEqual([])
    expect((await send('DELETE', JSON.stringify({ endpoint: sub.endpoint }))).status).toBe(200)
  })

  it('takes a request without Sec-Fetch-Site whose Origin is the site, and a charset on the type', async () => {
    const res = await subscribe(await browserSubscription(), {
      'Sec-Fetch-Site': '',
      Origin: ORIGIN,
      'Content-Type': 'application/json; charset=utf-8',
    })
    expect(res.status).toBe(201)
  })

  it('stores the endpoint as it will be fetched, and no address in clear', async () => {
    const sub = await browserSubscription('https://FCM.googleapis.com/fcm/send/Case')
    expect((await subscribe(sub, { 'CF-Connecting-IP': '192.0.2.77' })).status).toBe(201)
    expect(await stored('https://fcm.googleapis.com/fcm/send/Case')).toHaveLength(1)
    const { results } = await env.DB.prepare('SELECT ip_hash FROM push_signups').all<{ ip_hash: string }>()
    expect(results.length).toBeGreaterThan(0)
    for (const { ip_hash } of results) expect(ip_hash).toMatch(/^[\w-]{43}$/)
  })

  it('gives the VAPID public key for pushManager.subscribe', async () => {
    const res = await send('GET', null, {}, {}, '/api/push/key')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ publicKey: keys.VAPID_PUBLIC_KEY })
  })
})

describe('refusals: JSON with an error in Chinese, never kept, never 5xx for what a client sends', () => {
  it.each([
    ['another site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a sibling site', { 'Sec-Fetch-Site': 'same-site' }],
    ['no page at all', { 'Sec-Fetch-Site': 'none' }],
    ['another Origin, no Sec-Fetch-Site', { 'Sec-Fetch-Site': '', Origin: 'https://evil.example' }],
    ['neither field', { 'Sec-Fetch-Site': '' }],
  ])('403 from %s', async (_, headers) => {
    await expectRefusal(await subscribe(await browserSubscription(), headers), 403)
  })

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx'])(
    '415 for %s',
    async (type) => {
      await expectRefusal(
        await send('POST', JSON.stringify(await browserSubscription()), { 'Content-Type': type }),
        415,
      )
    },
  )

  it('413 for a body over 4 KB, by its Content-Length or, without one, once that much has come', async () => {
    const big = JSON.stringify({ ...(await browserSubscription()), pad: 'x'.repeat(5 * 1024) })
    expect(big.length).toBeGreaterThan(MAX_BODY)
    await expectRefusal(await send('POST', big), 413)
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        // 1 MiB would come in all; the worker stops reading long before.
        if (pulled > 1024) controller.close()
        else controller.enqueue(new TextEncoder().encode(`${'x'.repeat(1023)} `))
      },
    })
    const streamed = await app.request(
      `${ORIGIN}${PATH}`,
      { method: 'POST', body: endless, headers: SAME_ORIGIN, duplex: 'half' } as RequestInit,
      { ...env, ...keys },
    )
    await expectRefusal(streamed, 413)
    expect(pulled).toBeLessThan(16)
  })

  const valid = () => browserSubscription()
  it.each([
    ['not JSON', async () => '{"endpoint":'],
    ['JSON but a list', async () => '[]'],
    ['no keys', async () => JSON.stringify({ endpoint: (await valid()).endpoint })],
    ['an endpoint that is not text', async () => JSON.stringify({ ...(await valid()), endpoint: 42 })],
    [
      'an expirationTime that is not a number',
      async () => JSON.stringify({ ...(await valid()), expirationTime: 'soon' }),
    ],
    [
      'a short p256dh',
      async () => JSON.stringify({ ...(await valid()), keys: { ...(await valid()).keys, p256dh: 'BAAA' } }),
    ],
    [
      'a p256dh that is no point on P-256',
      async () =>
        JSON.stringify({ ...(await valid()), keys: { ...(await valid()).keys, p256dh: `BA${'A'.repeat(85)}` } }),
    ],
    [
      'a p256dh with characters outside base64url',
      async () =>
        JSON.stringify({ ...(await valid()), keys: { ...(await valid()).keys, p256dh: `B+${'A'.repeat(85)}` } }),
    ],
    [
      'an auth of 15 bytes',
      async () => JSON.stringify({ ...(await valid()), keys: { ...(await valid()).keys, auth: 'A'.repeat(20) } }),
    ],
    [
      'a push service outside the allow-list',
      async () => JSON.stringify(await browserSubscription('https://evil.example/push')),
    ],
    ['plain http', async () => JSON.stringify(await browserSubscription('http://fcm.googleapis.com/fcm/send/x'))],
    [
      'a metadata address',
      async () => JSON.stringify(await browserSubscription('http://169.254.169.254/latest/meta-data')),
    ],
  ])('400 for %s', async (_, body) => {
    await expectRefusal(await send('POST', await body()), 400)
  })

  it('400 for a local receiver where PUSH_ALLOW_LOOPBACK is not set (production)', async () => {
    const local = JSON.stringify(await browserSubscription('http://127.0.0.1:9123/push/a'))
    await expectRefusal(await send('POST', local, {}, { PUSH_ALLOW_LOOPBACK: undefined }), 400)
    expect((await send('POST', local)).status).toBe(201)
  })

  it.each(['GET', 'HEAD', 'PUT', 'PATCH', 'OPTIONS'])('%s → 405 with Allow: POST, DELETE', async (method) => {
    const res = await send(method, null)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('POST, DELETE')
    if (method !== 'HEAD') await expectRefusal(res, 405)
  })

  it('POST anywhere else under /api is still 405 with Allow: GET, HEAD', async () => {
    for (const path of ['/api/push/key', `${PATH}/`, '/api/push', '/api/issues/latest']) {
      const res = await send('POST', JSON.stringify(await browserSubscription()), {}, {}, path)
      expect(res.status, path).toBe(405)
      expect(res.headers.get('allow'), path).toBe('GET, HEAD')
    }
  })

  it('503 while the VAPID keys are not set: push is off', async () => {
    const off = { VAPID_PUBLIC_KEY: undefined, VAPID_PRIVATE_KEY: undefined }
    await expectRefusal(await send('POST', JSON.stringify(await browserSubscription()), {}, off), 503)
    await expectRefusal(await send('GET', null, {}, off, '/api/push/key'), 503)
  })

  it(`429 with Retry-After after ${SIGNUPS_PER_HOUR} new subscriptions from one address in an hour; IPv6 counts by /64`, async () => {
    const ips = ['192.0.2.200', '2001:db8:aa:bb::1']
    for (const ip of ips)
      for (let i = 0; i < SIGNUPS_PER_HOUR; i++)
        expect((await subscribe(await browserSubscription(), { 'CF-Connecting-IP': ip })).status).toBe(201)
    const over = await subscribe(await browserSubscription(), { 'CF-Connecting-IP': '192.0.2.200' })
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(3500)
    await expectRefusal(over, 429)
    // Another address of the same /64 is the same household.
    await expectRefusal(await subscribe(await browserSubscription(), { 'CF-Connecting-IP': '2001:db8:aa:bb::2' }), 429)
    expect((await subscribe(await browserSubscription(), { 'CF-Connecting-IP': '2001:db8:aa:cc::1' })).status).toBe(201)
  })
})
