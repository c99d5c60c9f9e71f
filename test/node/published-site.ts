// The publisher and the site end to end, for the node tests: the real CLI writes local KV and D1
// through its bindings into a state folder, and the wrangler-built worker runs in workerd (miniflare)
// on that same state.
import { execFile, spawn } from 'node:child_process'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Miniflare, type Response as MiniflareResponse } from 'miniflare'
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, inject } from 'vitest'
import { localBindings } from '../../scripts/lib/local-state'
import { publishedCopy } from '../state-cache'

const run = promisify(execFile)
const scratch: string[] = []

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

export const removeTempDirs = () => Promise.all(scratch.splice(0).map((d) => rm(d, { recursive: true, force: true })))

/** The worker as wrangler bundles it for deploy, built once before the node tests (worker-build.setup.ts). */
export const buildWorker = async (): Promise<string> => inject('workerDir')

export type Result = { code: number; out: string; err: string }

/** The keys a publish reports it wrote. */
export const written = (out: string) => [...out.matchAll(/^已写入 ([^\s（]+)/gm)].map((m) => m[1] ?? '')

/** Runs `npm run publish -- --persist-to state …args`, with extra environment if given. */
export async function publish(state: string, args: string[] = [], env: Record<string, string> = {}): Promise<Result> {
  try {
    const cli = ['scripts/publish.mjs', '--persist-to', state, ...args]
    const { stdout, stderr } = await run(process.execPath, cli, { env: { ...process.env, ...env } })
    return { code: 0, out: stdout, err: stderr }
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string }
    return { code: r.code, out: r.stdout, err: r.stderr }
  }
}

/**
 * Starts a publish and returns its process, for tests that interrupt it or race another. It runs
 * in one Node process, so a signal reaches the publisher itself.
 */
