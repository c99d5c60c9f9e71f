// The newsroom's hard days, through the real CLI on local KV and D1: two editors publishing at
// once, a rollback of a publish that changed two days, a publisher killed half-way, a date typed
// wrong, a correction.
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../core/model'
import { contentWith, correctedContent, edit, ISSUE } from './content-copy'
import { publish, publishStoppedAfter, type Site, startPublish, usePublishedContent, written } from './published-site'

const { publishedSite } = usePublishedContent()
const json = async <T>(site: Site, path: string) => JSON.parse((await site.get(path)).text) as T
const searchIds = async (site: Site, q: string) =>
  (await json<{ hits: Array<{ date: string; id: string }> }>(site, `/api/search?q=${encodeURIComponent(q)}`)).hits.map(
    (h) => `${h.date}/${h.id}`,
  )

describe('the newsroom', () => {
  it('two editors publishing at once: one waits for the other, and neither loses work', async () => {
    const site = await publishedSite()
    // The first holds the lock, stopped after its first write, until the second says it waits.
    const one = await publishStoppedAfter(site.state, 1, ['--content', await contentWith('test/fixtures/issues')])
    const two = startPublish(site.state, ['--content', await contentWith('test/fixtures/issues-later')])
    await until(() => two.output().includes('等待：'))
    one.child.kill('SIGCONT')
    const [a, b] = await Promise.all([one.done, two.done])
    expect([a.code, b.code], a.err + b.err).toEqual([0, 0])
    expect(`${a.out}${b.out}`).toMatch(/等待：另一次发布正在进行（\S+@\S+ pid \d+，[-\d]+ [:\d]+（北京时间）开始/)
    const month = await json<{ issues: Array<{ date: string }> }>(site, '/api/archive/2024-03')
    expect(month.issues.map((i) => i.date)).toEqual(['2024-03-13', '2024-03-12', '2024-03-11'])
    expect((await json<{ date: string }>(site, '/api/issues/latest')).date).toBe('2024-03-13')
    expect(await searchIds(site, '测试稿件')).toEqual(['2024-03-12/ceshi-gaojian'])
    expect(await searchIds(site, '测试下载中断')).toEqual(['2024-03-13/ceshi-zhongduan'])
    expect(await site.brokenLinks()).toEqual([])
  })

  it('a publish that will not wait says who holds the lock and exits 75; --force-unlock frees it', async () => {
    const site = await publishedSite()
    // A publisher killed outright (kill -9) cannot give its lock back: it holds it until it expires.
    const content = await contentWith('test/fixtures/issues')
    const killed = await publishStoppedAfter(site.state, 1, ['--content', content])
    killed.killOutright()
    await killed.done
    const refused = await publish(site.state, ['--content', content, '--no-wait'])
    expect(refused.code).toBe(75)
    expect(refused.err).toMatch(new RegExp(`另一次发布正在进行（\\S+@\\S+ pid ${killed.child.pid}，`))
    const broken = await publish(site.state, ['--force-unlock'])
    expect(broken.code, broken.err).toBe(0)
    const next = await publish(site.state, ['--content', content, '--no-wait'])
    expect(next.code, next.err).toBe(0)
    expect((await json<{ date: string }>(site, '/api/issues/latest')).date).toBe('2024-03-12')
  })

  it('a publisher interrupted half-way gives its lock back; the next publish completes', async () => {
    const site = await publishedSite()
    const content = await contentWith('test/fixtures/issues')
    const interrupted = await publishStoppedAfter(site.state, 1, ['--content', content])
    interrupted.child.kill('SIGTERM')
    interrupted.child.kill('SIGCONT')
    const r = await interrupted.done
    expect(r.err).toMatch(/发布被中断（SIGTERM）/)
    expect(await site.query('SELECT * FROM lock')).toEqual([])
    const next = await publish(site.state, ['--content', content, '--no-wait'])
    expect(next.code, next.err).toBe(0)
    expect((await json<{ date: string }>(site, '/api/issues/latest')).date).toBe('2024-03-12')
    expect(await site.brokenLinks()).toEqual([])
  })

  it('a rollback undoes a whole publish: a day changed and a day added go back together', async () => {
    const site = await publishedSite()
    const before = await site.snapshot()
    const changed = await contentWith('test/fixtures/issues')
    await rm(join(changed, ISSUE, 'baoma-jihua.md'))
    expect((await publish(site.state, ['--content', changed])).code).toBe(0)
    expect((await json<{ articles: unknown[] }>(site, '/api/issues/2024-03-11/bundle')).articles).toHaveLength(5)

    const back = await publish(site.state, ['--rollback'])
    expect(back.code, back.err).toBe(0)
    const after = await site.snapshot()
    for (const key of ['latest', 'edition/2024-03-11']) expect(after[key], key).toBe(before[key])
    const issues = (key: string | null | undefined) =>
      JSON.parse(key ?? '{}').issues.map((i: { date: string; version: string }) => `${i.date} ${i.version}`)
    expect(issues(after['archive/2024-03'])).toEqual(issues(before['archive/2024-03']))
    expect(after['edition/2024-03-12']).toBeUndefined()
    expect((await site.get('/issues/2024-03-11/baoma-jihua')).status).toBe(200)
    expect(await searchIds(site, '宝妈计划')).toContain('2024-03-11/baoma-jihua')
    expect(await site.brokenLinks()).toEqual([])
  })

  it('a date far ahead is refused unless scheduled on purpose; scheduled, it waits unseen', async () => {
    const site = await publishedSite()
    const typo = await contentWith('test/fixtures/issues-later')
    await rm(join(typo, 'issues/2024-03-13'), { recursive: true })
    await import('node:fs/promises').then((fs) =>
      fs.cp('test/fixtures/issues-later/2024-03-13', join(typo, 'issues/2042-03-13'), { recursive: true }),
    )
    await edit(typo, 'issues/2042-03-13/issue.yaml', 'date: 2024-03-13', 'date: 2042-03-13')
    const refused = await publish(site.state, ['--content', typo])
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(
      /issues\/2042-03-13\/issue\.yaml:\d+ 字段 date：比今天.*晚 \d+ 天.*publishAt: 2042-03-13T06:00:00\+08:00/,
    )

    await edit(
      typo,
      'issues/2042-03-13/issue.yaml',
      'date: 2042-03-13',
      'date: 2042-03-13\npublishAt: 2042-03-13T06:00:00+08:00',
    )
    const scheduled = await publish(site.state, ['--content', typo])
    expect(scheduled.code, scheduled.err).toBe(0)
    expect(scheduled.out).toMatch(/^账本：2042-03-13 （新） → [0-9a-f]{12}，2042-03-13 06:00（北京时间）上线$/m)
    expect((await json<{ date: string }>(site, '/api/issues/latest')).date).toBe('2024-03-11')
    expect((await site.get('/issues/2042-03-13')).status).toBe(404)
    expect(await site.brokenLinks()).toEqual([])
  })

  it('a correction updates only its day, shows the editors’ note, and carries the new lastmod', async () => {
    const site = await publishedSite()
    const before = await site.snapshot()
    const fixed = await correctedContent()
    const r = await publish(site.state, ['--content', fixed])
    expect(r.code, r.err).toBe(0)
    expect(written(r.out)).toEqual(['edition/2024-03-11', 'archive/2024-03', 'archive/index', 'latest'])
    const after = await site.snapshot()
    expect(
      Object.keys(after)
        .filter((k) => after[k] !== before[k])
        .sort(),
    ).toEqual([
      'archive/2024-03',
      'archive/index',
      'edition/2024-03-11',
      expect.stringMatching(/^issue\/2024-03-11\//),
      'latest',
    ])
    const page = parse((await site.get('/issues/2024-03-11/baoma-jihua')).text)
    expect(page.querySelector('.correction')?.textContent).toBe('更正（2024年3月12日）：参会企业应为86家。')
    expect(page.querySelector('.story .body')?.textContent).toContain('86家企业')
    const article = await json<Article>(site, '/api/issues/2024-03-11/articles/baoma-jihua')
    expect(article.corrections).toEqual([{ date: '2024-03-12', note: '参会企业应为86家。' }])
    const sitemap = parse((await site.get('/sitemaps/2024-03.xml')).text)
    const entry = sitemap
      .querySelectorAll('url')
      .find((u) => u.querySelector('loc')?.textContent.endsWith('/baoma-jihua'))
    expect(entry?.querySelector('lastmod')?.textContent).toBe(new Date().toISOString().slice(0, 10))
    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse((await site.get('/feed.xml')).text)
    const item = feed.rss.channel.item.find((i: { link: string }) => i.link.endsWith('/baoma-jihua'))
    expect(item['atom:updated']).toBe('2024-03-12T06:00:00+08:00')
  })
})

/** Waits for something a process says (its output is read as it comes). */
async function until(done: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}
