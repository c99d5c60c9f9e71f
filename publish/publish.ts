// npm run publish: the days whose files changed, compiled, uploaded, recorded in the ledger, and
// shown in KV once their time has come. Everything is validated before anything is written;
// one publish runs at a time; each write is reported once it is done.
import { type CaughtUp, catchUp } from '../core/ledger/catch-up'
import { type RowsOf, transact, write } from '../core/ledger/d1'
import { allFlash } from '../core/ledger/flash'
import { allDays, newestTables, nextPublish } from '../core/ledger/sql'
import type { Query } from '../core/ledger/statement'
import { writeInOrder } from '../core/ledger/write-kv'
import { beijingTime } from './beijing-time'
import { type Content, compileDays } from './compile/content'
import { compileFlash } from './compile/flash'
import { formatProblem, Problems } from './compile/problems'
import { keptBytesStatements } from './kept-bytes'
import type { Lock } from './lock'
import { daysToPublish, type Plan, planPublish, withFlash } from './plan'
import { previewLines } from './preview-links'
import type { Progress } from './progress'
import { withRelated } from './related'
import { optimizeSearch, refillCursor, refillSearch } from './search-docs'
import type { DaySource } from './sources'
import type { Storage } from './storage'
import { uploadPhotos } from './upload-photos'
import { uploadPrints } from './upload-prints'

export interface Run {
  storage: Storage
  lock: Lock
  now: Date
  say: (line: string) => void
  /** Long steps (photos, print PDFs, uploads) counted on stderr. */
  progress?: Progress
  /** Seconds to wait for another publish's lock. */
  wait: number
  dryRun: boolean
}

/**
 * A publish of more days than this (a first import of years of issues) is carried out this many
 * days at a time, each part a publish of its own, so that memory and each transaction stay
 * small. All of it is validated before the first part is written.
 */
export const BATCH_DAYS = 100

export { readContent } from './compile/content'

export async function publish(sources: Content, run: Run): Promise<string> {
  const problems = new Problems()
  const now = run.now.toISOString()
  // Every 快讯 file is checked first: they are few and small.
  const flashItems = await compileFlash(sources.flash, problems)
  problems.throwIfAny()
  const reads = { days: allDays(), next: nextPublish(), flash: allFlash() }
  const { rows, settled } = run.dryRun
    ? { rows: await run.storage.firstRead(() => transact(run.storage.db, [], reads)), settled: [] }
    : await takeLock(run, reads)
  const { days, next, flash } = rows
  const state = new Map(days.map((d) => [d.date, d]))

  // Only the days whose files changed are compiled; every problem in them stops the publish here.
  const changed = sources.days.filter((d) => state.get(d.date)?.source !== d.hash)
  const bulk = changed.length > BATCH_DAYS
  if (bulk) {
    run.say(`先检查全部 ${changed.length} 天的内容，再写入`)
    for (let i = 0; i < changed.length; i += BATCH_DAYS)
      await compileBatch(changed.slice(i, i + BATCH_DAYS), sources, run, problems)
    problems.throwIfAny()
    if (!run.dryRun) await run.lock.extend()
  }
  let id = next[0]?.id ?? 1
  let live: string | undefined
  let wrote = settled.length > 0
  for (let i = 0; i < Math.max(1, changed.length); i += BATCH_DAYS) {
    const part = changed.slice(i, i + BATCH_DAYS)
    const publish = { id, by: run.lock.holder }
    const compiled = await withRelated(run.storage.db, await compileBatch(part, sources, run, problems))
    const days = planPublish(compiled, state, now, publish)
    // The 快讯 go with the first part.
    const plan = i === 0 ? withFlash(days, flashItems, flash, now, publish) : days
    if (run.dryRun) {
      describe(plan, now, run)
      continue
    }
    if (bulk) run.say(`发布 ${part[0]?.date} … ${part.at(-1)?.date}`)
    const caught = await apply(plan, run, !bulk)
    live = caught.latest?.date ?? live
    wrote ||= plan.ledger.length > 0 || caught.dates.length > 0 || caught.news.length > 0
    if (plan.changes.length > 0 || plan.flash.length > 0) id++
    for (const c of plan.changes)
      state.set(c.date, {
        date: c.date,
        version: c.version,
        source: null,
        publish_at: c.publishAt,
        live_version: c.version,
      })
  }
  if (bulk && wrote) {
    await write(run.storage.db, run.lock.guarded(optimizeSearch()))
    run.say('搜索索引已合并为一段')
  }
  await run.lock.release()
  if (run.dryRun) return '试运行：什么都没有写入'
  if (!wrote) return `没有要发布的：账本里已经是这些内容（${sources.days.length} 天，${sources.flash.length} 条快讯）`
  return live ? `最新一期：${live}` : '最新一期不变'
}

