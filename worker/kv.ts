// All KV reads live here. Keys come only from core/kv-keys (fixed prefixes) and validated
// parameters. Corrupt or missing values are reported as such; a read KV refuses is a StorageFault.
import {
  ARCHIVE_INDEX_KEY,
  archiveMonthKey,
  editionKey,
  flashKey,
  issueKey,
  LATEST_KEY,
  NEWS_KEY,
} from '../core/kv-keys'
import type { ArchiveIndex, ArchiveMonth, Edition, FlashItem, Latest, RecentNews } from '../core/model'
import { fromStore } from './storage-fault'

type Read<T> = { ok: true; value: T | null } | { ok: false }

/**
 * How long an edge location may keep a value it read, in seconds: KV's minimum. With the 30 s the
 * worker keeps a page (worker/http/freshness.ts), a change reaches every reader within 60 s; KV's
 * default (60 s) would double that.
 */
const KV_CACHE_TTL = 30

/**
 * The last value parsed under each fixed key, while this isolate lives. Values are never mutated,
 * so an unchanged text gives back the same object. Per-day and per-month keys are not kept:
 * there is one for every day and month of the archive.
 */
const parsed = new Map<string, { text: string; value: unknown }>()
const FIXED = new Set([LATEST_KEY, ARCHIVE_INDEX_KEY, NEWS_KEY])

async function readJson<T>(kv: KVNamespace, key: string, valid: (v: unknown) => boolean): Promise<Read<T>> {
  const text = await fromStore('KV', `get ${key}`, () => kv.get(key, { cacheTtl: KV_CACHE_TTL }))
  if (text === null) return { ok: true, value: null }
  const last = parsed.get(key)
  if (last?.text === text) return { ok: true, value: last.value as T }
  try {
    const value: unknown = JSON.parse(text)
    if (valid(value)) {
      if (FIXED.has(key)) parsed.set(key, { text, value })
      return { ok: true, value: value as T }
    }
  } catch {
    // fall through: reported below
  }
  console.error(`KV value under "${key}" is not what the publisher writes; ignoring it`)
  return { ok: false }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isEdition = (v: unknown) =>
  isObject(v) && isObject(v.issue) && Array.isArray(v.issue.pages) && Array.isArray(v.articles)

export const readLatest = (kv: KVNamespace) => readJson<Latest>(kv, LATEST_KEY, isEdition)
export const readEdition = (kv: KVNamespace, date: string) => readJson<Edition>(kv, editionKey(date), isEdition)
/** The archive's index; before the first publish, an empty one. */
export async function readArchiveIndex(kv: KVNamespace): Promise<{ ok: true; value: ArchiveIndex } | { ok: false }> {
  const read = await readJson<ArchiveIndex>(
    kv,
    ARCHIVE_INDEX_KEY,
    (v) => isObject(v) && Array.isArray(v.months) && Array.isArray(v.recent),
  )
  return read.ok ? { ok: true, value: read.value ?? { months: [], recent: [] } } : read
}
export const readArchiveMonth = (kv: KVNamespace, month: string) =>
  readJson<ArchiveMonth>(kv, archiveMonthKey(month), (v) => isObject(v) && Array.isArray(v.issues))

/** The last week's 快讯; before the first, none. */
export async function readNews(kv: KVNamespace): Promise<{ ok: true; value: RecentNews } | { ok: false }> {
  const read = await readJson<RecentNews>(kv, NEWS_KEY, (v) => isObject(v) && Array.isArray(v.items))
  return read.ok ? { ok: true, value: read.value ?? { items: [], modified: '' } } : read
}
export const readFlash = (kv: KVNamespace, id: string) =>
  readJson<FlashItem>(kv, flashKey(id), (v) => isObject(v) && typeof v.title === 'string')

/** One version of a day's edition, under its immutable key: what a preview shows. */
export const readIssueVersion = (kv: KVNamespace, date: string, version: string) =>
  readJson<Edition>(kv, issueKey(date, version), isEdition)
/** A version of an edition as the publisher wrote it, with the moment it may be served from. */
export const readIssueText = (kv: KVNamespace, key: string) =>
  fromStore('KV', `get ${key}`, () => kv.getWithMetadata<{ publishAt?: string }>(key))
