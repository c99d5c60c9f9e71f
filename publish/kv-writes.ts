// A publish plan as the KV writes that carry it out, in the order that keeps readers safe: the
// immutable keys, editions and search first (harmless until something points at them), then
// the archive, then `latest`, then what nothing points at any more. The CLI writes them with
// wrangler; the worker tests' seed and the benchmark write them through a KV binding (inOrder).
import { ARCHIVE_KEY, type KvEntry, type KvOp, LATEST_KEY } from '../core/kv-keys'
import type { Edition, Latest } from '../core/model'
import type { Plan } from './plan'

export interface KvWrites {
  /** One bulk write. */
  bulk: KvEntry[]
  /** Then each of these, one after another. */
  then: KvEntry[]
  /** Last. */
  deletes: string[]
}

export function kvWrites(plan: Plan, live: Latest | undefined): KvWrites {
  const then: KvEntry[] = []
  if (plan.archive) then.push({ key: ARCHIVE_KEY, value: JSON.stringify(plan.archive) })
  if (live) then.push({ key: LATEST_KEY, value: JSON.stringify(live) })
  return { bulk: plan.entries, then, deletes: plan.deletes }
}

/** The edition `latest` will hold, when the content being published has it. */
export function liveFrom(plan: Plan, editions: Edition[]): Latest | undefined {
  const ref = plan.latest
  const edition = ref && editions.find((e) => e.issue.date === ref.date && e.issue.version === ref.version)
  return edition && ref ? { ...edition, publishedAt: ref.publishedAt } : undefined
}

/** The writes one after another, for a KV binding (workerd, miniflare) that has no bulk write. */
export function inOrder(writes: KvWrites): KvOp[] {
  return [...writes.bulk, ...writes.then, ...writes.deletes.map((key) => ({ key, delete: true as const }))]
}