export function startPublish(state: string, args: string[] = [], env: Record<string, string> = {}) {
  // A process group of its own: killing it outright takes the bindings' runtime with it.
  const child = spawn(process.execPath, ['scripts/publish.mjs', '--persist-to', state, ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (err += d))
  const done = new Promise<Result>((resolve) => child.on('exit', (code) => resolve({ code: code ?? 1, out, err })))
  /** Kills the publisher outright (kill -9), with the runtime it started, as a dead machine would. */
  const killOutright = () => process.kill(-child.pid!, 'SIGKILL')
  return { child, done, output: () => out, killOutright }
}

/**
 * Starts a publish that stops itself (SIGSTOP) right after its `line`th line of output, and
 * returns once it has: the test then kills or interrupts it at exactly that step.
 */
export async function publishStoppedAfter(
  state: string,
  line: number,
  args: string[] = [],
  env: Record<string, string> = {},
) {
  const run = startPublish(state, args, { ...env, ZZRB_STOP_AFTER_LINE: String(line) })
  const stopped = () => readFile(`/proc/${run.child.pid}/stat`, 'utf8').then((s) => s.split(') ')[1]?.startsWith('T'))
  const exited = run.done.then(() => true)
  while (!(await Promise.race([stopped(), exited]))) await new Promise((r) => setTimeout(r, 20))
  // The lines it wrote before stopping are in the pipe, not yet read on a busy machine: wait for them.
  const lines = () => run.output().split('\n').length - 1
  for (const deadline = Date.now() + 10_000; lines() < line; ) {
    if (Date.now() > deadline)
      throw new Error(`publish stopped, but wrote ${lines()} of ${line} lines:\n${run.output()}`)
    await new Promise((r) => setTimeout(r, 20))
  }
  return run
}

/** A copy of `content` as published once a run (test/state-cache.ts), removed with the test's temp folders. */
export async function publishedState(content = 'content'): Promise<string> {
  const dir = await publishedCopy(content)
  scratch.push(dir)
  return dir
}

/** A copy of a state folder, so a test can start from what another publish left. */
export async function copyState(state: string): Promise<string> {
  const copy = await tempDir('zzrb-kv-')
  await cp(state, copy, { recursive: true })
  return copy
}

/**
 * For a test file: builds the worker and publishes content/ into a base state once. Each test
 * then gets a Site on a copy of its own (`publishedSite`), or on an empty state (`emptySite`).
 */
export function usePublishedContent() {
  let base = ''
  let workerDir = ''
  beforeAll(async () => {
    workerDir = await buildWorker()
    base = await publishedCopy()
    scratch.push(base)
  })
  afterAll(async () => {
    await stopSites()
    await removeTempDirs()
  })
  return {
    publishedSite: async () => new Site(workerDir, await copyState(base)),
    emptySite: async () => new Site(workerDir, await tempDir('zzrb-kv-')),
  }
}

/** Every Site's worker still running, stopped after each test file. */
const running = new Set<Miniflare>()
export const stopSites = () => Promise.all([...running].map((mf) => mf.dispose().finally(() => running.delete(mf))))

export class Site {
  private mf: Miniflare | undefined

  constructor(
    private readonly workerDir: string,
    readonly state: string,
  ) {}

  /**
   * Runs `use` with the worker on the state, started on first use and kept for the test file. Its
   * edge cache is off, so every answer shows what the publisher wrote last, as a fresh worker would.
   */
  async with<T>(use: (mf: Miniflare) => Promise<T>): Promise<T> {
    if (!this.mf) {
      this.mf = new Miniflare({
        modules: true,
        scriptPath: join(this.workerDir, 'index.js'),
        modulesRoot: this.workerDir,
        cache: false,
        ...localBindings(this.state),
      })
      running.add(this.mf)
    }
    return use(this.mf)
  }

  /**
   * Fires the cron trigger, as Cloudflare does every minute, for the minute `at` (now unless
   * given); resolves once its run has ended.
   */
  async cron(at: Date = new Date()): Promise<'ok' | string> {
    return this.with(async (mf) => {
      const worker = await mf.getWorker()
      return (await worker.scheduled({ cron: '* * * * *', scheduledTime: at })).outcome
    })
  }

  /** Stops its worker (a test that makes many sites). */
  async close(): Promise<void> {
    const mf = this.mf
    this.mf = undefined
    if (mf) await mf.dispose().finally(() => running.delete(mf))
  }

  /** GET a path with these headers: the answer and its body's bytes. */
  async fetch(path: string, headers: Record<string, string> = {}): Promise<{ res: MiniflareResponse; body: Buffer }> {
    return this.with(async (mf) => {
      const res = await mf.dispatchFetch(`http://localhost${path}`, { headers })
      return { res, body: Buffer.from(await res.arrayBuffer()) }
    })
  }

  /** GET a path, redirects not followed. */
  async get(path: string): Promise<{ status: number; text: string }> {
    return this.with(async (mf) => {
      const res = await mf.dispatchFetch(`http://localhost${path}`, { redirect: 'manual' })
      return { status: res.status, text: await res.text() }
    })
  }

  /** Every key and value in KV. */
  snapshot(): Promise<Record<string, string | null>> {
    return this.with(async (mf) => {
      const kv = await mf.getKVNamespace('KV')
      const names: string[] = []
      let cursor: string | undefined
      do {
        const page = await kv.list(cursor ? { cursor } : {})
        names.push(...page.keys.map((k) => k.name))
        cursor = page.list_complete ? undefined : page.cursor
      } while (cursor)
      return Object.fromEntries(await Promise.all(names.map(async (k) => [k, await kv.get(k)])))
    })
  }

  /** Rows from the ledger. */
  query<T>(sql: string): Promise<T[]> {
    return this.with(async (mf) => (await (await mf.getD1Database('DB')).prepare(sql).all<T>()).results)
  }

  /**
   * Follows every link from the front page and 往期 (pages of issues, 版面, articles, the archive's
   * months), and returns the links that do not answer 200.
   */
  async brokenLinks(): Promise<string[]> {
    return this.with(async (mf) => {
      const seen = new Set<string>()
      const broken: string[] = []
      const queue = ['/', '/archive']
      while (queue.length > 0) {
        const path = queue.shift()!
        if (seen.has(path)) continue
        seen.add(path)
        const res = await mf.dispatchFetch(`http://localhost${path}`, { redirect: 'manual' })
        const text = await res.text()
        if (res.status !== 200) {
          broken.push(`${path} → ${res.status}`)
          continue
        }
        for (const a of parse(text).querySelectorAll('main a[href^="/"]')) {
          const href = a.getAttribute('href')!
          if (/^\/(issues|archive)\//.test(href) && !seen.has(href)) queue.push(href)
        }
      }
      return broken
    })
  }
}
