// The cron trigger (every minute): an issue scheduled ahead goes live when its time comes, and a
// publish that died half-way is caught up. It runs the publisher's own catch-up
// (core/ledger/catch-up.ts) on the worker's bindings, once it holds the lock.
import { catchUp } from '../core/ledger/catch-up'
import { transact, write } from '../core/ledger/d1'
import { dueFlash } from '../core/ledger/flash'
import { dueDays, lockHolder, releaseLock, takeLock } from '../core/ledger/sql'
import { fanOut } from './push/fan-out'

const HOLDER = 'cron trigger'
/** The cron's own lease: it renews nothing, and one catch-up takes a second or two. */
const HOLD_MS = 60_000
/**
 * How long it waits for a publisher's lock. A publisher renews a lease of 20 s while it runs; one
 * killed outright leaves that lease to run out. Waiting for it here, rather than skipping to the
 * next minute, repairs what the dead publish left within 60 s of its death: either this run
 * outwaits the lease, or the lease had run out before it began.
 */
const WAIT_MS = 30_000
const POLL_MS = 500

/** Returns the dates it made live (or took down). */
export async function catchUpKv(env: Cloudflare.Env, at: Date): Promise<string[]> {
  const now = at.toISOString()
  const due = await transact(env.DB, [], { days: dueDays(now), flash: dueFlash(now) })
  if (due.days.length === 0 && due.flash.length === 0) return []
  for (let waited = 0; ; waited += POLL_MS) {
    // The clock moves on from the scheduled time as the lease it waits for does.
    const moment = new Date(at.getTime() + waited).toISOString()
    const expires = new Date(at.getTime() + waited + HOLD_MS).toISOString()
    const { lock } = await transact(env.DB, [takeLock(HOLDER, moment, expires)], { lock: lockHolder() })
    if (lock[0]?.holder === HOLDER) break
    if (waited >= WAIT_MS) return [] // a publish is at work: it catches up itself
    await new Promise((r) => setTimeout(r, POLL_MS))
  }
  try {
    return (await catchUp(env.DB, env.KV, { now, holder: HOLDER })).dates
  } finally {
    await write(env.DB, [releaseLock(HOLDER)])
  }
}

export const scheduled: ExportedHandlerScheduledHandler<Cloudflare.Env> = async (controller, env) => {
  const done = await catchUpKv(env, new Date(controller.scheduledTime))
  if (done.length > 0) console.log(`live now: ${done.join(', ')}`)
  // 快讯 made live with `push: true` (push_jobs) go out to every subscription, through the Queue.
  for (const { item, enqueued } of await fanOut(env, new Date(controller.scheduledTime)))
    console.log(`push: ${item} enqueued for ${enqueued} subscriptions`)
}
