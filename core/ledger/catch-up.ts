// Makes KV show what the ledger says, on the bindings of whoever runs it: the publisher (right
// after it changes the ledger) and the worker's cron trigger (an issue or a 快讯 whose time has
// come, or a publish that died half-way). Reads the due days and items, projects them (project.ts,
// flash.ts), writes KV in order (the days' pages, their months, the index, `latest`, then the
// items and the week's list), and only then records in the ledger that KV shows them. The caller holds the lock; every write to the ledger is guarded by it.
import { LATEST_KEY } from '../kv-keys'
import type { FlashItem } from '../model'
import { transact, write } from './d1'
import { dueFlash, projectFlash, shownFlash } from './flash'
import { loadEditions, type Projection, project, projectionReads } from './project'
import { dueDays, guarded, releaseLock, type Statement } from './sql'
import { writeInOrder } from './write-kv'

export interface CatchUp {
  now: string
  /** Who holds the lock. */
  holder: string
  /** The lock's new expiry at the final write, pushed on by it (the publisher's); none for the cron. */
  expires?: () => string
  /** JSON of editions at hand, by "date/version"; the rest is read from KV. */
  editions?: Map<string, string>
  /** Told of each write once it is done. */
  say?: (line: string) => void
  /** Nothing follows: the final write gives the lock back with it. */
  release?: boolean
  /** Runs before each KV write, and throws to stop the run (a publisher whose lease ran out). */
  mayWrite?: () => void
}

export interface CaughtUp {
  /** The days made live or taken down. */
  dates: string[]
  /** The 快讯 made live (or changed) now. */
  news: FlashItem[]
  /** The edition `latest` now shows, if it changed. */
  latest?: Projection['latest']
}

export async function catchUp(db: D1Database, kv: KVNamespace, run: CatchUp): Promise<CaughtUp> {
  const { now, holder } = run
  const last: Statement[] = run.release ? [releaseLock(holder)] : []
  const { days: due, flash } = await transact(db, [], { days: dueDays(now), flash: dueFlash(now) })
  if (due.length === 0 && flash.length === 0) {
    await write(db, last)
    return { dates: [], news: [] }
  }
  let days: Projection = { kv: [], finalize: [] }
  if (due.length > 0) {
    const input = { now, due, ...(await transact(db, [], projectionReads(due))) }
    days = project(input, await loadEditions(input, run.editions ?? new Map(), (key) => kv.get(key)))
  }
  const news =
    flash.length === 0
      ? { kv: [], finalize: [], live: [] }
      : projectFlash(flash, (await transact(db, [], { shown: shownFlash(now) })).shown, now)
  const { latest } = days
  const say = run.say ?? (() => {})
  await writeInOrder(
    kv,
    [...days.kv, ...news.kv],
    (op) => {
      if ('delete' in op) say(`已删除 ${op.key}`)
      else
        say(op.key === LATEST_KEY && latest ? `已写入 latest → ${latest.date} ${latest.version}` : `已写入 ${op.key}`)
    },
    run.mayWrite,
  )
  await write(db, [...guarded(holder, now, [...days.finalize, ...news.finalize], run.expires?.()), ...last])
  return { dates: due.map((d) => d.date), news: news.live, ...(latest ? { latest } : {}) }
}
