// Statements run on a D1 binding: the worker's, and the publisher's (from wrangler's
// getPlatformProxy, on the same local state as `wrangler dev`, or the real database).
import type { Query, Statement } from './statement'

/**
 * Local state: the publisher's runtime and `wrangler dev`'s workerd open the same SQLite file, and
 * one of them fails a statement with SQLITE_BUSY while the other holds its write lock (a few
 * milliseconds: a publish's transaction). workerd logs SQLITE_BUSY and hands the binding only
 * "internal error; reference = …". A failed statement or batch rolled back whole, so it is sent
 * again, a few times with growing pauses (about 1.5 s in all). The real D1 runs every query of a
 * database in one place and does not answer SQLITE_BUSY; a transient internal error there is
 * retried the same way. Every batch sent twice is harmless: reads, the lock's upserts, a guarded
 * change that rolled back.
 */
const BUSY = /SQLITE_BUSY|database is locked|internal error; reference =/
const PAUSES_MS = [10, 30, 60, 120, 250, 500, 500]

async function retryingBusy<T>(attempt: () => Promise<T>): Promise<T> {
  for (const pause of PAUSES_MS) {
    try {
      return await attempt()
    } catch (e) {
      if (!BUSY.test(String(e))) throw e
      await new Promise((r) => setTimeout(r, pause))
    }
  }
  return attempt()
}

const prepare = (db: D1Database, s: Statement): D1PreparedStatement => db.prepare(s.sql).bind(...s.params)

/**
 * The statements prepared once per SQL text and bound per use. Through getPlatformProxy each
 * prepare and each bind is a round trip to the runtime; in the worker they cost nothing either way.
 */
function prepareAll(db: D1Database, statements: Statement[]): D1PreparedStatement[] {
  const prepared = new Map<string, D1PreparedStatement>()
  return statements.map((s) => {
    const p = prepared.get(s.sql) ?? db.prepare(s.sql)
    prepared.set(s.sql, p)
    return p.bind(...s.params)
  })
}

type Reads = Record<string, Query<unknown>>
/** What each named read of a transaction returns. */
export type RowsOf<R extends Reads> = { [K in keyof R]: R[K] extends Query<infer Row> ? Row[] : never }

/**
 * Runs `writes`, then `reads`, as one D1 batch: one transaction, all or nothing. Returns each
 * read's rows under its name.
 */
export async function transact<R extends Reads>(db: D1Database, writes: Statement[], reads: R): Promise<RowsOf<R>> {
  const names = Object.keys(reads)
  const statements = [...writes, ...names.map((n) => reads[n]!)]
  if (statements.length === 0) return {} as RowsOf<R>
  const results = await retryingBusy(() => db.batch(prepareAll(db, statements)))
  const rows = results.slice(writes.length)
  return Object.fromEntries(names.map((name, i) => [name, rows[i]?.results ?? []])) as RowsOf<R>
}

/** Runs statements that write as one transaction. */
export async function write(db: D1Database, statements: Statement[]): Promise<void> {
  if (statements.length > 0) await retryingBusy(() => db.batch(prepareAll(db, statements)))
}

/** Rows of one read. */
export async function read<Row>(db: D1Database, q: Query<Row>): Promise<Row[]> {
  return (await retryingBusy(() => prepare(db, q).all<Row>())).results
}
