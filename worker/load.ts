// Finds the edition a request needs with as few KV reads as possible, and degrades gracefully
// when KV is empty, lagging or corrupt.
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

/** One day's edition: one read; if that copy has not reached this edge yet, the live one may be it. */
export async function loadEdition(kv: KVNamespace, date: string): Promise<Loaded<Edition>> {
  const edition = await readEdition(kv, date)
  if (edition.ok && edition.value) return { ok: true, value: edition.value }
  const latest = await readLatest(kv)
  if (latest.ok && latest.value?.issue.date === date) return { ok: true, value: latest.value }
  return { ok: false, status: edition.ok ? 404 : 503 }
}
