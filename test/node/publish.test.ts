// The publisher end to end: the real CLI writes local KV and D1 through its bindings, and the real
// worker (bundled by wrangler, run by miniflare in workerd) serves what it wrote. Every test
// starts from its own copy of a state with content/ published into it.
import { rm } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../../core/model'
import { contentWith, copyContent, edit, ISSUE } from './content-copy'
import { publish, publishStoppedAfter, type Site, usePublishedContent, written } from './published-site'

/** A state of its own for one test: content/ published, 2024-03-11 live; or an empty one. */
const { publishedSite, emptySite } = usePublishedContent()

const latestIssue = async (site: Site) => JSON.parse((await site.get('/api/issues/latest')).text) as Issue
const archiveDates = async (site: Site) =>
  (JSON.parse((await site.get('/api/archive/2024-03')).text) as { issues: Array<{ date: string }> }).issues.map(
    (i) => i.date,
  )

describe('npm run publish', () => {
  it('publishes the 2024-03-11 issue, the pointer last, and every link of the site resolves', async () => {
    const site = await emptySite()
    const r = await publish(site.state)
    expect(r.code, r.err).toBe(0)
    expect(written(r.out)).toEqual(['edition/2024-03-11', 'archive/2024-03', 'archive/index', 'latest'])
    expect(r.out).toMatch(/^已写入 latest → 2024-03-11 [0-9a-f]{12}$/m)
    const issue = await latestIssue(site)
    expect(issue.pages.flatMap((p) => p.articles)).toHaveLength(6)
    expect(await site.brokenLinks()).toEqual([])
  })

  it('writes nothing when the same content is published again', async () => {
    const site = await publishedSite()
    const before = await site.snapshot()
    const r = await publish(site.state)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('没有要发布的')
    expect(written(r.out)).toEqual([])
    expect(await site.snapshot()).toEqual(before)
  })

  it('refuses broken content, names the file, and leaves the live issue untouched', async () => {
    const site = await publishedSite()
    const before = await site.snapshot()
    const dir = await copyContent()
    await edit(
      dir,
      `${ISSUE}/baoma-jihua.md`,
      '此次招聘会',
      '<iframe src="https://example.com"></iframe>\n\n此次招聘会',
    )
    const r = await publish(site.state, ['--content', dir])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/发布被拒绝，什么都没有写入/)
    expect(r.err).toMatch(/issues\/2024-03-11\/baoma-jihua\.md:\d+：稿件里不能写 HTML/)
    expect(await site.snapshot()).toEqual(before)
  })

  it('--dry-run shows what it would write and writes nothing', async () => {
    const site = await publishedSite()
    const before = await site.snapshot()
    const r = await publish(site.state, ['--content', await contentWith('test/fixtures/issues'), '--dry-run'])
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/^将上传 issue\/2024-03-12\//m)
    expect(r.out).toMatch(/^将发布 2024-03-12 [0-9a-f]{12}（立即上线）$/m)
    expect(written(r.out)).toEqual([])
    expect(await site.snapshot()).toEqual(before)
  })

  it('a new day rewrites none of the days already published, and compiles only itself', async () => {
    const site = await publishedSite()
    const before = await site.snapshot()
    const content = await contentWith('test/fixtures/issues')
    const r = await publish(site.state, ['--content', content])
    expect(r.code, r.err).toBe(0)
    const old = Object.keys(before).filter((k) => k.includes('2024-03-11'))
    expect(old).toEqual(['edition/2024-03-11', expect.stringMatching(/^issue\/2024-03-11\//)])
    expect(written(r.out).filter((k) => k.includes('2024-03-11'))).toEqual([])
    const after = await site.snapshot()
    for (const key of old) expect(after[key], key).toBe(before[key])
    expect(written(r.out)).toEqual(['edition/2024-03-12', 'archive/2024-03', 'archive/index', 'latest'])
  })

  it('moves the pointer to a newer issue, and --rollback moves it back', async () => {
    const site = await publishedSite()
    const first = (await site.snapshot()).latest
    const r = await publish(site.state, ['--content', await contentWith('test/fixtures/issues')])
    expect(r.code, r.err).toBe(0)
    expect((await latestIssue(site)).date).toBe('2024-03-12')
    expect(await archiveDates(site)).toEqual(['2024-03-12', '2024-03-11'])

    const back = await publish(site.state, ['--rollback'])
    expect(back.code, back.err).toBe(0)
    expect(back.out).toMatch(/已撤销第 2 次发布：最新一期：2024-03-11/)
    expect((await site.snapshot()).latest).toBe(first)
    expect(await archiveDates(site)).toEqual(['2024-03-11'])
    expect((await site.get('/issues/2024-03-12')).status).toBe(404)
    expect(await site.brokenLinks()).toEqual([])
  })

  it('refuses to roll back the first publish, which would take every issue down', async () => {
    const site = await publishedSite()
    const r = await publish(site.state, ['--rollback'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/没有可以撤销的发布/)
    expect((await latestIssue(site)).date).toBe('2024-03-11')
  })

  it('a publish killed right after its upload leaves the live issue untouched; a retry completes', async () => {
    const site = await publishedSite()
    const first = (await site.snapshot()).latest
    const content = await contentWith('test/fixtures/issues')
    // Its lock outlives it by a second: the retry waits that out.
    const killed = await publishStoppedAfter(site.state, 1, ['--content', content], { ZZRB_LOCK_HOLD_SECONDS: '1' })
    expect(killed.output()).toMatch(/^已上传 issue\/2024-03-12\//)
    killed.killOutright()
    await killed.done
    expect(written(killed.output())).toEqual([])
    expect((await site.snapshot()).latest).toBe(first)

    const retry = await publish(site.state, ['--content', content])
    expect(retry.code, retry.err).toBe(0)
    expect((await latestIssue(site)).date).toBe('2024-03-12')
    await rm(content, { recursive: true, force: true })
  })
})
