// One publish at a time, for two editors on two machines alike: the lock is a row in D1 (a batch
// there is a transaction). It expires, so a publisher that died does not block the newsroom for
// ever; --force-unlock breaks it by hand. Every write is guarded: a publisher whose lock has gone
// cannot write.
import { hostname, userInfo } from 'node:os'
import { type RowsOf, transact, write } from '../core/ledger/d1'
import { breakLock, guarded, lockHolder, releaseLock, type Statement, takeLock } from '../core/ledger/sql'
import type { Query } from '../core/ledger/statement'

const POLL_MS = 1_000

export const holderName = () => `${userInfo().username}@${hostname()} pid ${process.pid}`

type Reads = Record<string, Query<unknown>>

export class Lock {
  held = false
  /**
   * `holdMs`: how long the lock lasts past the last write. Long enough for the longest step
   * between two writes (checking years of issues); short enough after a crash.
   */
  constructor(
    private readonly db: D1Database,
    readonly holder: string,
    private readonly holdMs: number,
  ) {}

  /** The lock's expiry if it were taken or extended now. */
  expiry(): string {
    return new Date(Date.now() + this.holdMs).toISOString()
  }

  /**
   * Takes the lock and returns what `reads` read once it is held (nothing else writes the ledger
   * then). While another publish holds it, says so and waits up to `waitSeconds`, then gives up
   * naming the holder.
   */
  async take<R extends Reads>(reads: R, waitSeconds: number, say: (line: string) => void): Promise<RowsOf<R>> {
    const deadline = Date.now() + waitSeconds * 1000
    for (let told = false; ; told = true) {
      const now = new Date().toISOString()
      const { lock } = await transact(this.db, [takeLock(this.holder, now, this.expiry())], { lock: lockHolder() })
      const [held] = lock
      if (held?.holder === this.holder) {
        this.held = true
        return transact(this.db, [], reads)
      }
      const who = `${held?.holder} since ${held?.since} (until ${held?.expires})`
      if (Date.now() >= deadline) throw new LockHeld(`another publish holds the lock: ${who}`)
      if (!told) say(`waiting: another publish holds the lock, ${who}`)
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
  }

  /** Statements that run only while this publisher holds the lock, which they extend. */
  guarded(statements: Statement[]): Statement[] {
    return guarded(this.holder, new Date().toISOString(), statements, this.expiry())
  }

  /** Extends the lock between writes: after a long check, before the first write. */
  async extend(): Promise<void> {
    await write(this.db, this.guarded([]))
  }

  private releasing: Promise<void> | undefined

  /** The lock was given back by the run's last write (core/ledger/catch-up.ts). */
  released(): void {
    this.held = false
  }

  /** Gives the lock back (once, however often it is asked). */
  release(): Promise<void> {
    if (!this.held) return this.releasing ?? Promise.resolve()
    this.held = false
    this.releasing = write(this.db, [releaseLock(this.holder)])
    return this.releasing
  }

  static async force(db: D1Database): Promise<void> {
    await write(db, [breakLock()])
  }
}

export class LockHeld extends Error {}
