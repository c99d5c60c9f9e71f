// Web Push end to end on the real parts: the library's pushes read by http_ece and checked as a push
// service would; then the wrangler-built worker in workerd (miniflare) with its D1 and its Queue,
// producer and consumer as wrangler.toml configures them, readers subscribing through the API, a
// 快讯 in push_jobs, the cron trigger, and a local push service (test/push/receiver.ts) that
// decrypts every push and checks its VAPID JWT.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { buildPushPayload } from '@block65/webcrypto-web-push'
import type { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushWorker } from '../../scripts/lib/local-state'
import { TOPIC, TTL_SECONDS } from '../../worker/push/send'
import { MAX_BODY, SIGNUPS_PER_HOUR } from '../../worker/push/subscriptions'
import { PushReceiver } from '../push/receiver'
import { Subscriber } from '../push/subscriber'
import { newVapidKeys, verifyVapid } from '../push/vapid'
import { buildWorker, removeTempDirs, tempDir } from './published-site'

const run = promisify(execFile)
/** The test's own keys: nothing here reads the developer's .dev.vars. */
const VAPID = newVapidKeys()
const SUBJECT = 'mailto:push-test@zzrb.example'

describe('the push library (@block65/webcrypto-web-push)', () => {
  const payload = {
    id: 'qiao-feng',
    title: '湘江二桥今晚封闭',
    body: '22时至次日6时，绕行一桥。',
    url: '/news/qiao-feng',
  }

  it('encrypts in aes128gcm what http_ece decrypts with the subscription’s private key, and signs a VAPID JWT that verifies', async () => {
    const reader = new Subscriber('https://fcm.googleapis.com/fcm/send/dGVzdA:APA91bTest')
    const vapid = { ...VAPID, subject: SUBJECT }
    const request = await buildPushPayload(
      { data: payload, options: { ttl: TTL_SECONDS, urgency: 'high', topic: TOPIC } },
      reader.json(),
      vapid,
    )
    expect(request.headers).toMatchObject({
      'content-encoding': 'aes128gcm',
      ttl: String(TTL_SECONDS),
      urgency: 'high',
      topic: TOPIC,
    })
    expect(TOPIC).toMatch(/^[A-Za-z0-9_-]{1,32}$/)
    expect(JSON.parse(reader.decrypt(request.body).toString('utf8'))).toEqual(payload)
    // Another subscriber's keys, or one changed byte, do not decrypt it.
    expect(() => new Subscriber(reader.endpoint).decrypt(request.body)).toThrow()
    const tampered = Uint8Array.from(request.body)
    tampered[tampered.length - 1]! ^= 1
    expect(() => reader.decrypt(tampered)).toThrow()

    const claims = await verifyVapid(request.headers.authorization, {
      publicKey: VAPID.publicKey,
      audience: 'https://fcm.googleapis.com',
    })
    expect(claims.sub).toBe(SUBJECT)
    expect(claims.exp * 1000 - Date.now()).toBeLessThanOrEqual(24 * 3_600_000)
    // The verifier is no rubber stamp: another audience, or another key, fails.
    await expect(
      verifyVapid(request.headers.authorization, {
        publicKey: VAPID.publicKey,
        audience: 'https://web.push.apple.com',
      }),
    ).rejects.toThrow(/aud/)
    const other = { ...newVapidKeys(), subject: SUBJECT }
    const forged = await buildPushPayload({ data: payload }, reader.json(), other)
    const stolenKey = forged.headers.authorization.replace(/k=[\w-]+$/, `k=${VAPID.publicKey}`)
    await expect(
      verifyVapid(stolenKey, { publicKey: VAPID.publicKey, audience: 'https://fcm.googleapis.com' }),
    ).rejects.toThrow(/signature/)
  })
})

