// What a publish or a rollback changes in the ledger, decided from the compiled content and the
// ledger as it is. Pure: no I/O, so the rules are easy to test. What KV then shows follows from
// the ledger (core/ledger/project.ts).

import { issueKey, type KvEntry } from '../core/kv-keys'
import { type FlashChange, type FlashInput, type FlashState, planFlash } from '../core/ledger/flash'
import type { ChangeRow, DayState } from '../core/ledger/sql'
import { type Statement, sql } from '../core/ledger/statement'
import type { Edition } from '../core/model'
import type { CompiledIssue } from './compile/issue'
import type { PhotoFile } from './compile/photos'
import type { PrintFile } from './compile/prints'
import { publishAtOf } from './schedule'
import type { DaySource } from './sources'

/** A day of content to publish: its edition, the hash of its files, when it goes live, its photos. */
export interface DayToPublish {
  edition: Edition
  source: string
  publishAt: string
  photos: PhotoFile[]
  prints: PrintFile[]
}

/** Compiled issues as days to publish, each with the hash of its day's files. */
export function daysToPublish(compiled: CompiledIssue[], sources: DaySource[]): DayToPublish[] {
  const hashOf = new Map(sources.map((d) => [d.date, d.hash]))
  return compiled.map((c) => ({
    edition: { issue: c.issue, articles: c.articles },
    source: hashOf.get(c.issue.date)!,
    publishAt: publishAtOf(c),
    photos: c.sources.flatMap((s) => s.photos),
    prints: c.prints,
  }))
}

/** What happens to one day. */
export interface DayChange {
  date: string
  /** The version the day will show; null: taken down. */
  version: string | null
  publishAt: string
  /** The version shown before; null: the day is new. */
  before: string | null
}

export interface Plan {
  /** The photos of the editions uploaded, rendered and written to R2 before anything names them. */
  photos: PhotoFile[]
  /** The print PDFs of the editions and their page images, likewise. */
  prints: PrintFile[]
  /** Immutable keys (issue/<date>/<version>), uploaded first: nothing points at them yet. */
  uploads: KvEntry[]
  /** The ledger's changes, one transaction. */
  ledger: Statement[]
  changes: DayChange[]
  /** JSON of the editions at hand, by "date/version". */
  editions: Map<string, string>
  /** The 快讯 it publishes, changes or retracts. */
  flash: FlashChange[]
}

const entryOf = (edition: Edition, json: string) => ({
  lead: edition.issue.pages[0]?.articles[0]?.title ?? '',
  articles: edition.articles.length,
  bytes: new TextEncoder().encode(json).length,
  // 往期's thumbnail: the lead story's photo, or the first of the front 版's.
  thumb: edition.issue.pages[0]?.articles.find((a) => a.thumb)?.thumb,
})

export function planPublish(
  days: DayToPublish[],
  state: Map<string, DayState>,
  now: string,
  publish: { id: number; by: string },
): Plan {
  const plan: Plan = { photos: [], prints: [], uploads: [], ledger: [], changes: [], editions: new Map(), flash: [] }
  for (const { edition, source, publishAt, photos, prints } of days) {
    const { date, version } = edition.issue
    const was = state.get(date)
    if (was?.version === version && was.publish_at === publishAt) {
      // The files changed but not what they say (a comment, say): only the hash is recorded.
      if (was.source !== source) plan.ledger.push(sql('UPDATE days SET source = ? WHERE date = ?', source, date))
      continue
    }
    const json = JSON.stringify(edition)
    plan.editions.set(`${date}/${version}`, json)
    // When it goes live travels with it: the API serves no edition before its time.
    plan.uploads.push({ key: issueKey(date, version), value: json, metadata: { publishAt } })
    plan.photos.push(...photos)
    plan.prints.push(...prints)
    const { lead, articles, bytes, thumb } = entryOf(edition, json)
    plan.changes.push({ date, version, publishAt, before: was?.version ?? null })
    plan.ledger.push(
      sql(
        'INSERT OR IGNORE INTO editions (date, version, lead, articles, bytes, uploaded_at, thumb) VALUES (?, ?, ?, ?, ?, ?, ?)',
        date,
        version,
        lead,
        articles,
        bytes,
        now,
        thumb ? JSON.stringify(thumb) : null,
      ),
      sql(
        `INSERT INTO changes (publish, date, before_version, before_source, before_publish_at, after_version)
        VALUES (?, ?, ?, ?, ?, ?)`,
        publish.id,
        date,
        was?.version ?? null,
        was?.source ?? null,
        was?.publish_at ?? null,
        version,
      ),
      sql(
        `INSERT INTO days (date, version, source, publish_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (date) DO UPDATE SET version = excluded.version, source = excluded.source, publish_at = excluded.publish_at`,
        date,
        version,
        source,
        publishAt,
      ),
    )
  }
  if (plan.changes.length > 0) {
    plan.ledger.unshift(sql('INSERT INTO publishes (id, at, by) VALUES (?, ?, ?)', publish.id, now, publish.by))
  }
  return plan
}

