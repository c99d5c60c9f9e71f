// 搜索 over the archive in D1 (docs, docs_fts, titles_fts), a page at a time: the articles whose
// title holds every term, then the rest, each the newest issue first (core/search/rank.ts).
// Only what is live counts: a day once KV shows it (days.live_version). A statement D1 refuses
// is a StorageFault.
import { read, transact } from '../core/ledger/d1'
import { docId, MAX_ARTICLES } from '../core/ledger/doc-id'
import { query } from '../core/ledger/statement'
import type { Photo } from '../core/model'
import { ftsMatch } from '../core/search/fts'
import { byRank } from '../core/search/rank'
import { hitOf, type SearchDoc, type SearchHit, scoreOf, termsOf, titleHoldsAll } from '../core/search/terms'
import { normalize } from '../core/search/tokenize'
import { fromStore } from './storage-fault'

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
   * results earlier pages showed (fewer than MAX_ARTICLES, so the sum stays within its ids); plus
   * TITLES while the titles' pass goes on. Each page's is smaller than the last's.
   */
  next?: number | undefined
}

/**
 * Results come in two passes (core/search/rank.ts): the articles whose title holds every term,
 * found in the index of titles (titles_fts), then the rest, in the index of texts (docs_fts).
 */
type Pass = 'titles' | 'texts'

/** Added to the titles' pass's cursors: above every doc id, so cursors only go down. */
const TITLES = 10 ** 12
/** Above every doc id any date can have; a cursor from here to the titles' starts at the top. */
const END = docId('9999-12-31', 0) + 1
/** The texts' pass from its start: the issue of 9999-12-31, none shown. */
const TEXTS_TOP = END - MAX_ARTICLES

/** Which pass a cursor is in, and where in it; none, or one past every id (a page from before): the top. */
function cursorOf(at: number | undefined): { pass: Pass; at?: number } {
  if (at === undefined) return { pass: 'titles' }
  if (at >= TITLES && at < TITLES + END) return { pass: 'titles', at: at - TITLES }
  return at < END ? { pass: 'texts', at } : { pass: 'titles' }
}

/** The cursor of the issue before the one starting at `start`; none before 1970-01-01's, the first id. */
const issueBefore = (start: number) => (start > 0 ? start - MAX_ARTICLES : undefined)

type DocRow = {
  id: number
  date: string
  slug: string
  title: string
  page: string
  text: string
  thumb: string | null
  live: number
  /** In the titles' index: the titles' pass found it, if its title holds every term. */
  titled: number
  /** How many of the `limit` candidates there were: fewer, and the archive has no more. */
  found: number
}

/** The first doc id of an issue: ids count up by day (core/ledger/doc-id.ts). */
const issueStart = (id: number) => id - (((id % MAX_ARTICLES) + MAX_ARTICLES) % MAX_ARTICLES)

/** The rowids of a pass's index that `match` finds among the read's candidates (c). */
const inRange = (index: string) =>
  `SELECT rowid FROM ${index} WHERE ${index} MATCH ?1 AND rowid < ?2
    AND rowid >= (SELECT min(id) - ((min(id) % ?4) + ?4) % ?4 FROM c)`

const CANDIDATES_SQL = (index: string, titled: string) =>
  `WITH c AS (SELECT rowid AS id FROM ${index} WHERE ${index} MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3)
  SELECT d.id, d.date, d.slug, d.title, d.page, d.text, d.thumb, y.date IS NOT NULL AS live, ${titled} AS titled,
    (SELECT count(*) FROM c) AS found
  FROM docs d LEFT JOIN days y ON y.date = d.date AND y.live_version = d.version
  WHERE d.id IN (${inRange(index)})
  ORDER BY d.id DESC`

/**
 * The texts' pass leaves out exactly what the titles' pass lists: a doc the index of titles finds
 * whose title holds every term. One not in it yet (its tokens still to be refilled after
 * migrations/0007) is listed with the rest rather than lost.
 */
const SQL: Record<Pass, string> = {
  titles: CANDIDATES_SQL('titles_fts', '1'),
  texts: CANDIDATES_SQL('docs_fts', `d.id IN (${inRange('titles_fts')})`),
}

/**
 * The `limit` newest candidates of a pass older than `before`, with every other candidate of the
 * oldest issue among them: one statement, so one read. FTS5 answers the rowid ranges from its index.
 */
const candidateQuery = (pass: Pass, match: string, before: number, limit: number) =>
  query<DocRow>(SQL[pass], match, before, limit, MAX_ARTICLES)

