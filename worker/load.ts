// Finds the edition a request needs with as few KV reads as possible, and degrades gracefully
// when KV is empty, lagging or corrupt.
//
// Why the live day is read from `latest`: KV writes one key at a time, so a publish that dies
// between writing edition/<date> and `latest` (or a reader between the two at an edge) would see
// the front page of one version and the 版面 and articles of another. The pages of the day
// `latest` shows are therefore read from `latest` itself, one key written whole: the front page
// and every page of that day cannot disagree, whatever a publish has written so far. The live
// day, the one nearly every reader reads, still costs one read; an older day costs two (`latest`,
// then its own key). A new day is written under its own key before `latest` moves; the archive
// and an older day's correction lag `latest` at most until the publish is completed, by the next
// publish or by the cron trigger within a minute (core/ledger/catch-up.ts).
import type { Edition, Latest } from '../core/model'
import { readArchiveIndex, readEdition, readLatest } from './kv'

export type Loaded<T> = { ok: true; value: T } | { ok: false; status: 400 | 404 | 503 }

/** The live edition: one read; on a corrupt `latest`, the newest edition in the archive. */
export async function loadLatest(kv: KVNamespace): Promise<Loaded<Latest | Edition>> {
  const latest = await readLatest(kv)
  if (latest.ok && latest.value) return { ok: true, value: latest.value }
  if (latest.ok) return { ok: false, status: 404 } // nothing published yet
  const index = await readArchiveIndex(kv)
  const newest = index.ok ? index.value?.recent[0] : undefined
  const fallback = newest ? await readEdition(kv, newest.date) : undefined
  return fallback?.ok && fallback.value ? { ok: true, value: fallback.value } : { ok: false, status: 503 }
}

/** One day's edition: from `latest` when it is the live day (one read), else from its own key. */
export async function loadEdition(kv: KVNamespace, date: string): Promise<Loaded<Edition>> {
  const latest = await readLatest(kv)
  if (latest.ok && latest.value?.issue.date === date) {
    const { publishedAt: _, ...edition } = latest.value
    return { ok: true, value: edition }
  }
  const edition = await readEdition(kv, date)
  if (edition.ok && edition.value) return { ok: true, value: edition.value }
  return { ok: false, status: edition.ok ? 404 : 503 }
}
