// The ledger in D1, through `wrangler d1 execute --file`: a file of statements runs as one
// transaction, and each statement's rows come back as JSON. wrangler takes no parameters, so
// each is written in as a SQL literal here, and nowhere else.
import type { SqlValue, Statement } from '../core/ledger/statement'
import { scratchFile } from './scratch'
import { type Target, wrangler, WranglerError } from './wrangler'

/** The database's name in wrangler.toml. */
const DATABASE = 'zzrb'

export function literal(value: SqlValue): string {
  if (value === null) return 'NULL'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a number SQL can hold: ${value}`)
    return String(value)
  }
  // A string literal: quotes doubled; NUL cannot appear in SQL text, and content never holds it.
  if (value.includes('\u0000')) throw new Error('a value holds a NUL character')
  return `'${value.replaceAll("'", "''")}'`
}

/** A statement with its parameters written in, in order. */
export function inline({ sql, params }: Statement): string {
  let i = 0
  const text = sql.replace(/\?/g, () => {
    if (i >= params.length) throw new Error(`too few parameters for: ${sql}`)
    return literal(params[i++]!)
  })
  if (i !== params.length) throw new Error(`too many parameters for: ${sql}`)
  return text
}

export type Row = Record<string, SqlValue>

let files = 0

export class WranglerD1 {
  private migrated = false

  constructor(private readonly target: Target) {}

  /**
   * Runs the statements as one transaction; returns each statement's rows. Where the ledger's
   * tables are missing (a new local state, a new database), migrations/ is applied first and the
   * batch run again: no extra wrangler call when they are there.
   */
  async batch(statements: Statement[]): Promise<Row[][]> {
    try {
      return await this.run(statements)
    } catch (e) {
      if (this.migrated || !/no such table/.test(String(e))) throw e
      this.migrated = true
      await wrangler(['d1', 'migrations', 'apply', DATABASE], this.target, 'd1 migrations apply')
      return this.run(statements)
    }
  }

  private async run(statements: Statement[]): Promise<Row[][]> {
    if (statements.length === 0) return []
    const file = scratchFile(`batch-${++files}.sql`, `${statements.map((s) => `${inline(s)};`).join('\n')}\n`)
    // Two wrangler processes opening local state at once can find the database busy; a loaded
    // machine sometimes has local D1 answer a batch with no results at all (wrangler then fails
    // its own assertion, "false == true"). Both are tried again. A batch that did commit fails
    // its retry on the publish's own id (a primary key), so nothing is written twice.
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await wrangler(
          ['d1', 'execute', DATABASE, '--file', file, '--json', '--yes'],
          this.target,
          'd1 execute',
        )
        const results = JSON.parse(out) as Array<{ results?: Row[] }>
        return results.map((r) => r.results ?? [])
      } catch (e) {
        const busy = e instanceof WranglerError && /SQLITE_BUSY|database is locked|false == true/.test(e.output)
        if (!busy || attempt >= 20) throw e instanceof WranglerError ? new Error(describe(e)) : e
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 400 * attempt))
      }
    }
  }
}

/** wrangler's JSON error, or its output, as one line for the editor. */
function describe(e: WranglerError): string {
  try {
    const parsed = JSON.parse(e.output) as { error?: { text?: string } }
    if (parsed.error?.text) return `wrangler ${e.command} failed: ${parsed.error.text}`
  } catch {
    // not JSON: said as it is
  }
  return e.message
}
