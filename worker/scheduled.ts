// The cron trigger (every minute): an issue scheduled ahead goes live when its time comes, and a
// publish that died half-way is caught up. It makes KV show what the ledger says, exactly as the
// publisher does (core/ledger/project.ts), unless a publish holds the lock at that moment.
import { loadEditions, project, projectionInput } from '../core/ledger/project'
import { dueDays, guard, projectionQueries, releaseLock, takeLock, unguard } from '../core/ledger/sql'
import { batch } from './d1'

const HOLDER = 'cron trigger'
const HOLD_MS = 2 * 60_000

/** Returns the dates it made live (or took down). */
export async function catchUpKv(env: Cloudflare.Env, at: Date): Promise<string[]> {
  const now = at.toISOString()
  const [due = []] = await batch(env.DB, [dueDays(now)])
  if (due.length === 0) return []
  const expires = new Date(at.getTime() + HOLD_MS).toISOString()
  const [, [lock] = []] = await batch(env.DB, takeLock(HOLDER, now, expires))
  if ((lock as { holder?: string } | undefined)?.holder !== HOLDER) return [] // a publish is at work
  try {
    const months = new Set((due as Array<{ date: string }>).map((d) => d.date.slice(0, 7)))
    const input = projectionInput(now, await batch(env.DB, projectionQueries(now, months, due.length)), months.size)
    const { kv, finalize } = project(input, await loadEditions(input, new Map(), (key) => env.KV.get(key)))
    for (const op of kv) await ('delete' in op ? env.KV.delete(op.key) : env.KV.put(op.key, op.value))
    await batch(env.DB, [guard(HOLDER, now), ...finalize, unguard()])
    return input.due.map((d) => d.date)
  } finally {
    await batch(env.DB, [releaseLock(HOLDER)])
  }
}

export const scheduled: ExportedHandlerScheduledHandler<Cloudflare.Env> = async (controller, env) => {
  const done = await catchUpKv(env, new Date(controller.scheduledTime))
  if (done.length > 0) console.log(`live now: ${done.join(', ')}`)
}