/** Adds the 快讯 a publish changes to its plan (and the publish itself, if it changes nothing else). */
export function withFlash(
  plan: Plan,
  items: FlashInput[],
  state: FlashState[],
  now: string,
  publish: { id: number; by: string },
): Plan {
  const flash = planFlash(items, state, now, publish.id)
  if (flash.changes.length === 0) return plan
  const opened = plan.changes.length > 0
  return {
    ...plan,
    ledger: [
      ...(opened ? [] : [sql('INSERT INTO publishes (id, at, by) VALUES (?, ?, ?)', publish.id, now, publish.by)]),
      ...plan.ledger,
      ...flash.statements,
    ],
    flash: flash.changes,
  }
}

/**
 * Undoes a publish whole: every day it changed shows again what it showed before (its earlier
 * version, read back from KV by the caller into `restored`), or goes away if it was new.
 */
export function planRollback(id: number, changes: ChangeRow[], restored: Map<string, Edition>, now: string): Plan {
  // The versions restored were published before: their photos and prints are in R2 already.
  const plan: Plan = { photos: [], prints: [], uploads: [], ledger: [], changes: [], editions: new Map(), flash: [] }
  for (const c of changes) {
    if (c.now_version !== c.after_version) {
      throw new Error(`${c.date} 在第 ${id} 次发布之后又改过：不能撤销，请改好这一天的内容再发布`)
    }
    if (c.before_version === null) {
      plan.changes.push({ date: c.date, version: null, publishAt: now, before: c.after_version })
      plan.ledger.push(
        sql('UPDATE days SET version = NULL, source = NULL, publish_at = ? WHERE date = ?', now, c.date),
        // A day that never went live has nothing to take down: it goes from the ledger at once.
        sql('DELETE FROM days WHERE date = ? AND version IS NULL AND live_version IS NULL', c.date),
      )
      continue
    }
    const publishAt = c.before_publish_at ?? now
    plan.changes.push({ date: c.date, version: c.before_version, publishAt, before: c.after_version })
    plan.ledger.push(
      sql(
        'UPDATE days SET version = ?, source = ?, publish_at = ? WHERE date = ?',
        c.before_version,
        c.before_source,
        publishAt,
        c.date,
      ),
    )
    // A publish that changed only when a day goes live (its version is made of its content, not
    // its schedule) kept the day's version: there is nothing to bring back.
    if (c.before_version === c.after_version) continue
    const edition = restored.get(c.date)
    if (!edition) throw new Error(`KV 里没有 ${c.date} 之前的版本（${c.before_version}），无法恢复`)
    plan.editions.set(`${c.date}/${c.before_version}`, JSON.stringify(edition))
  }
  plan.ledger.push(sql('UPDATE publishes SET undone_at = ? WHERE id = ?', now, id))
  return plan
}
