// 快讯 in the ledger (migrations/0004_flash.sql) and in KV: what a publish changes, what a rollback
// restores, and how KV is made to show them (each live item's own key, then the last week's list),
// for the publisher and the worker's cron trigger alike. Pure but for the SQL it names.
import { flashKey, type KvOp, NEWS_KEY } from '../kv-keys'
import type { FlashItem, RecentNews } from '../model'
import { urls } from '../urls'
import { type Query, query, type Statement, sql } from './statement'

/** How far back the list of 快讯 reaches: /news shows a week. */
export const NEWS_DAYS = 7
/** An item goes to phones only if it goes live within this of its time: a late, backdated one is not pushed. */
export const PUSH_WITHIN_MS = 60 * 60_000
/** The most items the list holds, however busy the week. */
const NEWS_MAX = 200

/** An item as the ledger holds it. */
export interface FlashState {
  id: string
  version: string | null
  time: string
}
export const allFlash = (): Query<FlashState> => query('SELECT id, version, time FROM flash')

/** A 快讯 as the publisher compiled it: its time only where its file gives one. */
export interface FlashInput {
  item: Omit<FlashItem, 'time'> & { time?: string }
  version: string
}

export interface FlashChange {
  id: string
  /** null: retracted. */
  version: string | null
  time: string
  before: string | null
}

/**
 * What a publish changes: new and changed items (an item without a time goes live now), and the
 * items whose files are gone (retracted now).
 */
export function planFlash(
  items: FlashInput[],
  state: FlashState[],
  now: string,
  publish: number,
): { statements: Statement[]; changes: FlashChange[] } {
  const was = new Map(state.map((s) => [s.id, s]))
  const statements: Statement[] = []
  const changes: FlashChange[] = []
  const record = (id: string, version: string | null, time: string) => {
    const before = was.get(id)
    changes.push({ id, version, time, before: before?.version ?? null })
    statements.push(
      sql(
        `INSERT INTO flash_changes (publish, id, before_version, before_time, after_version) VALUES (?, ?, ?, ?, ?)`,
        publish,
        id,
        before?.version ?? null,
        before?.time ?? null,
        version,
      ),
      sql(
        `INSERT INTO flash (id, version, time) VALUES (?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET version = excluded.version, time = excluded.time`,
        id,
        version,
        time,
      ),
    )
  }
  for (const { item, version } of items) {
    if (was.get(item.id)?.version === version) continue
    const { time, ...rest } = item
    statements.push(
      sql(
        'INSERT OR IGNORE INTO flash_versions (id, version, json) VALUES (?, ?, ?)',
        item.id,
        version,
        JSON.stringify(rest),
      ),
    )
    record(item.id, version, time ?? now)
  }
  const named = new Set(items.map((i) => i.item.id))
  for (const s of state) if (s.version !== null && !named.has(s.id)) record(s.id, null, now)
  return { statements, changes }
}

export interface FlashChangeRow {
  id: string
  before_version: string | null
  before_time: string | null
  after_version: string | null
  now_version: string | null
}
/** What the last publish not undone changed in 快讯. */
export const lastFlashChanges = (): Query<FlashChangeRow> =>
  query(`SELECT c.id, c.before_version, c.before_time, c.after_version, f.version AS now_version
    FROM flash_changes c LEFT JOIN flash f ON f.id = c.id
    WHERE c.publish = (SELECT max(id) FROM publishes WHERE undone_at IS NULL) ORDER BY c.id`)

/** A rollback: each item the publish changed shows again what it showed before, from now. */
export function rollbackFlash(publish: number, changes: FlashChangeRow[], now: string): Statement[] {
  return changes.map((c) => {
    if (c.now_version !== c.after_version)
      throw new Error(`快讯 ${c.id} 在第 ${publish} 次发布之后又改过：不能撤销，请改好它的文件再发布`)
    return sql('UPDATE flash SET version = ?, time = ? WHERE id = ?', c.before_version, c.before_time ?? now, c.id)
  })
}

/** An item KV has not caught up with, whose time has come. */
export interface DueFlash {
  id: string
  version: string | null
  time: string
  json: string | null
}
export const dueFlash = (now: string): Query<DueFlash> =>
  query(
    `SELECT f.id, f.version, f.time, v.json FROM flash f
    LEFT JOIN flash_versions v ON v.id = f.id AND v.version = f.version
    WHERE f.live_version IS NOT f.version AND f.time <= ? ORDER BY f.time`,
    now,
  )

/** What readers see once the due items are live: each item's version whose time has come, else its live one. */
export const shownFlash = (now: string): Query<{ json: string; time: string }> =>
  query(
    `SELECT v.json, CASE WHEN f.time <= ?1 THEN f.time ELSE f.live_time END AS time FROM flash f
    JOIN flash_versions v ON v.id = f.id
      AND v.version = CASE WHEN f.time <= ?1 THEN f.version ELSE f.live_version END
    WHERE (CASE WHEN f.time <= ?1 THEN f.time ELSE f.live_time END) >= ?2
    ORDER BY time DESC LIMIT ${NEWS_MAX}`,
    now,
    new Date(Date.parse(now) - NEWS_DAYS * 86_400_000).toISOString(),
  )

const itemOf = (json: string, time: string): FlashItem => ({ ...(JSON.parse(json) as FlashItem), time })

/** KV for the due items (their own keys, then the week's list) and the ledger's record of it. */
export function projectFlash(
  due: DueFlash[],
  shown: Array<{ json: string; time: string }>,
  now: string,
): { kv: KvOp[]; finalize: Statement[]; live: FlashItem[] } {
  const kv: KvOp[] = due.map((d) =>
    d.json
      ? { key: flashKey(d.id), value: JSON.stringify(itemOf(d.json, d.time)) }
      : { key: flashKey(d.id), delete: true },
  )
  const recent: RecentNews = { items: shown.map((s) => itemOf(s.json, s.time)), modified: now }
  kv.push({ key: NEWS_KEY, value: JSON.stringify(recent) })
  // A retracted item keeps its row (version NULL), so that --rollback can bring it back.
  const finalize = due.map((d) =>
    sql(
      'UPDATE flash SET live_version = version, live_time = time, live_at = ? WHERE id = ? AND version IS ?',
      now,
      d.id,
      d.version,
    ),
  )
  const live = due.flatMap((d) => (d.json ? [itemOf(d.json, d.time)] : []))
  // Pushed once, when first live, and only while it is news (worker/push/ takes it from here).
  const fresh = new Date(Date.parse(now) - PUSH_WITHIN_MS).toISOString()
  for (const item of live)
    if (item.push && item.time >= fresh)
      finalize.push(
        sql(
          'INSERT OR IGNORE INTO push_jobs (item_id, title, body, url, created_at) VALUES (?, ?, ?, ?, ?)',
          item.id,
          item.title,
          item.body,
          urls.newsItem(item.id),
          now,
        ),
      )
  return { kv, finalize, live }
}
