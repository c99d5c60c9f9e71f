// Decides what a publish or a rollback writes, from the compiled content and what KV holds now.
// Pure: no I/O, so the rules (skip what exists, `latest` last, rollback) are easy to test.
import type { Archive, Edition, IssueEntry, Latest } from '../core/model'
import type { SearchIndex } from '../core/search'
import { SEARCH_KEY, editionKey, issueKey, type KvEntry } from '../core/kv-keys'
import { withEditions } from './search-docs'

interface Current {
  archive: Archive | null
  latest: Latest | null
  search: SearchIndex | null
}

export interface Plan {
  /** Versioned keys, editions and the search index: one bulk write. */
  entries: KvEntry[]
  /**
   * Written after the bulk write has succeeded: a retry after a failed publish finds the issue
   * still missing from the archive and writes all of it again.
   */
  archive?: Archive
  /** Written last, so readers never see half an issue. */
  latest?: { date: string; version: string; publishedAt: string }
  /** Removed after `latest` has moved (a rolled-back day with no earlier version). */
  deletes: string[]
}

type HistoryEntry = Archive['history'][number]
const HISTORY_LIMIT = 60
const json = (value: unknown) => JSON.stringify(value)

/** The archive's line for an edition; `text` is its JSON when the caller has it already. */
function entryOf(edition: Edition, text = json(edition)): IssueEntry {
  const { issue, articles } = edition
  const lead = issue.pages[0]?.articles[0]
  const bytes = new TextEncoder().encode(text).length
  return { date: issue.date, version: issue.version, lead: lead?.title ?? '', articles: articles.length, bytes }
}

export function planPublish(editions: Edition[], current: Current, now: Date): Plan {
  const archive: Archive = current.archive ?? { issues: [], history: [] }
  const published = new Set(archive.issues.map((e) => `${e.date}/${e.version}`))
  const fresh = editions.filter(({ issue }) => !published.has(`${issue.date}/${issue.version}`))
  const entries: KvEntry[] = fresh.flatMap((e) => {
    const text = json(e)
    return [
      { key: issueKey(e.issue.date, e.issue.version), value: text },
      { key: editionKey(e.issue.date), value: text },
    ]
  })

  const newest = editions.reduce<Edition | undefined>((a, b) => (!a || b.issue.date > a.issue.date ? b : a), undefined)
  const top = archive.history.at(-1)
  const target = newest && (!top || newest.issue.date >= top.date) ? entryOf(newest) : top
  const pointerMoves = target !== undefined && (top?.date !== target.date || top.version !== target.version)

  const plan: Plan = { entries, deletes: [] }
  const history = pointerMoves
    ? [...archive.history, { ...target, publishedAt: now.toISOString() }].slice(-HISTORY_LIMIT)
    : archive.history
  if (fresh.length > 0) entries.push({ key: SEARCH_KEY, value: json(withEditions(current.search, fresh)) })
  if (fresh.length > 0 || pointerMoves)
    plan.archive = { issues: newestFirst([...byDate(archive, fresh).values()]), history }
  const live = history.at(-1)
  if (live && (current.latest?.issue.date !== live.date || current.latest.issue.version !== live.version)) {
    plan.latest = { date: live.date, version: live.version, publishedAt: live.publishedAt }
  }
  return plan
}

/** The version a rollback brings back for the day it undoes, if that day was published before. */
export function earlierVersionOfUndone(archive: Archive | null): HistoryEntry | undefined {
  const history = archive?.history ?? []
  return history
    .slice(0, -1)
    .filter((h) => h.date === history.at(-1)?.date)
    .at(-1)
}

/**
 * Moves `latest` back one publish. The undone day leaves the archive, its pages and the search
 * index, unless an earlier version of it was published: then `back`, that version read from its
 * versioned key by the caller, comes back.
 */
export function planRollback(archive: Archive | null, search: SearchIndex | null, back: Edition | undefined): Plan {
  const history = archive?.history ?? []
  const undone = history.at(-1)
  const previous = history.at(-2)
  if (!archive || !undone || !previous)
    throw new Error('nothing to roll back to: only one issue has ever been the latest')
  const kept = history.slice(0, -1)
  const others = archive.issues.filter((e) => e.date !== undone.date)
  const entries: KvEntry[] = [{ key: SEARCH_KEY, value: json(withEditions(search, back ? [back] : [], [undone.date])) }]
  if (back) entries.unshift({ key: editionKey(undone.date), value: json(back) })
  return {
    entries,
    archive: { issues: newestFirst(back ? [...others, entryOf(back)] : others), history: kept },
    latest: { date: previous.date, version: previous.version, publishedAt: previous.publishedAt },
    deletes: back ? [] : [editionKey(undone.date)],
  }
}

function byDate(archive: Archive, fresh: Edition[]): Map<string, IssueEntry> {
  const map = new Map(archive.issues.map((e) => [e.date, e]))
  for (const e of fresh) map.set(e.issue.date, entryOf(e))
  return map
}

function newestFirst(entries: IssueEntry[]): IssueEntry[] {
  return entries.sort((a, b) => b.date.localeCompare(a.date))
}
