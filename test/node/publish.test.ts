// The publisher end to end: the real CLI writes local KV through wrangler, and the real worker
// (bundled by wrangler, run by miniflare in workerd) serves what it wrote. Every test starts
// from its own copy of a state with content/ published into it.
import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Archive, Issue } from '../../core/model'
import { copyContent, edit, ISSUE } from './content-copy'

const run = promisify(execFile)
const scratch: string[] = []
let base: string
let workerDir: string

const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

beforeAll(async () => {
  workerDir = await tempDir('zzrb-worker-')
  await run('scripts/wrangler', ['deploy', '--dry-run', '--outdir', workerDir])
  base = await tempDir('zzrb-kv-')
  const first = await publish(base)
  if (first.code !== 0) throw new Error(first.err)
})
afterAll(() => Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true }))))

/** A state of its own for one test: content/ published, 2024-03-11 live. */
async function publishedState(): Promise<string> {
  const state = await tempDir('zzrb-kv-')
  await cp(base, state, { recursive: true })
  return state
}

type Run = { code: number; out: string; err: string }

async function publish(state: string, ...args: string[]): Promise<Run> {
  return publishWith({}, state, ...args)
}

async function publishWith(env: Record<string, string>, state: string, ...args: string[]): Promise<Run> {
  try {
    const cli = ['publish/cli.ts', '--persist-to', state, ...args]
    const { stdout, stderr } = await run('node_modules/.bin/tsx', cli, { env: { ...process.env, ...env } })
    return { code: 0, out: stdout, err: stderr }
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string }
    return { code: r.code, out: r.stdout, err: r.stderr }
  }
}

/** Starts the worker on the state, runs `use`, stops it. */
async function withWorker<T>(state: string, use: (mf: Miniflare) => Promise<T>): Promise<T> {
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(workerDir, 'index.js'),
    modulesRoot: workerDir,
    compatibilityDate: '2026-04-20',
    kvNamespaces: { KV: '00000000000000000000000000000000' },
    kvPersist: join(state, 'v3', 'kv'),
  })
  try {
    return await use(mf)
  } finally {
    await mf.dispose()
  }
}

const latestIssue = (state: string) =>
  withWorker(
    state,
    async (mf) => (await (await mf.dispatchFetch('http://localhost/api/issues/latest')).json()) as Issue,
  )

/** Every key and value in the namespace. */
const snapshot = (state: string) =>
  withWorker(state, async (mf) => {
    const kv = await mf.getKVNamespace('KV')
    const { keys } = await kv.list()
    return Object.fromEntries(await Promise.all(keys.map(async (k) => [k.name, await kv.get(k.name)])))
  })

const archiveOf = async (state: string) => JSON.parse((await snapshot(state)).archive as string) as Archive

async function contentWithSecondIssue(): Promise<string> {
  const dir = await copyContent()
  await cp('test/fixtures/issues', join(dir, 'issues'), { recursive: true })
  return dir
}

/** The keys a publish reports it wrote. */
const written = (out: string) => [...out.matchAll(/^wrote (\S+)/gm)].map((m) => m[1] ?? '')

describe('npm run publish', () => {
  it('publishes the 2024-03-11 issue, the pointer last, and the worker serves it', async () => {
    const state = await tempDir('zzrb-kv-')
    const r = await publish(state)
    expect(r.code, r.err).toBe(0)
    expect(written(r.out).at(-1)).toBe('latest')
    expect(r.out).toMatch(/^wrote latest → 2024-03-11 [0-9a-f]{12}$/m)
    const issue = await latestIssue(state)
    expect(issue.date).toBe('2024-03-11')
    expect(issue.pages.flatMap((p) => p.articles)).toHaveLength(6)
  })

  it('writes nothing when the same content is published again', async () => {
    const state = await publishedState()
    const before = await snapshot(state)
    const r = await publish(state)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('nothing to publish')
    expect(written(r.out)).toEqual([])
    expect(await snapshot(state)).toEqual(before)
  })

  it('refuses broken content, names the file, and leaves the live issue untouched', async () => {
    const state = await publishedState()
    const before = await snapshot(state)
    const dir = await copyContent()
    await edit(
      dir,
      `${ISSUE}/baoma-jihua.md`,
      '此次招聘会',
      '<iframe src="https://example.com"></iframe>\n\n此次招聘会',
    )
    const r = await publish(state, '--content', dir)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/publish refused, nothing written/)
    expect(r.err).toMatch(/issues\/2024-03-11\/baoma-jihua\.md:\d+: raw HTML is not allowed/)
    expect(await snapshot(state)).toEqual(before)
  })

  it('--dry-run shows what it would write and writes nothing', async () => {
    const state = await publishedState()
    const before = await snapshot(state)
    const r = await publish(state, '--content', await contentWithSecondIssue(), '--dry-run')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/^would write issue\/2024-03-12\//m)
    expect(r.out).toMatch(/^would write latest → 2024-03-12/m)
    expect(written(r.out)).toEqual([])
    expect(await snapshot(state)).toEqual(before)
  })

  it('a new day rewrites none of the days already published', async () => {
    const state = await publishedState()
    const before = await snapshot(state)
    const r = await publish(state, '--content', await contentWithSecondIssue())
    expect(r.code, r.err).toBe(0)
    const old = Object.keys(before).filter((k) => k.includes('2024-03-11'))
    expect(old.length).toBeGreaterThanOrEqual(2) // its versioned key and its edition
    expect(written(r.out).filter((k) => k.includes('2024-03-11'))).toEqual([])
    const after = await snapshot(state)
    for (const key of old) expect(after[key], key).toBe(before[key])
    expect(Object.keys(after).filter((k) => k.includes('2024-03-12'))).toHaveLength(2)
  })

  it('moves the pointer to a newer issue, and --rollback moves it back', async () => {
    const state = await publishedState()
    const first = (await snapshot(state)).latest
    const r = await publish(state, '--content', await contentWithSecondIssue())
    expect(r.code, r.err).toBe(0)
    expect((await latestIssue(state)).date).toBe('2024-03-12')
    expect((await archiveOf(state)).issues.map((i) => i.date)).toEqual(['2024-03-12', '2024-03-11'])

    const back = await publish(state, '--rollback')
    expect(back.code, back.err).toBe(0)
    expect(back.out).toMatch(/rolled back .* to 2024-03-11/)
    expect((await snapshot(state)).latest).toBe(first)
    expect((await archiveOf(state)).issues.map((i) => i.date)).toEqual(['2024-03-11'])
  })

  it('refuses to roll back past the first issue', async () => {
    const state = await publishedState()
    const r = await publish(state, '--rollback')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/nothing to roll back to/)
    expect((await latestIssue(state)).date).toBe('2024-03-11')
  })

  it('a publish that fails halfway through its writes leaves the live issue untouched; a retry completes', async () => {
    const state = await publishedState()
    const first = (await snapshot(state)).latest
    const content = await contentWithSecondIssue()
    const failing = await publishWith(
      { ZZRB_WRANGLER: 'test/fixtures/wrangler-fails-halfway' },
      state,
      '--content',
      content,
    )
    expect(failing.code).toBe(1)
    expect(failing.err).toMatch(/publish failed: wrangler kv bulk put failed/)
    expect(written(failing.out)).toEqual([])
    expect((await snapshot(state)).latest).toBe(first)

    const retry = await publish(state, '--content', content)
    expect(retry.code, retry.err).toBe(0)
    expect((await latestIssue(state)).date).toBe('2024-03-12')
  })
})
