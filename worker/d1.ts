// The worker's own D1 reads: search over the archive and the articles of a month for its sitemap
// (the cron trigger's are the ledger's, core/ledger/). Search and sitemaps find only what is
// live: a day counts once KV shows it (days.live_version). A statement D1 refuses is a StorageFault.
import { read } from '../core/ledger/d1'
import { MAX_ARTICLES } from '../core/ledger/doc-id'
import { query } from '../core/ledger/statement'
import { ftsMatch } from '../core/search/fts'
import { byRank } from '../core/search/rank'
import { hitOf, type SearchDoc, type SearchHit, scoreOf, termsOf } from '../core/search/terms'
import { normalize } from '../core/search/tokenize'
import { fromStore } from './storage-fault'
import type { MonthArticle } from './xml/sitemap'

/**
 * Results a page shows, and how many candidates each read fetches: one more than a page first (a
 * two-character query's bigram is exact, so that read usually fills the page), then more to make
 * up for candidates that hold a term's bigrams but not the term. Each read also fetches the rest
 * of the oldest issue it reaches, so that every issue read is ranked whole.
 */
export const PAGE = 20
const CANDIDATES = [PAGE + 1, 60] as const

export interface SearchPage {
  hits: SearchHit[]
  /**
   * Where the next page starts, if there is one: an issue's first doc id plus how many of its
   * results earlier pages showed (fewer than MAX_ARTICLES, so the sum stays within its ids).
   */
  next?: number | undefined
}

type DocRow = {
  id: number
  date: string
  slug: string
  title: string
  page: string
  text: string
  live: number
  /** How many of the `limit` candidates there were: fewer, and the archive has no more. */
  found: number
}

/** The first doc id of an issue: ids count up by day (core/ledger/doc-id.ts). */
const issueStart = (id: number) => id - (((id % MAX_ARTICLES) + MAX_ARTICLES) % MAX_ARTICLES)

/**
 * The `limit` newest candidates older than `before`, with every other candidate of the oldest
 * issue among them: one statement, so one read. FTS5 answers both rowid ranges from its index.
 */
function candidates(db: D1Database, match: string, before: number, limit: number) {
  const q = query<DocRow>(
    `WITH c AS (SELECT rowid AS id FROM docs_fts WHERE docs_fts MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3)
    SELECT d.id, d.date, d.slug, d.title, d.page, d.text, y.date IS NOT NULL AS live,
      (SELECT count(*) FROM c) AS found
    FROM docs_fts f JOIN docs d ON d.id = f.rowid
    LEFT JOIN days y ON y.date = d.date AND y.live_version = d.version
    WHERE docs_fts MATCH ?1 AND f.rowid < ?2
      AND f.rowid >= (SELECT min(id) - ((min(id) % ?4) + ?4) % ?4 FROM c)
    ORDER BY f.rowid DESC`,
    match,
    before,
    limit,
    MAX_ARTICLES,
  )
  return fromStore('D1', 'search', () => read(db, q))
}

/** Rows (newest first) by issue. */
function byIssue(rows: DocRow[]): DocRow[][] {
  const issues: DocRow[][] = []
  for (const row of rows) {
    const last = issues.at(-1)
    if (last && issueStart(last[0]!.id) === issueStart(row.id)) last.push(row)
    else issues.push([row])
  }
  return issues
}

/** An issue's rows that answer the terms, ranked (core/search/rank.ts). */
function rankIssue(rows: DocRow[], terms: string[]): SearchHit[] {
  const found = rows.flatMap((row) => {
    const doc: SearchDoc = { date: row.date, id: row.slug, title: row.title, page: row.page, text: row.text }
    const score = row.live ? scoreOf({ title: normalize(doc.title), text: normalize(doc.text) }, terms) : undefined
    return score === undefined ? [] : [{ doc, date: doc.date, score, order: -row.id }]
  })
  return found.sort(byRank).map(({ doc, score }) => hitOf(doc, terms, score))
}

/**
 * A page of results from `at` (a SearchPage's `next`) on: the newest issue first, each ranked as
 * the phone ranks (rank.ts). FTS5 finds candidates holding every token the terms need; each is
 * checked for the terms themselves. At most two reads, whatever the archive's size.
 */
export async function searchArchive(db: D1Database, query: string, at?: number): Promise<SearchPage> {
  const terms = termsOf(query)
  const match = ftsMatch(terms)
  if (!match) return { hits: [] }
  const first = at === undefined ? undefined : issueStart(at)
  const hits: SearchHit[] = []
  let from = first === undefined ? Number.MAX_SAFE_INTEGER : first + MAX_ARTICLES
  for (const limit of CANDIDATES) {
    const rows = await candidates(db, match, from, limit)
    const more = (rows[0]?.found ?? 0) === limit
    const issues = byIssue(rows)
    for (const [i, issue] of issues.entries()) {
      const start = issueStart(issue[0]!.id)
      const shown = start === first ? at! - first : 0
      const ranked = rankIssue(issue, terms)
      const taken = ranked.slice(shown, shown + PAGE - hits.length)
      hits.push(...taken)
      from = start
      if (shown + taken.length < ranked.length) return { hits, next: start + shown + taken.length }
      // Everything below this issue: the day before it, none shown.
      if (hits.length === PAGE) return { hits, next: more || i < issues.length - 1 ? start - MAX_ARTICLES : undefined }
    }
    if (!more) return { hits }
  }
  return { hits, next: from - MAX_ARTICLES }
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
