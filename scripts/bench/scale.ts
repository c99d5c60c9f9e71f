// npm run bench:scale [-- --years 10 --per-day 40]: the archive at scale. A synthetic archive
// (test/synthetic/archive.ts: the real issue's text, re-dated; test data only) is published into
// a separate local state in three steps (the real issue alone, one year, all the years), then one
// more day; at each size, search is timed. Prints the publish times, the writes of one more day,
// the biggest stored values, search p50/p95, and the archive pages' bytes. --keep leaves the state
// and content folders in place (their paths printed) to time more publishes on them.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'
import { datesEnding, writeSyntheticArchive } from '../../test/synthetic/archive'
import { localBindings } from '../lib/local-state'

const run = promisify(execFile)
/** A day's publish, onto one issue or onto ten years, from the command to its last write. */
const PUBLISH_BUDGET_SECONDS = 3
const QUERIES = ['就业', '株洲', '宝妈', '下水道', '招聘会', '改革', '社区', '记者', '劳动', '3月']

export interface ScaleResult {
  size: { years: number; perDay: number; days: number; articles: number }
  publish: Record<string, number>
  oneMoreDay: { seconds: number; kvWrites: string[]; d1Statements: number; onto: string }
  biggest: { key: string; bytes: number }
  biggestBesidesEditions: { key: string; bytes: number }
  d1Bytes: number
  search: Record<string, { p50: number; p95: number; reads: number }>
  archivePages: Record<string, { status: number; bytes: number; gzip: number }>
}

async function publish(state: string, content: string, lockHold?: number): Promise<{ seconds: number; out: string }> {
  const t = Date.now()
  const { stdout } = await run(process.execPath, ['scripts/publish.mjs', '--persist-to', state, '--content', content], {
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...(lockHold ? { ZZRB_LOCK_HOLD_SECONDS: String(lockHold) } : {}) },
  })
  return { seconds: +((Date.now() - t) / 1000).toFixed(1), out: stdout }
}

/** The bench worker (X-D1-Reads on each answer) on a state, for `use`. */
export async function withWorker<T>(workerDir: string, state: string, use: (mf: Miniflare) => Promise<T>): Promise<T> {
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(workerDir, 'bench-worker.js'),
    modulesRoot: workerDir,
    ...localBindings(state),
  })
  try {
    return await use(mf)
  } finally {
    await mf.dispose()
  }
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!

/** Each query a few times, newest results first, as a reader's first page. */
export async function timeSearch(mf: Miniflare, rounds = 5) {
  const times: number[] = []
  let reads = 0
  for (const q of QUERIES) await mf.dispatchFetch(`http://localhost/api/search?q=${encodeURIComponent(q)}`) // warm up
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t = performance.now()
      const res = await mf.dispatchFetch(`http://localhost/search?q=${encodeURIComponent(q)}`)
      await res.arrayBuffer()
      times.push(performance.now() - t)
      reads = Math.max(reads, Number(res.headers.get('x-d1-reads')))
    }
  }
  return { p50: +pct(times, 50).toFixed(1), p95: +pct(times, 95).toFixed(1), reads }
}

