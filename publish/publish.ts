// npm run publish: the days whose files changed, compiled, uploaded, recorded in the ledger, and
// shown in KV once their time has come. Everything is validated before anything is written;
// one publish runs at a time; each write is reported once it is done.
import { projectionInput } from '../core/ledger/project'
import { allDays, type DayState, nextPublish, projectionQueries } from '../core/ledger/sql'
import { catchUp } from './catch-up'
import { compileDays, readPaper } from './compile/content'
import { Problems } from './compile/problems'
import type { Row, WranglerD1 } from './d1'
import type { Lock } from './lock'
import { daysToPublish, type Plan, planPublish } from './plan'
import { checkSchedules } from './schedule'
import { optimizeSearch } from './search-docs'
import { type DaySource, listSources } from './sources'
import { uploadPhotos } from './upload-photos'
import type { WranglerKv } from './wrangler-kv'
import type { WranglerR2 } from './wrangler-r2'

export interface Run {
  kv: WranglerKv
  d1: WranglerD1
  r2: WranglerR2
  lock: Lock
  now: Date
  say: (line: string) => void
  /** Seconds to wait for another publish's lock. */
  wait: number
  dryRun: boolean
}

/**
 * A publish of more days than this (a first import of years of issues) is carried out this many
 * days at a time, each part a publish of its own, so that memory and each wrangler call stay
 * small. All of it is validated before the first part is written.
 */
export const BATCH_DAYS = 100

const monthsOf = (dates: Iterable<string>) => new Set([...dates].map((d) => d.slice(0, 7)))

/** The days the ledger has waiting whose time has come: a scheduled issue, or a run that died. */
export const dueFrom = (state: Iterable<DayState>, now: string) =>
  [...state].filter((d) => d.live_version !== d.version && d.publish_at <= now).map((d) => d.date)

export async function publish(contentDir: string, run: Run): Promise<string> {
  const problems = new Problems()
  const sources = await listSources(contentDir, problems)
  if (sources.paperFile) await readPaper(sources.paperFile, problems)
  problems.throwIfAny()
  const now = run.now.toISOString()
  const reads = [allDays(), nextPublish()]
  const [days = [], [next] = []] = run.dryRun
    ? await run.d1.batch(reads)
    : await run.lock.take(reads, run.wait, run.say)
  const state = new Map((days as unknown as DayState[]).map((d) => [d.date, d]))

  // Only the days whose files changed are compiled; every problem in them stops the publish here.
  const changed = sources.days.filter((d) => state.get(d.date)?.source !== d.hash)
  const bulk = changed.length > BATCH_DAYS
  if (bulk) {
    run.say(`checking ${changed.length} days before writing any`)
    for (let i = 0; i < changed.length; i += BATCH_DAYS)
      await compileBatch(changed.slice(i, i + BATCH_DAYS), run, problems)
    problems.throwIfAny()
    if (!run.dryRun) await run.lock.extend()
  }
  let id = Number((next as Row | undefined)?.id ?? 1)
  let waiting = dueFrom(state.values(), now)
  let live: string | undefined
  let wrote = false
  for (let i = 0; i < Math.max(1, changed.length); i += BATCH_DAYS) {
    const part = changed.slice(i, i + BATCH_DAYS)
    const plan = planPublish(await compileBatch(part, run, problems), state, now, { id, by: run.lock.holder })
    if (run.dryRun) {
      describe(plan, now, run)
      continue
    }
    if (plan.ledger.length === 0 && waiting.length === 0) continue
    if (bulk) run.say(`publishing ${part[0]?.date} … ${part.at(-1)?.date}`)
    live = (await apply(plan, waiting, run, !bulk)) ?? live
    wrote = true
    waiting = []
    if (plan.changes.length > 0) id++
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
    await run.lock.finish([optimizeSearch()])
    run.say('search index merged into one segment')
  }
  await run.lock.release()
  if (run.dryRun) return 'dry run: nothing written'
  if (!wrote) return `nothing to publish: the ledger already holds this content (${sources.days.length} days)`
  return live ? `latest is ${live}` : 'latest unchanged'
}

async function compileBatch(days: DaySource[], run: Run, problems: Problems) {
  const compiled = await compileDays(days, problems)
  checkSchedules(compiled, run.now, problems)
  problems.throwIfAny()
  return daysToPublish(compiled, days)
}

/**
 * Uploads, changes the ledger, makes KV show it; shared by publish and rollback. Returns the
 * date now live as `latest` if it changed. `last`: the run writes nothing after this, so its
 * final batch gives the lock back.
 */
export async function apply(plan: Plan, waiting: string[], run: Run, last: boolean): Promise<string | undefined> {
  const now = run.now.toISOString()
  await uploadPhotos(plan.photos, run.r2, run.say)
  await run.kv.bulkPut(plan.uploads)
  for (const u of plan.uploads) run.say(`uploaded ${u.key} (${Buffer.byteLength(u.value)} bytes)`)
  const due = new Set([...waiting, ...plan.changes.filter((c) => c.publishAt <= now).map((c) => c.date)])
  const months = monthsOf(due)
  const writes = run.lock.guarded(plan.ledger)
  const results = await run.d1.batch([...writes, ...projectionQueries(now, months, due.size)])
  for (const c of plan.changes) {
    const when = c.publishAt <= now ? '' : `, goes live ${c.publishAt}`
    run.say(`ledger: ${c.date} ${c.before ?? '(new)'} → ${c.version ?? '(taken down)'}${when}`)
  }
  run.say(`ledger: ${plan.ledger.length} statements in one transaction`)
  const input = projectionInput(now, results.slice(writes.length), months.size)
  return catchUp(input, run, plan.editions, run.say, last)
}

/** A dry run: what a publish would write, and when each day would go live. */
function describe(plan: Plan, now: string, run: Run): void {
  for (const p of plan.photos) run.say(`would upload photo ${p.photo.id} (${p.photo.widths.length} widths × 3 formats)`)
  for (const u of plan.uploads) run.say(`would upload ${u.key} (${Buffer.byteLength(u.value)} bytes)`)
  for (const c of plan.changes) {
    run.say(`would publish ${c.date} ${c.version} (${c.publishAt <= now ? 'live now' : `live at ${c.publishAt}`})`)
  }
}
