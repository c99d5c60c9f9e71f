// One 快讯 fanned out to 10,000 subscriptions on the real parts: the wrangler-built worker in
// workerd (miniflare), its local D1 and Queue as wrangler.toml configures them (producer, and the
// worker's own queue handler as consumer), the cron trigger, and a push service on 127.0.0.1
// (test/push/receiver.ts) that answers 201. The subscriptions go straight into D1 through the
// binding (the API takes 20 new ones an hour from an address), each with its own endpoint
// (/push/<name>) and its own P-256 key pair and secret (10,000 take about 0.4 s to make). Then one
// push_jobs row, the cron fired, and the time until the receiver has taken the 10,000th push.
// Every push is counted and its headers checked; every CHECK_EVERY-th is decrypted with its
// subscriber's key and its VAPID JWT verified. The run fails unless each subscription got the item exactly once, with no error.
// Then what the Queue's batch size and concurrency would give for 1,000,000 subscribers on
// Cloudflare, from Cloudflare's published limits (projected, not measured). Run alone:
// npm run bench:push.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import type { Miniflare } from 'miniflare'
import { unstable_readConfig } from 'wrangler'
import { PushReceiver } from '../../test/push/receiver'
import { newVapidKeys } from '../../test/push/vapid'
import { BUDGET_MS, PAGE } from '../../worker/push/fan-out'
import { TOPIC, TTL_SECONDS } from '../../worker/push/send'
import { pushWorker, queueConsumers } from '../lib/local-state'

const run = promisify(execFile)
const SUBSCRIPTIONS = 10_000
/** Every n-th push is decrypted and its JWT verified; all are counted. */
const CHECK_EVERY = 100
/** Rows per INSERT when the subscriptions go into D1. */
const ROWS_PER_INSERT = 250
/** The whole fan-out must be over by then, or the run fails. */
const DEADLINE_MS = 150_000
const ITEM = 'bench-kuaixun'

/**
 * Cloudflare's published limits the projection rests on (Queues: developers.cloudflare.com/queues/platform/limits/;
 * Workers: developers.cloudflare.com/workers/platform/limits/). Not measured here.
 */
export const CLOUDFLARE = {
  /** Per-queue message throughput; beyond it send() and sendBatch() throw. */
  queueMessagesPerSecond: 5_000,
  /** Concurrent consumer invocations (push consumers), autoscaled on the backlog. */
  maxConcurrency: 250,
  /** The largest consumer batch. */
  maxBatchSize: 100,
  /** Connections one invocation may have waiting for response headers; more wait their turn. */
  connectionsPerInvocation: 6,
  /** Subrequests per invocation, Workers Free / Workers Paid. */
  subrequestsFree: 50,
  subrequestsPaid: 10_000,
}
const PROJECTED_SUBSCRIBERS = 1_000_000

/** CPU seconds (user + system) used so far by the workerd processes this process started. */
function workerdCpuSeconds(): number {
  const ticks = 100 // USER_HZ on Linux
  let total = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]?.endsWith('workerd')) continue
      // /proc/<pid>/stat after "(comm) ": state ppid … utime (12th) stime (13th).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      if (Number(fields[1]) !== process.pid) continue
      total += (Number(fields[11]) + Number(fields[12])) / ticks
    } catch {
      // the process ended while we looked
    }
  }
  return total
}

const seconds = (ms: number) => +(ms / 1000).toFixed(2)
const thousands = (n: number) => n.toLocaleString('en')

