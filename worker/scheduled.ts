// The cron trigger (every minute): an issue scheduled ahead goes live when its time comes, and a
// publish that died half-way is caught up. It runs the publisher's own catch-up
// (core/ledger/catch-up.ts) on the worker's bindings, unless a publish holds the lock at that moment.
import { catchUp } from '../core/ledger/catch-up'
import { read, transact, write } from '../core/ledger/d1'
import { dueDays, lockHolder, releaseLock, takeLock } from '../core/ledger/sql'

const HOLDER = 'cron trigger'
const HOLD_MS = 2 * 60_000

/** Returns the dates it made live (or took down). */
export async function catchUpKv(env: Cloudflare.Env, at: Date): Promise<string[]> {
  const now = at.toISOString()
  if ((await read(env.DB, dueDays(now))).length === 0) return []
  const expires = new Date(at.getTime() + HOLD_MS).toISOString()
  const { lock } = await transact(env.DB, [takeLock(HOLDER, now, expires)], { lock: lockHolder() })
  if (lock[0]?.holder !== HOLDER) return [] // a publish is at work
  try {
    return (await catchUp(env.DB, env.KV, { now, holder: HOLDER })).dates
  } finally {
    await write(env.DB, [releaseLock(HOLDER)])
  }
}

export const scheduled: ExportedHandlerScheduledHandler<Cloudflare.Env> = async (controller, env) => {
  const done = await catchUpKv(env, new Date(controller.scheduledTime))
  if (done.length > 0) console.log(`live now: ${done.join(', ')}`)
}
