// The search index is rebuilt at publish time from the docs it already holds plus new editions.
import { buildIndex, type SearchIndex } from '../core/search'
import { docsOf } from '../core/search/docs'
import type { Edition } from '../core/model'

/** Replaces the docs of each edition's day (and of `dropDates`) with the editions' articles. */
export function withEditions(index: SearchIndex | null, editions: Edition[], dropDates: string[] = []): SearchIndex {
  const replaced = new Set([...dropDates, ...editions.map((e) => e.issue.date)])
  const kept = (index?.docs ?? []).filter((d) => !replaced.has(d.date))
  return buildIndex([...kept, ...editions.flatMap(docsOf)])
}
