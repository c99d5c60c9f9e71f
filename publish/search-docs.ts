// The search index is rebuilt at publish time from the docs it already holds plus new editions.
import { buildIndex, type SearchDoc, type SearchIndex } from '../client/search'
import { bodyText } from './compile/derive'
import type { Edition } from './schema'

export function docsOf({ issue, articles }: Edition): SearchDoc[] {
  const pageName = new Map(issue.pages.map((p) => [p.number, p.name]))
  return articles.map((a) => ({
    date: a.date,
    id: a.id,
    title: a.title,
    page: pageName.get(a.page) ?? '',
    text: bodyText(a.body).join('\n'),
  }))
}

/** Replaces the docs of each edition's day (and of `dropDates`) with the editions' articles. */
export function withEditions(index: SearchIndex | null, editions: Edition[], dropDates: string[] = []): SearchIndex {
  const replaced = new Set([...dropDates, ...editions.map((e) => e.issue.date)])
  const kept = (index?.docs ?? []).filter((d) => !replaced.has(d.date))
  return buildIndex([...kept, ...editions.flatMap(docsOf)])
}
