// The worker's own D1 reads: search over the archive and the articles of a month for its sitemap
// (the cron trigger's are the ledger's, core/ledger/). Search and sitemaps find only what is
// live: a day counts once KV shows it (days.live_version). A statement D1 refuses is a StorageFault.
import { read } from '../core/ledger/d1'
import { query } from '../core/ledger/statement'
import { ftsMatch } from '../core/search/fts'
import { hitOf, type SearchDoc, type SearchHit, scoreOf, termsOf } from '../core/search/terms'
import { normalize } from '../core/search/tokenize'
import { fromStore } from './storage-fault'
import type { MonthArticle } from './xml/sitemap'

/**
 * Results a page shows, and how many candidates each read fetches: one more than a page first
 * (a two-character query's bigram is exact, so that read usually fills the page), then more to
 * make up for candidates that hold a term's bigrams but not the term.
 */
export const PAGE = 20
const CANDIDATES = [PAGE + 1, 60] as const

export interface SearchPage {
  hits: SearchHit[]
  /** Where the next (older) page starts, if there is one. */
  next?: number | undefined
}

type DocRow = { id: number; date: string; slug: string; title: string; page: string; text: string }

function candidates(db: D1Database, match: string, before: number, limit: number) {
  const q = query<DocRow>(
    `SELECT d.id, d.date, d.slug, d.title, d.page, d.text FROM docs_fts f
    JOIN docs d ON d.id = f.rowid JOIN days y ON y.date = d.date AND y.live_version = d.version
    WHERE docs_fts MATCH ? AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ?`,
    match,
    before,
    limit,
  )
  return fromStore('D1', 'search', () => read(db, q))
}

/**
 * A page of results, newest first (each issue in print order), older than `before`. FTS5 finds
 * candidates holding every token the terms need; each is checked for the terms themselves. At
 * most two reads, whatever the archive's size.
 */
export async function searchArchive(
  db: D1Database,
  query: string,
  before = Number.MAX_SAFE_INTEGER,
): Promise<SearchPage> {
  const terms = termsOf(query)
  const match = ftsMatch(terms)
  if (!match) return { hits: [] }
  const hits: SearchHit[] = []
  let from = before
  for (const limit of CANDIDATES) {
    const results = await candidates(db, match, from, limit)
    for (const row of results) {
      const doc: SearchDoc = { date: row.date, id: row.slug, title: row.title, page: row.page, text: row.text }
      const score = scoreOf({ title: normalize(doc.title), text: normalize(doc.text) }, terms)
      if (score === undefined) continue
      if (hits.length === PAGE) return { hits, next: from }
      hits.push(hitOf(doc, terms, score))
      from = row.id
    }
    if (results.length < limit) return { hits }
    from = results.at(-1)?.id ?? from
    if (hits.length === PAGE) return { hits, next: from }
  }
  return { hits, next: from }
}

/** Every live article of a month, for its sitemap, newest issue first. */
export async function monthArticles(db: D1Database, month: string): Promise<MonthArticle[]> {
  const q = query<MonthArticle>(
    `SELECT d.date, d.slug, d.page_number, d.corrected, coalesce(y.modified_at, y.live_at) AS modified FROM docs d
    JOIN days y ON y.date = d.date AND y.live_version = d.version
    WHERE d.date >= ? AND d.date < ? ORDER BY d.id DESC`,
    `${month}-01`,
    `${month}-32`,
  )
  return fromStore('D1', `sitemap ${month}`, () => read(db, q))
}