/** `lockHoldSeconds` shortens the publish lock's hold, to show that a long import keeps extending it. */
export async function runScale(
  opts: { years: number; perDay: number; lockHoldSeconds?: number; keep?: boolean },
  say = console.log,
): Promise<ScaleResult> {
  const workerDir = mkdtempSync(join(tmpdir(), 'zzrb-scale-worker-'))
  await run('scripts/wrangler', ['deploy', 'scripts/bench/bench-worker.ts', '--dry-run', '--outdir', workerDir])
  const root = mkdtempSync(join(tmpdir(), 'zzrb-scale-'))
  const state = join(root, 'state')
  const content = join(root, 'content')
  const all = join(root, 'all')
  const days = Math.round(opts.years * 365)
  say(`writing ${days} synthetic days × ${opts.perDay} articles (test data derived from the real issue)`)
  await writeSyntheticArchive(all, { days, perDay: opts.perDay, last: '2024-03-10' })
  const dates = datesEnding('2024-03-10', days)
  const moveIn = async (from: number, to: number) => {
    for (const d of dates.slice(from, to))
      await cp(join(all, 'issues', d), join(content, 'issues', d), { recursive: true })
  }
  await mkdir(join(content, 'issues'), { recursive: true })
  await cp('content', content, { recursive: true })

  const result = { publish: {}, search: {}, archivePages: {} } as ScaleResult
  result.size = { years: opts.years, perDay: opts.perDay, days: days + 1, articles: days * opts.perDay + 6 }
  const measure = async (label: string) => {
    result.search[label] = await withWorker(workerDir, state, (mf) => timeSearch(mf))
    say(`search at ${label}: ${JSON.stringify(result.search[label])}`)
  }
  const label = (n: number) =>
    n === 0 ? '1 issue' : n % 365 === 0 ? `${n / 365} year${n > 365 ? 's' : ''}` : `${n} days`
  const steps = [...new Set([0, Math.min(days, 365), days])].map((n) => [label(n), n] as const)
  // The ledger's tables first, so the first publish below is a day's publish like any other.
  await run('scripts/wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state])
  let moved = days
  for (const [label, count] of steps) {
    if (count > 0 && days - count < moved) {
      await moveIn(days - count, moved)
      moved = days - count
    }
    if (result.publish[`publish to ${label}`] !== undefined) continue
    const p = await publish(state, content, opts.lockHoldSeconds)
    result.publish[`publish to ${label}`] = p.seconds
    say(`published to ${label} in ${p.seconds} s`)
    await measure(label)
  }

  // One more day onto the whole archive: its writes, and its time.
  await cp('test/fixtures/issues/2024-03-12', join(content, 'issues/2024-03-12'), { recursive: true })
  const one = await publish(state, content, opts.lockHoldSeconds)
  const kvWrites = [...one.out.matchAll(/^(?:已上传|已写入|已删除) ([^\s（]+)/gm)].map((m) => m[1]!)
  const d1Statements = Number(/ledger: (\d+) statements/.exec(one.out)?.[1] ?? 0)
  result.oneMoreDay = { seconds: one.seconds, kvWrites, d1Statements, onto: label(days) }
  say(`one more day: ${one.seconds} s, KV writes ${kvWrites.join(', ')}; ${d1Statements} D1 statements`)

  await withWorker(workerDir, state, async (mf) => {
    const kv = await mf.getKVNamespace('KV')
    let biggest = { key: '', bytes: 0 }
    let besides = { key: '', bytes: 0 }
    let cursor: string | undefined
    do {
      const page = await kv.list(cursor ? { cursor } : {})
      for (const { name } of page.keys) {
        const bytes = (await kv.get(name, 'arrayBuffer'))?.byteLength ?? 0
        if (bytes > biggest.bytes) biggest = { key: name, bytes }
        const edition = /^(issue|edition)\/|^latest$/.test(name)
        if (!edition && bytes > besides.bytes) besides = { key: name, bytes }
      }
      cursor = page.list_complete ? undefined : page.cursor
    } while (cursor)
    result.biggest = biggest
    result.biggestBesidesEditions = besides
    const newest = dates.at(-1)!
    for (const path of [
      '/archive',
      `/archive/${newest.slice(0, 4)}`,
      `/archive/${newest.slice(0, 4)}/${newest.slice(5, 7)}`,
    ]) {
      const res = await mf.dispatchFetch(`http://localhost${path}`)
      const body = Buffer.from(await res.arrayBuffer())
      result.archivePages[path] = { status: res.status, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }
    }
  })
  const d1 = join(state, 'v3', 'd1', 'miniflare-D1DatabaseObject')
  result.d1Bytes = readdirSync(d1).reduce((n, f) => n + statSync(join(d1, f)).size, 0)
  if (opts.keep) say(`kept: --persist-to ${state} --content ${content}`)
  else await rm(root, { recursive: true, force: true })
  await rm(workerDir, { recursive: true, force: true })
  return result
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'
  const { values } = parseArgs({
    options: {
      years: { type: 'string', default: '10' },
      'per-day': { type: 'string', default: '40' },
      keep: { type: 'boolean', default: false },
    },
  })
  const r = await runScale({ years: Number(values.years), perDay: Number(values['per-day']), keep: values.keep })
  console.log('\nThe archive at scale:', r.size)
  console.table(r.publish)
  console.table(r.search)
  console.table(r.archivePages)
  console.log({
    oneMoreDay: r.oneMoreDay,
    biggest: r.biggest,
    biggestBesidesEditions: r.biggestBesidesEditions,
    d1Bytes: r.d1Bytes,
  })
  const first = r.search['1 issue']!.p50
  for (const [label, s] of Object.entries(r.search))
    console.log(`search p50 at ${label} ÷ at 1 issue: ${(s.p50 / first).toFixed(2)}`)
  const budget = (what: string, seconds: number) =>
    console.log(
      `${what}: ${seconds} s (budget ≤ ${PUBLISH_BUDGET_SECONDS} s: ${seconds <= PUBLISH_BUDGET_SECONDS ? 'met' : 'MISSED'})`,
    )
  budget('a day’s publish, the real issue', r.publish['publish to 1 issue']!)
  budget(`one more day onto ${r.oneMoreDay.onto}`, r.oneMoreDay.seconds)
  const { writeFileSync, mkdirSync } = await import('node:fs')
  mkdirSync('.build/bench', { recursive: true })
  writeFileSync('.build/bench/scale.json', JSON.stringify(r, null, 2))
}
