// The KV layout, written by the publisher (and by the worker's cron trigger when a scheduled
// issue goes live) and read by the worker. Versioned keys are immutable; the mutable ones hold
// whole editions, so any page of an issue costs one read; `latest` is always written last. No
// value grows with the archive: it is split by month, and searched in D1.

/** Latest: the live edition (every article of the newest live issue). */
export const LATEST_KEY = 'latest'
/** ArchiveIndex: every month and the newest days' versions. */
export const ARCHIVE_INDEX_KEY = 'archive/index'
/** ArchiveMonth: one month's issues. */
export const archiveMonthKey = (month: string) => `archive/${month}`

/** Edition: the current version of one day's issue, present once it is live. */
export const editionKey = (date: string) => `edition/${date}`
/** Edition, one version of it, never rewritten; uploaded before it goes live. */
export const issueKey = (date: string, version: string) => `issue/${date}/${version}`

/** RecentNews: the 快讯 of the last week, what the front page, /news, the API and the feed read. */
export const NEWS_KEY = 'news/recent'
/** FlashItem: one 快讯, while it is live (its own page, /news/<id>, at any age). */
export const flashKey = (id: string) => `news/item/${id}`

/** One key-value pair, with the metadata KV keeps beside it. */
export interface KvEntry {
  key: string
  value: string
  metadata?: Record<string, string>
}

/** One write, for a KV binding: a put, or a delete. */
export type KvOp = KvEntry | { key: string; delete: true }
