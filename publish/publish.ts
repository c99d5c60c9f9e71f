// npm run publish: the days whose files changed, compiled, uploaded, recorded in the ledger, and
// shown in KV once their time has come. Everything is validated before anything is written;
// one publish runs at a time; each write is reported once it is done.
import { type CaughtUp, catchUp } from '../core/ledger/catch-up'
import { type RowsOf, transact, write } from '../core/ledger/d1'
import { allDays, nextPublish } from '../core/ledger/sql'
import { writeInOrder } from '../core/ledger/write-kv'
import { compileDays, readPaper } from './compile/content'
import { Problems } from './compile/problems'
import type { Lock } from './lock'
import { daysToPublish, type Plan, planPublish } from './plan'
import { checkSchedules } from './schedule'
import { optimizeSearch, refillCursor, refillSearch } from './search-docs'
import { type DaySource, listSources, type Sources } from './sources'
import type { Storage } from './storage'
import { uploadPhotos } from './upload-photos'

export interface Run {
  storage: Storage
  lock: Lock
  now: Date
  say: (line: string) => void
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

/** The content folder listed and its masthead checked: what a publish starts from. */
export async function readContent(contentDir: string): Promise<Sources> {
  const problems = new Problems()
  const sources = await listSources(contentDir, problems)
  if (sources.paperFile) await readPaper(sources.paperFile, problems)
  problems.throwIfAny()
  return sources
}

export async function publish(sources: Sources, run: Run): Promise<string> {
  const problems = new Problems()
  const now = run.now.toISOString()
  const reads = { days: allDays(), next: nextPublish() }
  // A publish also reads search_refill, which brings a local state made before that table up to
  // date (firstRead migrates), then refills the index if a migration made it anew; a dry run does neither.
  const read: RowsOf<typeof reads> & { refill?: { below: number }[] } = await run.storage.firstRead(() =>
    run.dryRun
      ? transact(run.storage.db, [], reads)
      : run.lock.take({ ...reads, refill: refillCursor() }, run.wait, run.say),
  )
  const { days, next } = read
  await refillSearch(run.storage.db, read.refill?.[0], (s) => run.lock.guarded(s), run.say)
  const state = new Map(days.map((d) => [d.date, d]))

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
  let id = next[0]?.id ?? 1
  let live: string | undefined
  let wrote = false
  for (let i = 0; i < Math.max(1, changed.length); i += BATCH_DAYS) {
    const part = changed.slice(i, i + BATCH_DAYS)
    const plan = planPublish(await compileBatch(part, run, problems), state, now, { id, by: run.lock.holder })
    if (run.dryRun) {
      describe(plan, now, run)
      continue
    }
    if (bulk) run.say(`publishing ${part[0]?.date} … ${part.at(-1)?.date}`)
    const caught = await apply(plan, run, !bulk)
    live = caught.latest?.date ?? live
    wrote ||= plan.ledger.length > 0 || caught.dates.length > 0
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
    await write(run.storage.db, run.lock.guarded([optimizeSearch()]))
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
 * Uploads, changes the ledger, makes KV show it (with any day whose time has come, or that a
 * publish that died left behind); shared by publish and rollback. `last`: nothing follows, so
 * the final write gives the lock back.
 */
export async function apply(plan: Plan, run: Run, last: boolean): Promise<CaughtUp> {
  const { db, kv, photos } = run.storage
  const now = run.now.toISOString()
  await uploadPhotos(plan.photos, photos, run.say)
  await writeInOrder(kv, plan.uploads, (u) =>
    run.say(`uploaded ${u.key} (${'value' in u ? byteLength(u.value) : 0} bytes)`),
  )
  if (plan.ledger.length > 0) await write(db, run.lock.guarded(plan.ledger))
  for (const c of plan.changes) {
    const when = c.publishAt <= now ? '' : `, goes live ${c.publishAt}`
    run.say(`ledger: ${c.date} ${c.before ?? '(new)'} → ${c.version ?? '(taken down)'}${when}`)
  }
  if (plan.ledger.length > 0) run.say(`ledger: ${plan.ledger.length} statements in one transaction`)
  const caught = await catchUp(db, kv, {
    now,
    holder: run.lock.holder,
    expires: run.lock.expiry(),
    editions: plan.editions,
    say: run.say,
    release: last,
  })
  if (last) run.lock.released()
  return caught
}

const byteLength = (text: string) => Buffer.byteLength(text)

/** A dry run: what a publish would write, and when each day would go live. */
function describe(plan: Plan, now: string, run: Run): void {
  for (const p of plan.photos) run.say(`would upload photo ${p.photo.id} (${p.photo.widths.length} widths × 3 formats)`)
  for (const u of plan.uploads) run.say(`would upload ${u.key} (${byteLength(u.value)} bytes)`)
  for (const c of plan.changes) {
    run.say(`would publish ${c.date} ${c.version} (${c.publishAt <= now ? 'live now' : `live at ${c.publishAt}`})`)
  }
}