/**
 * Takes the lock, then makes KV show what the ledger already says (a run that died after changing
 * the ledger left KV behind it), then reads `reads`. A run plans from, and a rollback undoes, only
 * what readers have been shown: otherwise undoing a dead publish would leave its half-written KV.
 */
export async function takeLock<R extends Record<string, Query<unknown>>>(
  run: Run,
  reads: R,
): Promise<{ rows: RowsOf<R>; settled: string[] }> {
  // search_refill is read first: a local state made before that table is migrated then (firstRead).
  const { refill } = await run.storage.firstRead(() =>
    run.lock.take({ refill: refillCursor(), newest: newestTables() }, run.wait, run.say),
  )
  const { dates } = await catchUp(run.storage.db, run.storage.kv, catchUpRun(run))
  // A migration that made the search index anew left it to be refilled from docs.
  await refillSearch(run.storage.db, refill[0], (s) => run.lock.guarded(s), run.say)
  return { rows: await transact(run.storage.db, [], reads), settled: dates }
}

/** How the publisher's catch-up runs: under its lease, every write checked against it. */
const catchUpRun = (run: Run) => ({
  now: run.now.toISOString(),
  holder: run.lock.holder,
  expires: () => run.lock.expiry(),
  say: run.say,
  mayWrite: () => run.lock.assertHeld(),
})

async function compileBatch(days: DaySource[], content: Content, run: Run, problems: Problems) {
  const compiled = await compileDays(days, { now: run.now, firstIssue: content.paper.firstIssue }, problems)
  problems.throwIfAny()
  for (const w of problems.warnings.splice(0)) run.say(`警告：${formatProblem(w)}`)
  return daysToPublish(compiled, days)
}

/**
 * Uploads, changes the ledger, makes KV show it (with any day whose time has come, or that a
 * publish that died left behind); shared by publish and rollback. `last`: nothing follows, so
 * the final write gives the lock back.
 */
export async function apply(plan: Plan, run: Run, last: boolean): Promise<CaughtUp> {
  const { db, kv, photos } = run.storage
  const now = run.now.toISOString()
  // Even writes named by their content wait on the lease: a run that lost its lock writes nothing.
  run.lock.assertHeld()
  await uploadPhotos(plan.photos, photos, run.say, run.progress)
  await uploadPrints(plan.prints, photos, run.say, run.progress)
  let uploaded = 0
  await writeInOrder(
    kv,
    plan.uploads,
    (u) => {
      run.progress?.step('上传各期', ++uploaded, plan.uploads.length)
      run.say(`已上传 ${u.key}（${'value' in u ? byteLength(u.value) : 0} 字节）`)
    },
    () => run.lock.assertHeld(),
  )
  // With the images in R2, what keeping each new edition costs a phone is known.
  const ledger = plan.ledger.length > 0 ? [...plan.ledger, ...(await keptBytesStatements(plan.editions, photos))] : []
  if (ledger.length > 0) await write(db, run.lock.guarded(ledger))
  for (const c of plan.changes) {
    const when = c.publishAt <= now ? '' : `，${beijingTime(c.publishAt)}上线`
    run.say(`账本：${c.date} ${c.before ?? '（新）'} → ${c.version ?? '（撤下）'}${when}`)
  }
  for (const f of plan.flash) {
    const when = f.time <= now ? '' : `，${beijingTime(f.time)}上线`
    run.say(`账本：快讯 ${f.id} ${f.before ?? '（新）'} → ${f.version ?? '（撤回）'}${when}`)
  }
  if (plan.ledger.length > 0) run.say(`账本：${plan.ledger.length} 条语句，在一个事务里写入`)
  for (const line of await previewLines(plan.changes, now, run.storage.preview)) run.say(line)
  const caught = await catchUp(db, kv, { ...catchUpRun(run), editions: plan.editions, release: last })
  if (last) run.lock.released()
  return caught
}

const byteLength = (text: string) => Buffer.byteLength(text)

/** A dry run: what a publish would write, and when each day would go live. */
function describe(plan: Plan, now: string, run: Run): void {
  for (const p of plan.photos) run.say(`将上传照片 ${p.photo.id}（${p.photo.widths.length} 种宽度 × 3 种格式）`)
  for (const p of plan.prints) run.say(`将上传版面 PDF ${p.print.pdf}.pdf 和版面图 ${p.print.image.id}`)
  for (const u of plan.uploads) run.say(`将上传 ${u.key}（${byteLength(u.value)} 字节）`)
  for (const c of plan.changes) {
    run.say(`将发布 ${c.date} ${c.version}（${c.publishAt <= now ? '立即上线' : `${beijingTime(c.publishAt)}上线`}）`)
  }
  for (const f of plan.flash)
    run.say(`将${f.version ? '发布' : '撤回'}快讯 ${f.id}（${f.time <= now ? '立即' : beijingTime(f.time)}）`)
}
