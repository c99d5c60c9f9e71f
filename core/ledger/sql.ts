// The ledger's SQL (migrations/ holds its tables), shared by the publisher and the worker's
// cron trigger, so both read and change it the same way.
import { type Statement, type SqlValue, sql } from './statement'

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
}

const DAY_COLUMNS = `y.date, y.version, y.live_version, y.publish_at, y.live_at, y.modified_at,
  e.lead, e.articles, e.bytes, l.lead AS live_lead, l.articles AS live_articles, l.bytes AS live_bytes
  FROM days y
  LEFT JOIN editions e ON e.date = y.date AND e.version = y.version
  LEFT JOIN editions l ON l.date = y.date AND l.version = y.live_version`

/** Days KV has not caught up with whose time has come (uses the partial index days_pending). */
export const dueDays = (now: string) =>
  sql(`SELECT ${DAY_COLUMNS} WHERE y.live_version IS NOT y.version AND y.publish_at <= ? ORDER BY y.date`, now)

/** Every day of one month (YYYY-MM). */
export const monthDays = (month: string) =>
  sql(`SELECT ${DAY_COLUMNS} WHERE y.date >= ? AND y.date < ? ORDER BY y.date`, `${month}-01`, `${month}-32`)

/** Live issues per month, and when each month last changed. */
export const monthCounts = () =>
  sql(`SELECT substr(date, 1, 7) AS month, count(*) AS issues, max(coalesce(modified_at, live_at)) AS modified
    FROM days WHERE live_version IS NOT NULL GROUP BY month`)

/** The newest live days. */
export const newestLive = (limit: number) =>
  sql(
    'SELECT date, live_version AS version, live_at FROM days WHERE live_version IS NOT NULL ORDER BY date DESC LIMIT ?',
    limit,
  )

/** What the publisher compares the content with: every day as the ledger has it. */
export const allDays = () => sql('SELECT date, version, source, publish_at, live_version FROM days')
export interface DayState {
  date: string
  version: string | null
  source: string | null
  publish_at: string
  live_version: string | null
}

/** The next publish's number. */
export const nextPublish = () => sql('SELECT coalesce(max(id), 0) + 1 AS id FROM publishes')

/** The last publish not undone, and what it changed. */
export const lastPublish = () => [
  sql(`SELECT id, at, by, (SELECT count(*) FROM publishes WHERE undone_at IS NULL) AS standing
    FROM publishes WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`),
  sql(`SELECT c.date, c.before_version, c.before_source, c.before_publish_at, c.after_version, y.version AS now_version
    FROM changes c LEFT JOIN days y ON y.date = c.date
    WHERE c.publish = (SELECT max(id) FROM publishes WHERE undone_at IS NULL) ORDER BY c.date`),
]
export interface ChangeRow {
  date: string
  before_version: string | null
  before_source: string | null
  before_publish_at: string | null
  after_version: string | null
  now_version: string | null
}

/**
 * What a projection needs, read in one go: the due days, every day of the months given (those
 * the due days fall in), the counts per month, and the newest live days.
 */
export function projectionQueries(now: string, months: Iterable<string>, dueCount: number): Statement[] {
  return [dueDays(now), ...[...months].map(monthDays), monthCounts(), newestLive(RECENT + 1 + dueCount)]
}

/** How many of the newest days the archive's index lists with their versions. */
export const RECENT = 14

/** The lock, taken if it is free, expired or already ours; then who holds it. */
export function takeLock(holder: string, now: string, expires: string): Statement[] {
  return [
    sql(
      `INSERT INTO lock (id, holder, since, expires) VALUES (1, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, since = excluded.since, expires = excluded.expires
      WHERE lock.expires < ? OR lock.holder = excluded.holder`,
      holder,
      now,
      expires,
      now,
    ),
    sql('SELECT holder, since, expires FROM lock'),
  ]
}

export const releaseLock = (holder: string) => sql('DELETE FROM lock WHERE holder = ?', holder)
export const breakLock = () => sql('DELETE FROM lock')

/**
 * Statements that write must run between these two: the first fails (NOT NULL) unless `holder`
 * holds an unexpired lock, and the whole batch rolls back with it.
 */
export const guard = (holder: string, now: string) =>
  sql(
    'INSERT INTO lock_guard (holder) VALUES ((SELECT holder FROM lock WHERE id = 1 AND holder = ? AND expires >= ?))',
    holder,
    now,
  )
export const unguard = () => sql('DELETE FROM lock_guard')
/** Pushes a held lock's expiry on: each guarded write does, so a long import keeps its lock. */
export const extendLock = (holder: string, expires: string) =>
  sql('UPDATE lock SET expires = ? WHERE id = 1 AND holder = ?', expires, holder)

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

export type { SqlValue, Statement }
