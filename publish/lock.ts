// One publish at a time, for two editors on two machines alike: the lock is a row in D1 (a batch
// there is a transaction). It expires, so a publisher that died does not block the newsroom for
// ever; --force-unlock breaks it by hand. Every write batch is guarded: a publisher whose lock
// has gone cannot write.
import { hostname, userInfo } from 'node:os'
import type { Row, WranglerD1 } from './d1'
import { breakLock, extendLock, guard, releaseLock, takeLock, unguard } from '../core/ledger/sql'
import type { Statement } from '../core/ledger/statement'

const POLL_MS = 3_000

export const holderName = () => `${userInfo().username}@${hostname()} pid ${process.pid}`

export class Lock {
  held = false
  /**
   * `holdMs`: how long the lock lasts past the last write. Long enough for the longest step
   * between two writes (checking years of issues); short enough after a crash.
   */
  constructor(
    private readonly d1: WranglerD1,
    readonly holder: string,
    private readonly holdMs: number,
  ) {}

  /** Statements to take (or refresh) the lock; then `reads` run in the same transaction. */
  private attempt(reads: Statement[]): Promise<Row[][]> {
    const now = new Date()
    return this.d1.batch([
      ...takeLock(this.holder, now.toISOString(), new Date(now.getTime() + this.holdMs).toISOString()),
      ...reads,
    ])
  }

  /**
   * Takes the lock and returns what `reads` read under it. While another publish holds it, says
   * so and waits up to `waitSeconds`, then gives up with an error that names the holder.
   */
  async take(reads: Statement[], waitSeconds: number, say: (line: string) => void): Promise<Row[][]> {
    const deadline = Date.now() + waitSeconds * 1000
    for (let told = false; ; told = true) {
      const [, lockRows, ...results] = await this.attempt(reads)
      const lock = lockRows?.[0]
      if (lock?.holder === this.holder) {
        this.held = true
        return results
      }
      const who = `${lock?.holder} since ${lock?.since} (until ${lock?.expires})`
      if (Date.now() >= deadline) throw new LockHeld(`another publish holds the lock: ${who}`)
      if (!told) say(`waiting: another publish holds the lock, ${who}`)
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
  }

  /** Statements wrapped so they run only while this publisher holds the lock, which they extend. */
  guarded(statements: Statement[]): Statement[] {
    const now = Date.now()
    return [
      guard(this.holder, new Date(now).toISOString()),
      extendLock(this.holder, new Date(now + this.holdMs).toISOString()),
      ...statements,
      unguard(),
    ]
  }

  /** Runs guarded statements as the publish's last write, giving the lock back in the same transaction. */
  async finish(statements: Statement[]): Promise<void> {
    await this.d1.batch([...this.guarded(statements), releaseLock(this.holder)])
    this.held = false
  }

  /** Extends the lock between writes: after a long check, before the first write. */
  async extend(): Promise<void> {
    await this.d1.batch(this.guarded([]))
  }

  private releasing: Promise<void> | undefined

  /** Gives the lock back (once, however often it is asked). */
  release(): Promise<void> {
    if (!this.held) return this.releasing ?? Promise.resolve()
    this.held = false
    this.releasing = this.d1.batch([releaseLock(this.holder)]).then(() => {})
    return this.releasing
  }

  static async force(d1: WranglerD1): Promise<void> {
    await d1.batch([breakLock()])
  }
}

export class LockHeld extends Error {}