export async function pushFanoutBench() {
  const config = unstable_readConfig({ config: 'wrangler.toml' }, { hideWarnings: true })
  const producer = (config.queues.producers as Array<{ binding: string; queue: string }>).find(
    (p) => p.binding === 'PUSH_QUEUE',
  )
  const consumer = queueConsumers.find((c) => c.queue === producer?.queue)
  if (!producer || !consumer) throw new Error('wrangler.toml has no PUSH_QUEUE producer with a consumer')

  const dir = await mkdtemp(join(tmpdir(), 'zzrb-bench-push-'))
  const workerDir = join(dir, 'worker')
  const state = join(dir, 'state')
  const vapid = newVapidKeys()
  let mf: Miniflare | undefined
  let receiver: PushReceiver | undefined
  try {
    await run('scripts/wrangler', ['deploy', '--dry-run', '--outdir', workerDir])
    await run('scripts/wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], {
      env: { ...process.env, CI: 'true' },
    })
    receiver = await PushReceiver.start(vapid.publicKey, '127.0.0.1', { checkEvery: CHECK_EVERY })
    mf = pushWorker(workerDir, state, { ...vapid, subject: 'mailto:push-bench@zzrb.example' })
    const db = await mf.getD1Database('DB')

    // 10,000 subscriptions: an endpoint and a key pair each, ids as the API makes them.
    const setup = performance.now()
    const created = new Date().toISOString()
    const rows = Array.from({ length: SUBSCRIPTIONS }, (_, i) => {
      const { endpoint, keys } = receiver!.subscriber(`s${String(i).padStart(5, '0')}`).json()
      const id = createHash('sha256').update(new URL(endpoint).href).digest('base64url')
      return { id, endpoint, p256dh: keys.p256dh, auth: keys.auth, created_at: created }
    })
    const keysSeconds = seconds(performance.now() - setup)
    const insert = performance.now()
    const statements = []
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      statements.push(
        db
          .prepare(
            `INSERT INTO push_subscriptions (id, endpoint, p256dh, auth, expiration_time, created_at)
             SELECT value ->> '$.id', value ->> '$.endpoint', value ->> '$.p256dh', value ->> '$.auth', NULL,
                    value ->> '$.created_at'
             FROM json_each(?)`,
          )
          .bind(JSON.stringify(rows.slice(i, i + ROWS_PER_INSERT))),
      )
    await db.batch(statements)
    const insertSeconds = seconds(performance.now() - insert)
    const stored = await db.prepare('SELECT count(*) AS n FROM push_subscriptions').first<{ n: number }>()
    if (stored?.n !== SUBSCRIPTIONS) throw new Error(`D1 holds ${stored?.n} subscriptions, not ${SUBSCRIPTIONS}`)

    // The 快讯, as the publisher records it when it goes live with push: true.
    await db
      .prepare('INSERT INTO push_jobs (item_id, title, body, url, created_at) VALUES (?, ?, ?, ?, ?)')
      .bind(ITEM, '湘江二桥今晚封闭', '22时至次日6时，绕行一桥。（测试数据）', `/news/${ITEM}`, created)
      .run()

    // Fire the cron trigger and time until the 10,000th push is answered. A cron run enqueues for
    // at most BUDGET_MS; the next minute's goes on, so each run that leaves work is followed at once.
    const worker = await mf.getWorker()
    const cpuBefore = workerdCpuSeconds()
    const nodeBefore = process.cpuUsage()
    const start = performance.now()
    let first: number | undefined
    const all = receiver.until(
      () => {
        if (first === undefined && receiver!.arrivals.length > 0) first = performance.now()
        return receiver!.arrivals.length >= SUBSCRIPTIONS
      },
      `${SUBSCRIPTIONS} pushes`,
      DEADLINE_MS,
    )
    const last = all.then(() => performance.now())
    last.catch(() => {}) // awaited below; a timeout is reported there
    let cronRuns = 0
    for (;;) {
      const { outcome } = await worker.scheduled({ cron: '* * * * *', scheduledTime: new Date() })
      cronRuns++
      if (outcome !== 'ok') throw new Error(`the cron trigger's run ended ${outcome}`)
      const fanout = await db
        .prepare('SELECT done_at FROM push_fanouts WHERE item_id = ?')
        .bind(ITEM)
        .first<{ done_at: string | null }>()
      if (fanout?.done_at) break
      if (performance.now() - start > DEADLINE_MS) throw new Error('the fan-out did not finish enqueueing')
    }
    const enqueued = performance.now()
    const end = await last
    const cpu = workerdCpuSeconds() - cpuBefore
    const node = process.cpuUsage(nodeBefore)

    // Every batch recorded: no delivery left sending or waiting for a retry.
    let ledger: Array<{ status: string; code: number | null; n: number }> = []
    for (const settle = performance.now() + 30_000; performance.now() < settle; ) {
      ledger = (
        await db
          .prepare('SELECT status, code, count(*) AS n FROM push_deliveries WHERE item_id = ? GROUP BY status, code')
          .bind(ITEM)
          .all<{ status: string; code: number | null; n: number }>()
      ).results
      const open = ledger.filter((r) => r.status === 'sending' || r.status === 'retry').reduce((a, r) => a + r.n, 0)
      if (open === 0 && ledger.reduce((a, r) => a + r.n, 0) === SUBSCRIPTIONS) break
      await new Promise((r) => setTimeout(r, 100))
    }

    // Exactly once each, 0 errors.
    const perEndpoint = new Map<string, number>()
    for (const a of receiver.arrivals) perEndpoint.set(a.name, (perEndpoint.get(a.name) ?? 0) + 1)
    const sampled = receiver.arrivals.filter((a) => a.checked)
    const checks = {
      'pushes taken': receiver.arrivals.length,
      'subscriptions reached': perEndpoint.size,
      'reached more than once': [...perEndpoint.values()].filter((n) => n > 1).length,
      'not answered 201': receiver.arrivals.filter((a) => a.answered !== 201).length,
      'wrong TTL, Urgency, Topic or encoding': receiver.arrivals.filter(
        (a) =>
          a.ttl !== String(TTL_SECONDS) ||
          a.urgency !== 'high' ||
          a.topic !== TOPIC ||
          a.contentEncoding !== 'aes128gcm',
      ).length,
      'decrypted and verified (sampled)': sampled.length,
      'sampled with a problem': sampled.filter(
        (a) => a.problems.length > 0 || (a.payload as { id?: string } | undefined)?.id !== ITEM,
      ).length,
      'ledger: sent, 201': ledger.find((r) => r.status === 'sent' && r.code === 201)?.n ?? 0,
    }
    const problems = [
      ...receiver.arrivals.flatMap((a) => a.problems.map((p) => `${a.name}: ${p}`)),
      ...ledger.filter((r) => r.status !== 'sent').map((r) => `ledger: ${r.n} ${r.status} (${r.code})`),
    ]
    const ok =
      checks['pushes taken'] === SUBSCRIPTIONS &&
      checks['subscriptions reached'] === SUBSCRIPTIONS &&
      checks['reached more than once'] === 0 &&
      checks['not answered 201'] === 0 &&
      checks['wrong TTL, Urgency, Topic or encoding'] === 0 &&
      checks['sampled with a problem'] === 0 &&
      checks['decrypted and verified (sampled)'] === Math.ceil(SUBSCRIPTIONS / CHECK_EVERY) &&
      checks['ledger: sent, 201'] === SUBSCRIPTIONS
    if (!ok)
      throw new Error(
        `push fan-out: not every subscription got the item exactly once without error: ${JSON.stringify(checks)}\n${problems.slice(0, 10).join('\n')}`,
      )

    const totalMs = end - start
    const batches = Math.ceil(SUBSCRIPTIONS / (consumer.max_batch_size ?? 10))
    const measured = {
      subscriptions: SUBSCRIPTIONS,
      'cron fired → last push answered (s)': seconds(totalMs),
      'deliveries per second': Math.round(SUBSCRIPTIONS / (totalMs / 1000)),
      'cron fired → first push answered (s)': seconds((first ?? end) - start),
      'cron fired → all enqueued (s)': seconds(enqueued - start),
      'cron runs to enqueue': cronRuns,
      'enqueue: pages of 100 per second': Math.round(SUBSCRIPTIONS / PAGE / ((enqueued - start) / 1000)),
      'consumer batches': batches,
      'ms per batch (one at a time here)': Math.round((end - (first ?? start)) / batches),
      'pushes in flight at most (receiver)': receiver.maxInFlight,
      'workerd CPU per push (ms)': +((cpu * 1000) / SUBSCRIPTIONS).toFixed(2),
      'workerd CPU ÷ wall time': +(cpu / (totalMs / 1000)).toFixed(2),
      'receiver (Node) CPU ÷ wall time': +((node.user + node.system) / 1000 / totalMs).toFixed(2),
      'setup: key pairs and rows (s)': keysSeconds,
      'setup: INSERT into D1 (s)': insertSeconds,
    }
    const configured = {
      'max_batch_size (wrangler.toml)': consumer.max_batch_size ?? 10,
      'max_batch_timeout (s)': consumer.max_batch_timeout ?? 5,
      max_retries: consumer.max_retries ?? 3,
      'max_concurrency (unset: Cloudflare autoscales to its limit)':
        (consumer as { max_concurrency?: number }).max_concurrency ?? 'unset',
      'messages per sendBatch (fan-out.ts)': PAGE,
      'enqueue budget per cron run (s)': BUDGET_MS / 1000,
    }
    return { measured, configured, checks, projection: project(consumer.max_batch_size ?? 10, measured) }
  } finally {
    await mf?.dispose()
    await receiver?.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** Seconds from the first cron run until the last of `n` messages is enqueued, at `rate` a second while a run enqueues. */
function lastEnqueued(n: number, rate: number): number {
  const perRun = (BUDGET_MS / 1000) * rate
  const runs = Math.ceil(n / perRun)
  return (runs - 1) * 60 + (n - (runs - 1) * perRun) / rate
}

/** A page of the fan-out on Cloudflare (a D1 read, sendBatch, a D1 write), assumed for the slower case: not from the docs. */
const SLOW_PAGE_MS = 40

/**
 * 1,000,000 subscribers on Cloudflare, from its published limits (CLOUDFLARE) and this code's
 * settings: a cron run enqueues for BUDGET_MS once a minute, at most at the Queue's 5,000 messages
 * a second; the consumer runs up to 250 batches at once, each sending 6 pushes at a time.
 */
function project(batchSize: number, measured: Record<string, number>) {
  const n = PROJECTED_SUBSCRIBERS
  const rate = CLOUDFLARE.queueMessagesPerSecond
  const invocations = Math.ceil(n / batchSize)
  const wavesPerBatch = Math.ceil(batchSize / CLOUDFLARE.connectionsPerInvocation)
  const cpuPerBatch = (measured['workerd CPU per push (ms)'] ?? 0) * batchSize
  // The consumer keeps pace with the Queue while a batch takes at most this (250 batches at once)…
  const paceBatchMs = ((CLOUDFLARE.maxConcurrency * batchSize) / rate) * 1000
  // …that is, while a push service answers within this (the batch's waves of 6, then its CPU).
  const paceRtt = (paceBatchMs - cpuPerBatch) / wavesPerBatch
  return {
    subscribers: n,
    [`consumer invocations (batches of ${batchSize})`]: invocations,
    [`rounds of ${CLOUDFLARE.maxConcurrency} concurrent invocations`]: Math.ceil(
      invocations / CLOUDFLARE.maxConcurrency,
    ),
    'the Queue alone at 5,000 msg/s (s)': n / rate,
    [`enqueued per cron run (${BUDGET_MS / 1000} s at 5,000 msg/s)`]: (BUDGET_MS / 1000) * rate,
    'cron runs to enqueue all': Math.ceil(n / ((BUDGET_MS / 1000) * rate)),
    'last message enqueued, at best (s after the first run)': Math.round(lastEnqueued(n, rate)),
    'the same if a fan-out page takes 40 ms there (s), assumed': Math.round(
      lastEnqueued(n, Math.min(rate, (PAGE * 1000) / SLOW_PAGE_MS)),
    ),
    'a batch keeps pace with the Queue within (ms)': Math.round(paceBatchMs),
    [`its pushes, ${CLOUDFLARE.connectionsPerInvocation} at a time: waves per batch`]: wavesPerBatch,
    'CPU per batch, from the CPU per push measured here (ms)': Math.round(cpuPerBatch),
    'so the consumer keeps pace while a push service answers within (ms)': Math.round(paceRtt),
    [`pushes in flight at most (${CLOUDFLARE.maxConcurrency} × ${CLOUDFLARE.connectionsPerInvocation})`]:
      CLOUDFLARE.maxConcurrency * CLOUDFLARE.connectionsPerInvocation,
  }
}

export function printPushFanoutBench(r: Awaited<ReturnType<typeof pushFanoutBench>>): void {
  const m = r.measured
  const p = r.projection
  const batch = r.configured['max_batch_size (wrangler.toml)']
  console.log(
    `\n快讯 push fan-out, MEASURED here: one item to ${thousands(m.subscriptions)} local subscriptions` +
      '\n(the wrangler-built worker in workerd, its local D1 and Queue, the cron trigger, a receiver on 127.0.0.1 answering 201;' +
      `\nevery push counted and its headers checked, every ${CHECK_EVERY}th decrypted and its VAPID JWT verified):`,
  )
  console.table(m)
  console.log('Checks (each subscription exactly once, 0 errors):')
  console.table(r.checks)
  console.log('The Queue and the fan-out as configured (wrangler.toml, worker/push/fan-out.ts):')
  console.table(r.configured)
  console.log(
    `\nPROJECTED, not measured: ${thousands(PROJECTED_SUBSCRIBERS)} subscribers on Cloudflare, from its published limits` +
      `\n(Queues: ${thousands(CLOUDFLARE.queueMessagesPerSecond)} messages/s per queue, batches of at most ${CLOUDFLARE.maxBatchSize}, ${CLOUDFLARE.maxConcurrency} concurrent consumer invocations;` +
      `\nWorkers: ${CLOUDFLARE.connectionsPerInvocation} simultaneous outgoing connections, ${CLOUDFLARE.subrequestsFree} (Free) / ${thousands(CLOUDFLARE.subrequestsPaid)} (Paid) subrequests per invocation):`,
  )
  console.table(p)
  const best = p['last message enqueued, at best (s after the first run)']
  console.log(
    `At best the last push leaves about ${(best / 60).toFixed(1)} min after the first cron run: the fan-out enqueues ` +
      `${BUDGET_MS / 1000} s a minute, at most at the Queue's ${thousands(CLOUDFLARE.queueMessagesPerSecond)} messages/s ` +
      `(the Queue alone would take ${p['the Queue alone at 5,000 msg/s (s)']} s). The consumer is not the limit while a push service ` +
      `\nanswers within ${p['so the consumer keeps pace while a push service answers within (ms)']} ms. ` +
      `A batch of ${batch} pushes is ${batch} fetches: over Workers Free's ${CLOUDFLARE.subrequestsFree} subrequests, within Workers Paid's. ` +
      '\nHere miniflare hands the worker one batch at a time (see the pushes in flight), where Cloudflare runs up to 250.',
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printPushFanoutBench(await pushFanoutBench())
