// The KV layout, shared by the publisher (writes) and the worker (reads).
// Versioned keys are immutable; only `latest` and `archive` ever change, and `latest` changes last.

/** LatestPointer: the live issue. */
export const LATEST_KEY = 'latest'
/** Archive: published issues, newest first, and the pointer history for rollback. */
export const ARCHIVE_KEY = 'archive'

/** Issue (版面 and article summaries) of one version of one day's issue. */
export const issueKey = (date: string, version: string) => `issue/${date}/${version}`
/** Article with its body. */
export const articleKey = (date: string, id: string, version: string) => `article/${date}/${id}/${version}`

/** One key-value pair as `wrangler kv bulk put` takes it. */
export interface KvEntry {
  key: string
  value: string
}
