// Decides what a publish or a rollback writes, from the compiled content and what KV holds now.
// Pure: no I/O, so the rules (skip what exists, pointer last, rollback) are easy to test.
import type { Archive, IssueEntry, LatestPointer } from './schema'
import type { CompiledIssue } from './compile/issue'
import { articleKey, issueKey, type KvEntry } from './kv-keys'

export interface Plan {
  /** Immutable, versioned keys: written first, all at once. */
  entries: KvEntry[]
  /** Written second, so the archive never lists an issue whose keys are missing. */
  archive?: Archive
  /** Written last, so readers never see half an issue. */
  latest?: LatestPointer
}

const HISTORY_LIMIT = 60

export function entryOf({ issue, articles }: CompiledIssue): IssueEntry {
  const lead = issue.pages[0]?.articles[0]
  return { date: issue.date, version: issue.version, lead: lead?.title ?? '', articles: articles.length }
}

export function planPublish(
  issues: CompiledIssue[],
  current: { archive: Archive | null; latest: LatestPointer | null },
  now: Date,
): Plan {
  const archive: Archive = current.archive ?? { issues: [], history: [] }
  const published = new Set(archive.issues.map((e) => `${e.date}/${e.version}`))
  const fresh = issues.filter(({ issue }) => !published.has(`${issue.date}/${issue.version}`))
  const entries = fresh.flatMap(({ issue, articles }) => [
    { key: issueKey(issue.date, issue.version), value: JSON.stringify(issue) },
    ...articles.map((a) => ({ key: articleKey(a.date, a.id, a.version), value: JSON.stringify(a) })),
  ])

  const newest = issues.reduce<CompiledIssue | undefined>((a, b) => (!a || b.issue.date > a.issue.date ? b : a), undefined)
  const plan: Plan = { entries }
  const top = archive.history[archive.history.length - 1]
  const target = newest && (!top || newest.issue.date >= top.date) ? entryOf(newest) : top
  const pointerMoves = target !== undefined && (top?.date !== target.date || top.version !== target.version)

  if (fresh.length > 0 || pointerMoves) {
    const byDate = new Map(archive.issues.map((e) => [e.date, e]))
    for (const i of fresh) byDate.set(i.issue.date, entryOf(i))
    const history = pointerMoves ? [...archive.history, { ...target, publishedAt: now.toISOString() }] : archive.history
    plan.archive = { issues: sortNewestFirst([...byDate.values()]), history: history.slice(-HISTORY_LIMIT) }
  }
  const live = plan.archive?.history.at(-1) ?? top
  if (live && (current.latest?.date !== live.date || current.latest.version !== live.version)) {
    plan.latest = { date: live.date, version: live.version, publishedAt: live.publishedAt }
  }
  return plan
}

/** Moves the pointer back one publish; the rolled-back issue leaves the archive unless older history holds it. */
export function planRollback(current: { archive: Archive | null }): Plan {
  const history = current.archive?.history ?? []
  const undone = history.at(-1)
  const previous = history.at(-2)
  if (!undone || !previous) throw new Error('nothing to roll back to: only one issue has ever been the latest')
  const kept = history.slice(0, -1)
  const restored = kept.filter((h) => h.date === undone.date).at(-1)
  const others = (current.archive?.issues ?? []).filter((e) => e.date !== undone.date)
  const issues = restored ? [...others, withoutTime(restored)] : others
  return {
    entries: [],
    archive: { issues: sortNewestFirst(issues), history: kept },
    latest: { date: previous.date, version: previous.version, publishedAt: previous.publishedAt },
  }
}

function withoutTime({ publishedAt: _t, ...entry }: IssueEntry & { publishedAt: string }): IssueEntry {
  return entry
}

function sortNewestFirst(entries: IssueEntry[]): IssueEntry[] {
  return entries.sort((a, b) => b.date.localeCompare(a.date))
}