describe('快讯 pushed through the worker, its Queue and a push service', () => {
  let mf: Miniflare
  let receiver: PushReceiver
  /** A push service the worker must never reach: on 127.0.0.2, which no allow-list names. */
  let trap: PushReceiver
  let state: string
  const started = Date.now()

  beforeAll(async () => {
    const [workerDir, dir] = await Promise.all([buildWorker(), tempDir('zzrb-push-')])
    state = dir
    // The schema as production gets it: wrangler's own migrations command.
    await run('scripts/wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], {
      env: { ...process.env, CI: 'true' },
    })
    receiver = await PushReceiver.start(VAPID.publicKey)
    trap = await PushReceiver.start(VAPID.publicKey, '127.0.0.2')
    // The queue as wrangler.toml has it: producer binding, and this worker as its consumer.
    mf = pushWorker(workerDir, state, { ...VAPID, subject: SUBJECT })
  })

  afterAll(async () => {
    await mf?.dispose()
    await Promise.all([receiver?.close(), trap?.close()])
    await removeTempDirs()
    console.log(`push: the end-to-end tests took ${((Date.now() - started) / 1000).toFixed(1)} s`)
  })

  const post = (body: unknown, headers: Record<string, string> = {}, method = 'POST') =>
    mf.dispatchFetch('http://localhost:8787/api/push/subscriptions', {
      method,
      headers: {
        'Content-Type': 'application/json',
        'Sec-Fetch-Site': 'same-origin',
        'CF-Connecting-IP': '198.51.100.1',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  async function subscribe(name: string, ip = '198.51.100.1'): Promise<Subscriber> {
    const reader = receiver.subscriber(name)
    const res = await post(reader.json(), { 'CF-Connecting-IP': ip })
    expect(res.status, await res.text()).toBe(201)
    return reader
  }

  const db = () => mf.getD1Database('DB')
  const rows = async <T>(sql: string, ...params: unknown[]) =>
    (
      await (
        await db()
      )
        .prepare(sql)
        .bind(...params)
        .all<T>()
    ).results

  /** A 快讯 gone live with push: true, as the publisher records it. */
  async function goLive(id: string, title: string): Promise<void> {
    await (await db())
      .prepare('INSERT OR IGNORE INTO push_jobs (item_id, title, body, url, created_at) VALUES (?, ?, ?, ?, ?)')
      .bind(id, title, `${title}。详情见快讯页。`, `/news/${id}`, new Date().toISOString())
      .run()
  }

  async function cron(): Promise<void> {
    const worker = await mf.getWorker()
    expect((await worker.scheduled({ cron: '* * * * *', scheduledTime: new Date() })).outcome).toBe('ok')
  }

  /** Resolves when every (item, subscription) row of `item` has left `sending` and `retry`: its batches are done. */
  async function settled(item: string, count: number): Promise<void> {
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
      const open = await rows<{ n: number; done: number }>(
        "SELECT count(*) AS n, sum(status NOT IN ('sending', 'retry')) AS done FROM push_deliveries WHERE item_id = ?",
        item,
      )
      if (open[0]?.n === count && open[0].done === count) return
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`${item}: its ${count} deliveries did not settle`)
  }

  const delivered = (name: string, item: string) =>
    receiver.at(name).filter((a) => a.answered === 201 && (a.payload as { id?: string } | undefined)?.id === item)

  it('pushes an item once to every subscriber, decrypted and signed, however often cron runs or a message comes again', async () => {
    const readers = ['a', 'b', 'c']
    for (const name of readers) await subscribe(name)
    await goLive('kuaixun-1', '湘江二桥今晚封闭')
    await cron()
    await cron()
    await receiver.until(() => readers.every((n) => delivered(n, 'kuaixun-1').length > 0), 'kuaixun-1 at a, b and c')

    for (const name of readers) {
      const [arrival] = receiver.at(name)
      expect(arrival).toMatchObject({
        answered: 201,
        ttl: String(TTL_SECONDS),
        urgency: 'high',
        topic: TOPIC,
        contentEncoding: 'aes128gcm',
        problems: [],
        payload: {
          id: 'kuaixun-1',
          title: '湘江二桥今晚封闭',
          body: '湘江二桥今晚封闭。详情见快讯页。',
          url: '/news/kuaixun-1',
        },
      })
      expect(arrival?.claims?.sub).toBe(SUBJECT)
    }

    // The Queue delivers a message again (at-least-once): the consumer's ledger sends nothing twice.
    const [first] = await rows<{ id: string }>(
      'SELECT id FROM push_subscriptions WHERE endpoint = ?',
      `${receiver.origin}/push/a`,
    )
    const queue = await mf.getQueueProducer<{ item: string; sub: string }>('PUSH_QUEUE')
    await queue.send({ item: 'kuaixun-1', sub: first!.id })
    // A later item, enqueued after both cron runs and the message sent again, has arrived and settled:
    // whatever those would have sent, they have.
    await goLive('kuaixun-2', '市区部分学校明日停课')
    await cron()
    await receiver.until(() => readers.every((n) => delivered(n, 'kuaixun-2').length > 0), 'kuaixun-2 at a, b and c')
    await settled('kuaixun-2', 3)
    for (const name of readers)
      expect(receiver.at(name).map((a) => (a.payload as { id: string }).id)).toEqual(['kuaixun-1', 'kuaixun-2'])
    expect(await rows('SELECT status, code FROM push_deliveries WHERE item_id = ?', 'kuaixun-1')).toEqual(
      readers.map(() => ({ status: 'sent', code: 201 })),
    )
  })

  it('deletes a subscription its push service says is gone (410), and retries one that answered 500, then delivers', async () => {
    const gone = await subscribe('gone')
    await subscribe('flaky')
    receiver.answer('gone', 410)
    receiver.answer('flaky', 500)
    await goLive('kuaixun-3', '暴雨蓝色预警')
    await cron()
    await receiver.until(() => delivered('flaky', 'kuaixun-3').length > 0, 'kuaixun-3 at flaky, after its 500')
    await settled('kuaixun-3', 5)

    expect(receiver.at('gone').map((a) => a.answered)).toEqual([410])
    expect(await rows('SELECT id FROM push_subscriptions WHERE endpoint = ?', gone.endpoint)).toEqual([])
    expect(receiver.at('flaky').map((a) => [a.answered, (a.payload as { id: string }).id, a.problems])).toEqual([
      [500, 'kuaixun-3', []],
      [201, 'kuaixun-3', []],
    ])
    const outcomes = await rows<{ status: string; code: number }>(
      'SELECT status, code FROM push_deliveries WHERE item_id = ? ORDER BY status',
      'kuaixun-3',
    )
    expect(outcomes).toEqual([
      { status: 'gone', code: 410 },
      ...Array.from({ length: 4 }, () => ({ status: 'sent', code: 201 })),
    ])
  })

  it('refuses another site, a body not JSON or over 4 KB, and an endpoint outside the allow-list, which it never contacts', async () => {
    const reader = new Subscriber(`${trap.origin}/push/trap`)
    trap.subscriber('trap')
    const refusal = async (res: Response | Awaited<ReturnType<typeof post>>, status: number) => {
      expect(res.status).toBe(status)
      expect(res.headers.get('content-type')).toBe('application/json')
      expect(((await res.json()) as { error: string }).error).toMatch(/\p{Script=Han}/u)
    }
    await refusal(await post(reader.json()), 400)
    await refusal(await post(receiver.subscriber('x').json(), { 'Sec-Fetch-Site': 'cross-site' }), 403)
    await refusal(await post(receiver.subscriber('x').json(), { 'Content-Type': 'text/plain' }), 415)
    const big = { ...receiver.subscriber('x').json(), padding: 'x'.repeat(5 * 1024) }
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_BODY)
    await refusal(await post(big), 413)
    await refusal(await post('{"endpoint":'), 400)
    expect(await rows('SELECT endpoint FROM push_subscriptions WHERE endpoint LIKE ?', `${trap.origin}%`)).toEqual([])
  })

  it(`takes ${SIGNUPS_PER_HOUR} new subscriptions an hour from one address, then answers 429 with Retry-After`, async () => {
    const ip = '203.0.113.9'
    const readers: Subscriber[] = []
    for (let i = 0; i < SIGNUPS_PER_HOUR; i++) readers.push(await subscribe(`cap-${i}`, ip))
    const res = await post(receiver.subscriber('cap-over').json(), { 'CF-Connecting-IP': ip })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3500)
    expect(((await res.json()) as { error: string }).error).toMatch(/\p{Script=Han}/u)
    // The same browser posting its subscription again is no new one; another address is not capped.
    expect((await post(readers[0]!.json(), { 'CF-Connecting-IP': ip })).status).toBe(200)
    expect((await post(receiver.subscriber('cap-other').json(), { 'CF-Connecting-IP': '203.0.113.10' })).status).toBe(
      201,
    )
    // And the push service outside the allow-list was never asked anything, by anyone.
    expect(trap.arrivals).toEqual([])
  })
})
