// Statements run on a D1 binding: the worker's, and the publisher's (from wrangler's
// getPlatformProxy, on the same local state as `wrangler dev`, or the real database).
import type { Query, Statement } from './statement'

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
  const results = await db.batch(prepareAll(db, statements))
  const rows = results.slice(writes.length)
  return Object.fromEntries(names.map((name, i) => [name, rows[i]?.results ?? []])) as RowsOf<R>
}

/** Runs statements that write as one transaction. */
export async function write(db: D1Database, statements: Statement[]): Promise<void> {
  if (statements.length > 0) await db.batch(prepareAll(db, statements))
}

/** Rows of one read. */
export async function read<Row>(db: D1Database, q: Query<Row>): Promise<Row[]> {
  return (await prepare(db, q).all<Row>()).results
}
