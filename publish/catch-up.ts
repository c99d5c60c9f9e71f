// Makes KV show what the ledger says, through wrangler: the projection of core/ledger/project.ts,
// carried out in order (the days' pages, the months, the index, then `latest`), and only then
// recorded in the ledger. Run by every publish and rollback right after it changes the ledger;
// a run that died half-way is caught up by the next one (or by the worker's cron trigger).
// `last`: nothing follows, so the final batch also gives the publish lock back.
import { type KvEntry, LATEST_KEY } from '../core/kv-keys'
import { loadEditions, project, type ProjectionInput } from '../core/ledger/project'
import type { WranglerD1 } from './d1'
import type { Lock } from './lock'
import type { WranglerKv } from './wrangler-kv'

export async function catchUp(
  input: ProjectionInput,
  at: { kv: WranglerKv; d1: WranglerD1; lock: Lock },
  editions: Map<string, string>,
  say: (line: string) => void,
  last = false,
): Promise<string | undefined> {
  if (input.due.length === 0) return undefined
  const { kv, finalize } = project(input, await loadEditions(input, editions, (key) => at.kv.getText(key)))
  const puts = kv.filter((op): op is KvEntry => !('delete' in op))
  const pages = puts.filter((op) => op.key !== LATEST_KEY)
  await at.kv.bulkPut(pages)
  for (const op of pages) say(`wrote ${op.key}`)
  const deletes = kv.filter((op) => 'delete' in op).map((op) => op.key)
  await at.kv.bulkDelete(deletes)
  for (const key of deletes) say(`deleted ${key}`)
  const latest = puts.find((op) => op.key === LATEST_KEY)
  let live: string | undefined
  if (latest) {
    await at.kv.put(LATEST_KEY, latest.value)
    const { issue } = JSON.parse(latest.value) as { issue: { date: string; version: string } }
    live = issue.date
    say(`wrote latest → ${issue.date} ${issue.version}`)
  }
  // The run's last write gives the lock back with it: one wrangler call fewer.
  if (last) await at.lock.finish(finalize)
  else await at.d1.batch(at.lock.guarded(finalize))
  return live
}
