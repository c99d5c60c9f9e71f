// The ledger's SQL (migrations/ holds its tables), shared by the publisher and the worker's
// cron trigger, so both read and change it the same way. Each read declares its rows' type here.
import type { ArchiveIndex } from '../model'
import { type Query, query, type Statement, sql } from './statement'

/** How many of the newest days the archive's index lists with their versions. */
export const RECENT = 14

/** A day as the ledger holds it, with the size and lead of both its versions. */
export interface DayRow {
  date: string
  version: string | null
  live_version: string | null
  publish_at: string
  live_at: string | null
  modified_at: string | null
  lead: string | null
  articles: number | null
  bytes: number | null
  live_lead: string | null
  live_articles: number | null
  live_bytes: number | null
  /** The thumbnail (a Photo as JSON), or null. */
  thumb: string | null
  live_thumb: string | null
  /** The images a phone keeps with the edition, in bytes (core/offline/kept-size.ts), or null. */
  photo_bytes: number | null
  live_photo_bytes: number | null
}

const DAY_COLUMNS = `y.date, y.version, y.live_version, y.publish_at, y.live_at, y.modified_at,
  e.lead, e.articles, e.bytes, l.lead AS live_lead, l.articles AS live_articles, l.bytes AS live_bytes,
  e.thumb, l.thumb AS live_thumb, e.photo_bytes, l.photo_bytes AS live_photo_bytes
  FROM days y
  LEFT JOIN editions e ON e.date = y.date AND e.version = y.version
  LEFT JOIN editions l ON l.date = y.date AND l.version = y.live_version`

/** Days KV has not caught up with whose time has come (uses the partial index days_pending). */
export const dueDays = (now: string): Query<DayRow> =>
  query(`SELECT ${DAY_COLUMNS} WHERE y.live_version IS NOT y.version AND y.publish_at <= ? ORDER BY y.date`, now)

/** Every day of the months given (YYYY-MM). */
export const monthsDays = (months: string[]): Query<DayRow> =>
  query(
    `SELECT ${DAY_COLUMNS} WHERE substr(y.date, 1, 7) IN (SELECT value FROM json_each(?)) ORDER BY y.date`,
    JSON.stringify(months),
  )

/** Live issues per month, and when each month last changed. */
export const monthCounts = (): Query<ArchiveIndex['months'][number]> =>
  query(`SELECT substr(date, 1, 7) AS month, count(*) AS issues, max(coalesce(modified_at, live_at)) AS modified
    FROM days WHERE live_version IS NOT NULL GROUP BY month`)

export interface LiveDay {
  date: string
  version: string
  live_at: string
}
/** The newest live days. */
export const newestLive = (limit: number): Query<LiveDay> =>
  query(
    'SELECT date, live_version AS version, live_at FROM days WHERE live_version IS NOT NULL ORDER BY date DESC LIMIT ?',
    limit,
  )

/** What the publisher compares the content with: every day as the ledger has it. */
export interface DayState {
  date: string
  version: string | null
  source: string | null
  publish_at: string
  live_version: string | null
}
export const allDays = (): Query<DayState> => query('SELECT date, version, source, publish_at, live_version FROM days')

/**
 * Names a table or column of each of the newest migrations (0004: 快讯, 0005: pushes, 0006: 往期's
 * thumbnails, 0007: search's titles, 0008: what keeping an issue costs): read first by a run,
 * it fails on a state made before them, which is then migrated (publish/storage.ts firstRead).
 */
export const newestTables = (): Query<{
  flash: number | null
  push: number | null
  thumb: string | null
  photo_bytes: number | null
  tags: string | null
}> =>
  query(`SELECT (SELECT 1 FROM flash LIMIT 1) AS flash, (SELECT 1 FROM push_jobs LIMIT 1) AS push,
    (SELECT thumb FROM editions LIMIT 1) AS thumb, (SELECT photo_bytes FROM editions LIMIT 1) AS photo_bytes,
    (SELECT tags FROM docs LIMIT 1) AS tags`)

/** The next publish's number. */
export const nextPublish = (): Query<{ id: number }> => query('SELECT coalesce(max(id), 0) + 1 AS id FROM publishes')

export interface PublishRow {
  id: number
  at: string
  by: string
  /** Publishes not undone, this one included. */
  standing: number
}
/** The last publish not undone. */
export const lastPublish = (): Query<PublishRow> =>
  query(`SELECT id, at, by, (SELECT count(*) FROM publishes WHERE undone_at IS NULL) AS standing
    FROM publishes WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`)

export interface ChangeRow {
  date: string
  before_version: string | null
  before_source: string | null
  before_publish_at: string | null
  after_version: string | null
  now_version: string | null
}
/** What the last publish not undone changed. */
export const lastChanges = (): Query<ChangeRow> =>
  query(`SELECT c.date, c.before_version, c.before_source, c.before_publish_at, c.after_version, y.version AS now_version
    FROM changes c LEFT JOIN days y ON y.date = c.date
    WHERE c.publish = (SELECT max(id) FROM publishes WHERE undone_at IS NULL) ORDER BY c.date`)

export interface LockRow {
  holder: string
  since: string
  expires: string
}
/** Takes the lock if it is free, expired or already ours. */
export const takeLock = (holder: string, now: string, expires: string): Statement =>
  sql(
    `INSERT INTO lock (id, holder, since, expires) VALUES (1, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, since = excluded.since, expires = excluded.expires
    WHERE lock.expires < ? OR lock.holder = excluded.holder`,
    holder,
    now,
    expires,
    now,
  )
/** Who holds the lock. */
export const lockHolder = (): Query<LockRow> => query('SELECT holder, since, expires FROM lock')

export const releaseLock = (holder: string) => sql('DELETE FROM lock WHERE holder = ?', holder)
export const breakLock = () => sql('DELETE FROM lock')

/**
 * Statements that run only while `holder` holds an unexpired lock: the first fails (NOT NULL)
 * otherwise, and the whole batch rolls back with it. `expires`: the lock's new expiry, pushed on
 * by every guarded write, so a long import keeps its lock.
 */
export function guarded(holder: string, now: string, statements: Statement[], expires?: string): Statement[] {
  return [
    sql(
      'INSERT INTO lock_guard (holder) VALUES ((SELECT holder FROM lock WHERE id = 1 AND holder = ? AND expires >= ?))',
      holder,
      now,
    ),
    ...(expires ? [sql('UPDATE lock SET expires = ? WHERE id = 1 AND holder = ?', expires, holder)] : []),
    ...statements,
    sql('DELETE FROM lock_guard'),
  ]
}

/** Once KV shows a day as the ledger has it: live from now, or gone (a rollback took it down). */
export function markLive(day: { date: string; version: string | null }, now: string): Statement {
  if (day.version === null) return sql('DELETE FROM days WHERE date = ? AND version IS NULL', day.date)
  return sql(
    `UPDATE days SET live_version = version, live_at = coalesce(live_at, ?),
      modified_at = CASE WHEN live_version IS NULL THEN modified_at ELSE ? END
    WHERE date = ? AND version = ?`,
    now,
    now,
    day.date,
    day.version,
  )
}

export type { Query, SqlValue, Statement } from './statement'
