// The publisher end to end: the real CLI writes local KV through wrangler, and the real worker
// (bundled by wrangler, run by miniflare in workerd) serves what it wrote.
import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Archive, Issue } from '../../publish/schema'
import { ISSUE, copyContent, edit } from './content-copy'

const run = promisify(execFile)
let state: string
let workerDir: string

beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'zzrb-kv-'))
  workerDir = await mkdtemp(join(tmpdir(), 'zzrb-worker-'))
  await run('scripts/wrangler', ['deploy', '--dry-run', '--outdir', workerDir])
})
afterAll(async () => {
  await rm(state, { recursive: true, force: true })
  await rm(workerDir, { recursive: true, force: true })
})

async function publish(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return publishWith({}, ...args)
}

async function publishWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['publish/cli.ts', '--persist-to', state, ...args], {
      env: { ...process.env, ...env },
    })
    return { code: 0, out: stdout, err: stderr }
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string }
    return { code: r.code, out: r.stdout, err: r.stderr }
  }
}

/** Starts the worker on the same local state, runs `use`, stops it. */
async function withWorker<T>(use: (mf: Miniflare) => Promise<T>): Promise<T> {
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

const latestJson = () => withWorker(async (mf) => (await mf.dispatchFetch('http://localhost/api/issues/latest')).text())

/** Every key and value in the namespace. */
const snapshot = () =>
  withWorker(async (mf) => {
    const kv = await mf.getKVNamespace('KV')
    const { keys } = await kv.list()
    return Object.fromEntries(await Promise.all(keys.map(async (k) => [k.name, await kv.get(k.name)])))
  })

const readArchive = async () => JSON.parse((await snapshot())['archive'] as string) as Archive

async function contentWithSecondIssue(): Promise<string> {
  const dir = await copyContent()
  await cp('test/fixtures/issues', join(dir, 'issues'), { recursive: true })
  return dir
}

describe('npm run publish', () => {
  let first: string

  it('publishes the 2024-03-11 issue, and the worker serves it', async () => {
    const r = await publish()
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/write latest → 2024-03-11/)
    first = await latestJson()
    const issue = JSON.parse(first) as Issue
    expect(issue.date).toBe('2024-03-11')
    expect(issue.pages.flatMap((p) => p.articles)).toHaveLength(6)
  })

  it('writes nothing when the same content is published again', async () => {
    const before = await snapshot()
    const r = await publish()
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('nothing to publish')
    expect(await snapshot()).toEqual(before)
  })

  it('refuses broken content, names the file, and leaves the live issue untouched', async () => {
    const before = await snapshot()
    const dir = await copyContent()
    await edit(
      dir,
      `${ISSUE}/baoma-jihua.md`,
      '此次招聘会',
      '<iframe src="https://example.com"></iframe>\n\n此次招聘会',
    )
    const r = await publish('--content', dir)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/publish refused, nothing written/)
    expect(r.err).toMatch(/issues\/2024-03-11\/baoma-jihua\.md:\d+: raw HTML is not allowed/)
    expect(await latestJson()).toBe(first)
    expect(await snapshot()).toEqual(before)
  })

  it('--dry-run shows what it would write and writes nothing', async () => {
    const before = await snapshot()
    const r = await publish('--content', await contentWithSecondIssue(), '--dry-run')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/would write issue\/2024-03-12\//)
    expect(r.out).toMatch(/would write latest → 2024-03-12/)
    expect(await snapshot()).toEqual(before)
  })

  it('moves the pointer to a newer issue, and --rollback moves it back', async () => {
    const r = await publish('--content', await contentWithSecondIssue())
    expect(r.code, r.err).toBe(0)
    expect(r.out).not.toMatch(/write article\/2024-03-11/) // already there: not written again
    expect((JSON.parse(await latestJson()) as Issue).date).toBe('2024-03-12')
    const archive = await readArchive()
    expect(archive.issues.map((i) => i.date)).toEqual(['2024-03-12', '2024-03-11'])

    const back = await publish('--rollback')
    expect(back.code, back.err).toBe(0)
    expect(back.out).toMatch(/rolled back .* to 2024-03-11/)
    expect(await latestJson()).toBe(first)
    const after = await readArchive()
    expect(after.issues.map((i) => i.date)).toEqual(['2024-03-11'])
  })

  it('refuses to roll back past the first issue', async () => {
    const r = await publish('--rollback')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/nothing to roll back to/)
    expect((JSON.parse(await latestJson()) as Issue).date).toBe('2024-03-11')
  })

  it('a publish that fails halfway through its writes leaves the live issue untouched; a retry completes', async () => {
    const content = await contentWithSecondIssue()
    const failing = await publishWith({ ZZRB_WRANGLER: 'test/fixtures/wrangler-fails-halfway' }, '--content', content)
    expect(failing.code).toBe(1)
    expect(failing.err).toMatch(/publish failed: wrangler kv bulk put failed/)
    expect(failing.out).not.toContain('published to')
    expect(await latestJson()).toBe(first)

    const retry = await publish('--content', content)
    expect(retry.code, retry.err).toBe(0)
    expect((JSON.parse(await latestJson()) as Issue).date).toBe('2024-03-12')
  })
})
