// One publish at a time, for two editors on two machines alike: the lock is a row in D1 (a batch
// there is a transaction). It is a short lease, renewed by a heartbeat while the publisher runs:
// a publisher killed outright stops renewing it, and the next publish (or the cron trigger) takes
// over once it runs out, within seconds rather than minutes. --force-unlock breaks it by hand.
// Every ledger write is guarded in D1: a publisher whose lock has gone cannot write there. KV and
// R2 have no such guard, so before each of their writes the publisher checks that its lease is
// certainly still running by its own clock (assertHeld): a publisher stopped past its lease (a
// closed laptop, SIGSTOP) writes nothing more once it resumes.
import { hostname, userInfo } from 'node:os'
import { type RowsOf, transact, write } from '../core/ledger/d1'
import { breakLock, guarded, lockHolder, releaseLock, type Statement, takeLock } from '../core/ledger/sql'
import type { Query } from '../core/ledger/statement'
import { beijingTime } from './beijing-time'

const POLL_MS = 1_000
/** Renewals per lease: three can fail (a slow link) before the lease runs out. */
const BEATS_PER_LEASE = 4

export const holderName = () => `${userInfo().username}@${hostname()} pid ${process.pid}`

type Reads = Record<string, Query<unknown>>

export class Lock {
  held = false
  /** Until when the lease is ours for certain: the moment the last renewal was sent, plus the lease. */
  private until = 0
  private heartbeat: ReturnType<typeof setInterval> | undefined

  /** `leaseMs`: how long the lock outlives the last renewal (ZZRB_LOCK_HOLD_SECONDS). */
  constructor(
    private readonly db: D1Database,
    readonly holder: string,
    private readonly leaseMs: number,
  ) {}

  /** The lock's expiry if it were taken or renewed now. */
  expiry(): string {
    return new Date(Date.now() + this.leaseMs).toISOString()
  }

  /**
   * Takes the lock and returns what `reads` read once it is held (nothing else writes the ledger
   * then). While another publish holds it, says so and waits up to `waitSeconds`, then gives up
   * naming the holder.
   */
  async take<R extends Reads>(reads: R, waitSeconds: number, say: (line: string) => void): Promise<RowsOf<R>> {
    const deadline = Date.now() + waitSeconds * 1000
    for (let told = false; ; told = true) {
      const sent = Date.now()
      const now = new Date(sent).toISOString()
      const { lock } = await transact(this.db, [takeLock(this.holder, now, this.expiry())], { lock: lockHolder() })
      const [held] = lock
      if (held?.holder === this.holder) {
        this.held = true
        this.until = sent + this.leaseMs
        this.heartbeat = setInterval(() => void this.renew(), this.leaseMs / BEATS_PER_LEASE)
        this.heartbeat.unref()
        return transact(this.db, [], reads)
      }
      const who = held
        ? `${held.holder}，${beijingTime(held.since, true)}开始，锁到 ${beijingTime(held.expires, true)}`
        : '刚刚结束'
      if (Date.now() >= deadline)
        throw new LockHeld(`另一次发布正在进行（${who}）：等它结束后再发布；确定它已不在运行时，用 --force-unlock`)
      if (!told) say(`等待：另一次发布正在进行（${who}）`)
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
  }

  /** Pushes the lease on; a renewal the guard refuses means the lock is gone, and stays gone. */
  private async renew(): Promise<void> {
    if (!this.held || Date.now() >= this.until) return this.stopHeartbeat()
    const sent = Date.now()
    try {
      await write(this.db, this.guarded([]))
      if (this.held) this.until = sent + this.leaseMs
    } catch (e) {
      // A refused guard (the lock is someone else's, or ran out) ends the lease; anything else is
      // tried again at the next beat, while the lease lasts.
      if (/NOT NULL/.test(String(e))) this.until = 0
    }
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat)
    this.heartbeat = undefined
  }

  /** Throws unless the lease is still ours for certain: called before every unguarded write. */
  assertHeld(): void {
    if (this.held && Date.now() < this.until) return
    this.held = false
    this.stopHeartbeat()
    throw new LockLost(`发布锁已过期（${this.leaseMs / 1000} 秒没有续期）：之后的内容都没有写入，请再发布一次`)
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
    this.stopHeartbeat()
  }

  /** Gives the lock back (once, however often it is asked). */
  release(): Promise<void> {
    this.stopHeartbeat()
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
export class LockLost extends Error {}
