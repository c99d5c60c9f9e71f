// 相关阅读 added to the days a publish compiled (core/search/related.ts): drawn from those days
// and from the live articles of the 30 days before them in D1 (docs), in one read of the window
// by date (docs_day), with titles, tags and photos only, never the texts. The lists are part of
// the day's content, so its version covers them: the same content and window land on the same key.
import { read } from '../core/ledger/d1'
import { docId } from '../core/ledger/doc-id'
import { query } from '../core/ledger/statement'
import type { Edition, Photo } from '../core/model'
import { type RelatedDoc, relatedFor, windowStart } from '../core/search/related'
import { versionOf } from './compile/version'
import type { DayToPublish } from './plan'

type DocRow = { id: number; date: string; slug: string; title: string; tags: string | null; thumb: string | null }

/** The live articles of the days from `from` to `to`, as 相关阅读 weighs them. */
async function liveDocs(db: D1Database, from: string, to: string): Promise<RelatedDoc[]> {
  const rows = await read(
    db,
    query<DocRow>(
      `SELECT d.id, d.date, d.slug, d.title, d.tags, d.thumb FROM docs d
      JOIN days y ON y.date = d.date AND y.live_version = d.version
      WHERE d.date >= ? AND d.date <= ?`,
      from,
      to,
    ),
  )
  return rows.map((r) => ({
    date: r.date,
    id: r.slug,
    title: r.title,
    tags: r.tags ? (JSON.parse(r.tags) as string[]) : [],
    // Ids count down in print order within a day (doc-id.ts).
    order: docId(r.date, 0) - r.id,
    ...(r.thumb ? { thumb: JSON.parse(r.thumb) as Photo } : {}),
  }))
}

const docsOf = ({ articles }: Edition): RelatedDoc[] =>
  articles.map((a, order) => ({ date: a.date, id: a.id, title: a.title, tags: a.tags, order, thumb: a.thumb }))

/** The days with each article's 相关阅读, their versions made anew where any article has one. */
export async function withRelated(db: D1Database, days: DayToPublish[]): Promise<DayToPublish[]> {
  if (days.length === 0) return days
  const dates = days.map((d) => d.edition.issue.date).sort()
  const ours = new Set(dates)
  // The days being published replace what D1 holds of them.
  const earlier = (await liveDocs(db, windowStart(dates[0]!), dates.at(-1)!)).filter((d) => !ours.has(d.date))
  const docs = [...earlier, ...days.flatMap((d) => docsOf(d.edition))]
  return days.map((day) => {
    const { issue, articles } = day.edition
    const related = relatedFor(issue.date, docs)
    if (related.size === 0) return day
    const withLists = articles.map((a) => (related.has(a.id) ? { ...a, related: related.get(a.id) } : a))
    const lists = articles.map((a) => related.get(a.id) ?? [])
    return { ...day, edition: { issue: { ...issue, version: versionOf([issue.version, lists]) }, articles: withLists } }
  })
}
