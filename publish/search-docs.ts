// The publisher's upkeep of the search index: refilling it after a migration made it anew
// (migrations/0003_search_tokens.sql, 0007_search_titles.sql), and merging it after a bulk import. A day's own rows are
// written when it goes live (core/ledger/search-rows.ts).
import { read, write } from '../core/ledger/d1'
import { tokenStatements } from '../core/ledger/search-rows'
import { type Query, query, type Statement, sql } from '../core/ledger/statement'

/** Articles per refill step: about a megabyte of text read, then written as tokens. */
const REFILL_BATCH = 500

/** Where a refill of the index stands: the docs below `below` have no tokens yet. None: nothing to do. */
export const refillCursor = (): Query<{ below: number }> => query('SELECT below FROM search_refill')

type Guard = (statements: Statement[]) => Statement[]

/**
 * Gives every doc its tokens again, newest first, a batch per transaction, so that recent issues
 * are found first and a refill that is cut off goes on where it stopped. `guarded`: the lock's
 * guard around each write.
 */
export async function refillSearch(
  db: D1Database,
  cursor: { below: number } | undefined,
  guarded: Guard,
  say: (line: string) => void,
): Promise<void> {
  if (!cursor) return
  const count = query<{ n: number }>('SELECT count(*) AS n FROM docs WHERE id < ?', cursor.below)
  const [{ n: left } = { n: 0 }] = await read(db, count)
  let below: number | undefined = cursor.below
  let done = 0
  let steps = 0
  for (; below !== undefined; steps++) {
    const step = await refillStep(db, below, guarded)
    done += step.docs
    say(`搜索索引重建：${done}/${left} 篇`)
    below = step.next
  }
  if (steps > 1) await write(db, guarded(optimizeSearch()))
}

/** The tokens of the newest REFILL_BATCH docs below `below`; where the next step starts, if one is left. */
async function refillStep(db: D1Database, below: number, guarded: Guard): Promise<{ docs: number; next?: number }> {
  const docs = await read(
    db,
    query<{ id: number; title: string; text: string }>(
      'SELECT id, title, text FROM docs WHERE id < ? ORDER BY id DESC LIMIT ?',
      below,
      REFILL_BATCH,
    ),
  )
  const next = docs.length === REFILL_BATCH ? docs.at(-1)!.id : undefined
  await write(
    db,
    guarded([
      // A day that went live since the index was made has its tokens already.
      sql('DELETE FROM docs_fts WHERE rowid >= ? AND rowid < ?', next ?? Number.MIN_SAFE_INTEGER, below),
      sql('DELETE FROM titles_fts WHERE rowid >= ? AND rowid < ?', next ?? Number.MIN_SAFE_INTEGER, below),
      ...tokenStatements(docs),
      next === undefined ? sql('DELETE FROM search_refill') : sql('UPDATE search_refill SET below = ?', next),
    ]),
  )
  return { docs: docs.length, ...(next === undefined ? {} : { next }) }
}

/**
 * Merges the search index into one segment. FTS5 adds a segment per transaction and merges them
 * a little at a time; after an import of years it holds many, and every search walks each one.
 * Run once after a bulk import, not on a day's publish (it rewrites the whole index).
 */
export const optimizeSearch = (): Statement[] => [
  sql("INSERT INTO docs_fts (docs_fts) VALUES ('optimize')"),
  sql("INSERT INTO titles_fts (titles_fts) VALUES ('optimize')"),
]
