// The KV layout, shared by the publisher (writes) and the worker (reads).
// Versioned keys are immutable. The mutable ones hold whole editions, so any page costs one read;
// `latest` is always written last.

/** Latest: the live edition (every article of the newest issue). */
export const LATEST_KEY = 'latest'
/** Archive: published issues, newest first, and the history of `latest` for rollback. */
export const ARCHIVE_KEY = 'archive'
/** SearchIndex over every issue in the archive. */
export const SEARCH_KEY = 'search'

/** Edition: the current version of one day's issue. */
export const editionKey = (date: string) => `edition/${date}`
/** Edition, one version of it, never rewritten. */
export const issueKey = (date: string, version: string) => `issue/${date}/${version}`

/** One key-value pair as `wrangler kv bulk put` takes it. */
export interface KvEntry {
  key: string
  value: string
}

/** One write, for a KV binding: a put, or a delete. */
export type KvOp = KvEntry | { key: string; delete: true }