function candidates(db: D1Database, pass: Pass, match: string, before: number, limit: number) {
  return fromStore('D1', 'search', () => read(db, candidateQuery(pass, match, before, limit)))
}

/**
 * A page of the titles' pass reads its first candidates and, in the same batch (one read), the
 * texts' pass's first from the top: where the titles' end, the page goes on with those.
 */
function firstOfBoth(db: D1Database, match: string, before: number) {
  const reads = {
    titles: candidateQuery('titles', match, before, CANDIDATES[0]),
    texts: candidateQuery('texts', match, END, CANDIDATES[0]),
  }
  return fromStore('D1', 'search', () => transact(db, [], reads))
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

/** An issue's rows that answer the terms and belong to the pass, ranked (core/search/rank.ts). */
function rankIssue(rows: DocRow[], pass: Pass, terms: string[]): SearchHit[] {
  const found = rows.flatMap((row) => {
    if (!row.live) return []
    const folded = { title: normalize(row.title), text: normalize(row.text) }
    const score = scoreOf(folded, terms)
    const inTitle = row.titled === 1 && titleHoldsAll(folded.title, terms)
    if (score === undefined || inTitle !== (pass === 'titles')) return []
    const doc: SearchDoc = { date: row.date, id: row.slug, title: row.title, page: row.page, text: row.text }
    if (row.thumb) doc.thumb = JSON.parse(row.thumb) as Photo
    return [{ doc, inTitle, date: doc.date, score, order: -row.id }]
  })
  return found.sort(byRank).map(({ doc, score }) => hitOf(doc, terms, score))
}

/**
 * Adds to `hits`, up to a page, a pass's results from `at` (its part of a SearchPage's `next`)
 * on, the newest issue first, each ranked as the phone ranks (rank.ts). FTS5 finds candidates
 * holding every token the terms need; each is checked for the terms themselves. At most two
 * reads, whatever the archive's size. Returns where the pass goes on; none: it is done.
 */
async function readPass(
  db: D1Database,
  pass: Pass,
  terms: string[],
  match: string,
  at: number | undefined,
  hits: SearchHit[],
  /** The pass's first read, when it was made already. */
  read1?: DocRow[],
): Promise<number | undefined> {
  const first = at === undefined ? undefined : issueStart(at)
  let from = first === undefined ? END : first + MAX_ARTICLES
  for (const limit of CANDIDATES) {
    const rows = limit === CANDIDATES[0] && read1 ? read1 : await candidates(db, pass, match, from, limit)
    const more = (rows[0]?.found ?? 0) === limit
    const issues = byIssue(rows)
    for (const [i, issue] of issues.entries()) {
      const start = issueStart(issue[0]!.id)
      const shown = start === first ? at! - first : 0
      const ranked = rankIssue(issue, pass, terms)
      const taken = ranked.slice(shown, shown + PAGE - hits.length)
      hits.push(...taken)
      from = start
      if (shown + taken.length < ranked.length) return start + shown + taken.length
      // Everything below this issue: the day before it, none shown.
      if (hits.length === PAGE) return more || i < issues.length - 1 ? issueBefore(start) : undefined
    }
    if (!more) return undefined
  }
  return issueBefore(from)
}

/**
 * A page of results from `at` (a SearchPage's `next`) on: the titles' pass, then the texts'.
 * Usually one read: the first of both passes go in one batch. At most two reads a pass.
 */
export async function searchArchive(db: D1Database, query: string, at?: number): Promise<SearchPage> {
  const terms = termsOf(query)
  const match = ftsMatch(terms)
  if (!match) return { hits: [] }
  const cursor = cursorOf(at)
  const hits: SearchHit[] = []
  let texts: DocRow[] | undefined
  if (cursor.pass === 'titles') {
    const from = cursor.at === undefined ? END : issueStart(cursor.at) + MAX_ARTICLES
    const both = await firstOfBoth(db, match, from)
    const next = await readPass(db, 'titles', terms, match, cursor.at, hits, both.titles)
    if (next !== undefined) return { hits, next: TITLES + next }
    // A full page of titles: the rest from the next, if there are any.
    if (hits.length === PAGE) return both.texts.length > 0 ? { hits, next: TEXTS_TOP } : { hits }
    texts = both.texts
  }
  const next = await readPass(db, 'texts', terms, match, cursor.pass === 'texts' ? cursor.at : undefined, hits, texts)
  return next === undefined ? { hits } : { hits, next }
}
