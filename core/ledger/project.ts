// Makes KV show what the ledger says: the pages of the days whose time has come (or that a
// rollback took down), their months of the archive, its index, and `latest` last. Pure:
// catch-up.ts carries it out, for the publisher and the worker's cron trigger alike.
import { ARCHIVE_INDEX_KEY, archiveMonthKey, editionKey, issueKey, type KvOp, LATEST_KEY } from '../kv-keys'
import type { ArchiveIndex, ArchiveMonth, Edition, IssueEntry, Photo } from '../model'
import { docsStatements, removeDocs } from './search-rows'
import { type DayRow, type LiveDay, markLive, monthCounts, monthsDays, newestLive, RECENT } from './sql'
import type { Statement } from './statement'

export interface ProjectionInput {
  now: string
  /** The days going live, changing or going away now. */
  due: DayRow[]
  /** Every day of the months they fall in. */
  months: DayRow[]
  /** Live issues per month before. */
  counts: ArchiveIndex['months']
  /** The newest live days before: at least RECENT + due.length of them. */
  newest: LiveDay[]
}

export interface Projection {
  /** In order: the days' pages, the months, the index, then `latest`. */
  kv: KvOp[]
  /** Run after the KV writes: the ledger records what readers see, and search follows it. */
  finalize: Statement[]
  /** The edition `latest` will show, when it changes. */
  latest?: { date: string; version: string }
}

const monthOf = (date: string) => date.slice(0, 7)
const editionRef = (date: string, version: string) => `${date}/${version}`

/** The reads a projection needs besides the due days: every day of their months, the counts, the newest. */
export const projectionReads = (due: DayRow[]) => ({
  months: monthsDays([...new Set(due.map((d) => monthOf(d.date)))]),
  counts: monthCounts(),
  newest: newestLive(RECENT + 1 + due.length),
})

/**
 * The JSON of every edition a projection needs: those at hand in `have`, the rest read with `get`
 * from KV's immutable keys (issue/<date>/<version>). A missing one is an error: the ledger names
 * an upload that KV does not hold.
 */
export async function loadEditions(
  input: ProjectionInput,
  have: Map<string, string>,
  get: (key: string) => Promise<string | null>,
): Promise<Map<string, string>> {
  for (const ref of editionsNeeded(input)) {
    if (have.has(ref)) continue
    const [date = '', version = ''] = ref.split('/')
    const text = await get(issueKey(date, version))
    if (text === null) throw new Error(`KV 里没有 ${issueKey(date, version)}：请再发布一次这一天的内容`)
    have.set(ref, text.trim())
  }
  return have
}

/** The editions a projection needs the JSON of (from KV's immutable keys, or at hand). */
export function editionsNeeded(input: ProjectionInput): string[] {
  const refs = input.due.flatMap((d) => (d.version ? [editionRef(d.date, d.version)] : []))
  const top = newestAfter(input)[0]
  if (top && !input.due.some((d) => d.date === top.date)) refs.push(editionRef(top.date, top.version))
  return refs
}

/** The newest live days once the due ones have gone live or away, newest first. */
function newestAfter({ due, newest, now }: ProjectionInput) {
  const changing = new Set(due.map((d) => d.date))
  const after = newest.filter((n) => !changing.has(n.date))
  for (const d of due) if (d.version) after.push({ date: d.date, version: d.version, live_at: d.live_at ?? now })
  return after.sort((a, b) => b.date.localeCompare(a.date))
}

function entryAfter(row: DayRow, due: boolean, now: string): IssueEntry | undefined {
  const version = due ? row.version : row.live_version
  if (!version) return undefined
  const thumb = due ? row.thumb : row.live_thumb
  const photoBytes = due ? row.photo_bytes : row.live_photo_bytes
  return {
    date: row.date,
    version,
    lead: (due ? row.lead : row.live_lead) ?? '',
    articles: (due ? row.articles : row.live_articles) ?? 0,
    bytes: (due ? row.bytes : row.live_bytes) ?? 0,
    modified: due ? now : (row.modified_at ?? row.live_at ?? now),
    ...(thumb ? { thumb: JSON.parse(thumb) as Photo } : {}),
    ...(photoBytes ? { photoBytes } : {}),
  }
}

/** `editions` holds the JSON of each edition editionsNeeded() names, by "date/version". */
export function project(input: ProjectionInput, editions: Map<string, string>): Projection {
  const { now, due } = input
  const json = (date: string, version: string) => {
    const text = editions.get(editionRef(date, version))
    if (text === undefined) throw new Error(`缺少 ${date} 的版本 ${version}：请再发布一次这一天的内容`)
    return text
  }
  const kv: KvOp[] = due.map((d) =>
    d.version ? { key: editionKey(d.date), value: json(d.date, d.version) } : { key: editionKey(d.date), delete: true },
  )

  // The months the due days fall in, rebuilt whole; the index, from the counts of the others.
  const dueDates = new Set(due.map((d) => d.date))
  const counts = new Map(input.counts.map((c) => [c.month, c]))
  for (const month of new Set(due.map((d) => monthOf(d.date)))) {
    const issues = input.months
      .filter((row) => monthOf(row.date) === month)
      .flatMap((row) => entryAfter(row, dueDates.has(row.date), now) ?? [])
      .sort((a, b) => b.date.localeCompare(a.date))
    if (issues.length === 0) {
      kv.push({ key: archiveMonthKey(month), delete: true })
      counts.delete(month)
      continue
    }
    kv.push({ key: archiveMonthKey(month), value: JSON.stringify({ month, issues } satisfies ArchiveMonth) })
    const modified =
      issues
        .map((e) => e.modified)
        .sort()
        .at(-1) ?? ''
    counts.set(month, { month, issues: issues.length, modified })
  }
  const newest = newestAfter(input)
  const index: ArchiveIndex = {
    months: [...counts.values()].sort((a, b) => b.month.localeCompare(a.month)),
    recent: newest.slice(0, RECENT).map(({ date, version }) => ({ date, version })),
  }
  kv.push({ key: ARCHIVE_INDEX_KEY, value: JSON.stringify(index) })

  const [top] = newest
  const before = input.newest[0]
  // A day's search rows change with what readers see: a correction waiting for its time hides nothing.
  const finalize = due.flatMap((d) => [
    markLive(d, now),
    ...(d.version ? docsStatements(JSON.parse(json(d.date, d.version)) as Edition) : removeDocs(d.date)),
  ])
  if (!top) kv.push({ key: LATEST_KEY, delete: true })
  else if (top.date !== before?.date || top.version !== before.version) {
    const edition = json(top.date, top.version)
    // The edition's JSON with publishedAt added, without parsing it again.
    kv.push({ key: LATEST_KEY, value: `${edition.slice(0, -1)},"publishedAt":${JSON.stringify(top.live_at)}}` })
    return { kv, finalize, latest: { date: top.date, version: top.version } }
  }
  return { kv, finalize }
}
