// All KV reads live here. Keys come only from kv-keys (fixed prefixes) and validated parameters.
// Corrupt or missing values are reported as such, never thrown at the reader.
import type { Archive, Edition, Latest } from '../core/model'
import type { SearchIndex } from '../core/search'
import { ARCHIVE_KEY, LATEST_KEY, SEARCH_KEY, editionKey } from '../core/kv-keys'

type Read<T> = { ok: true; value: T | null } | { ok: false }

/**
 * The last value parsed under each fixed key, while this isolate lives. Values are never mutated,
 * so an unchanged text gives back the same object, and the search index keeps its per-object
 * caches. Per-day keys are not kept: there is one for every day in the archive.
 */
const parsed = new Map<string, { text: string; value: unknown }>()
const FIXED = new Set([LATEST_KEY, ARCHIVE_KEY, SEARCH_KEY])

async function readJson<T>(kv: KVNamespace, key: string, valid: (v: unknown) => boolean): Promise<Read<T>> {
  const text = await kv.get(key)
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
export const readArchive = (kv: KVNamespace) =>
  readJson<Archive>(kv, ARCHIVE_KEY, (v) => isObject(v) && Array.isArray(v.issues) && Array.isArray(v.history))
export const readSearch = (kv: KVNamespace) =>
  readJson<SearchIndex>(kv, SEARCH_KEY, (v) => isObject(v) && Array.isArray(v.docs) && isObject(v.postings))
