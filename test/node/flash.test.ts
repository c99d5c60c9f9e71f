// 快讯 from the newsroom's files to the reader: refused by file, line and field when they cannot be
// published; live at their time (the cron trigger makes a scheduled one live); on the front page
// for 24 hours, on /news for a week, on their own page for good; in the API and the feed;
// retracted by deleting the file, and brought back by --rollback. Test items, never news.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import type { RecentNews } from '../../core/model'
import { compileFlash } from '../../publish/compile/flash'
import { formatProblem, Problems } from '../../publish/compile/problems'
import { listSources } from '../../publish/sources'
import { copyContent } from './content-copy'
import { publish, type Site, usePublishedContent } from './published-site'

const { publishedSite } = usePublishedContent()

interface Flash {
  title: string
  body: string
  time?: string
  link?: string
  push?: boolean | string
}
const fileOf = (f: Flash) =>
  [
    '---',
    `title: ${f.title}`,
    ...(f.time ? [`time: ${f.time}`] : []),
    ...(f.link ? [`link: ${f.link}`] : []),
    ...(f.push === undefined ? [] : [`push: ${f.push}`]),
    '---',
    '',
    f.body,
    '',
  ].join('\n')

async function withFlash(dir: string, items: Record<string, Flash>): Promise<string> {
  await mkdir(join(dir, 'flash'), { recursive: true })
  for (const [id, f] of Object.entries(items)) await writeFile(join(dir, 'flash', `${id}.md`), fileOf(f))
  return dir
}

/** A moment `minutes` from now, written as editors do: Beijing time with its offset. */
const at = (minutes: number) => {
  const d = new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19)
  return `${d}+08:00`
}

const html = async (site: Site, path: string) => parse((await site.get(path)).text)
const recent = async (site: Site) => JSON.parse((await site.get('/api/news')).text) as RecentNews

describe('快讯, checked at publish', () => {
  it('refuses what it cannot publish, by file, line and field', async () => {
    const dir = await withFlash(await copyContent(), {
      'tai-chang': { title: '测'.repeat(41), body: '正文。' },
      'wu-zhengwen': { title: '没有正文', body: '' },
      'zhengwen-chang': { title: '正文太长', body: '字'.repeat(301) },
      'shijian-cuo': { title: '时间不对', time: '2024-03-11 15:00', body: '正文。' },
      'lianjie-cuo': { title: '链接不对', link: 'http://example.com/x', body: '正文。' },
      'tuisong-cuo': { title: '推送不对', push: '"是"', body: '正文。' },
      kanbujian: { title: '看不见的字', body: '正文\u200b里有零宽空格。' },
    })
    const problems = new Problems()
    const sources = await listSources(dir, problems)
    await compileFlash(sources.flash, problems)
    const file = (id: string) => relative('.', join(dir, 'flash', `${id}.md`))
    expect(problems.list.map(formatProblem).sort()).toEqual(
      [
        `${file('tai-chang')}:2 字段 title：有 41 个字，超过 40 个字的上限`,
        `${file('wu-zhengwen')}:4：没有正文：在第二行 --- 下面写快讯的内容`,
        `${file('zhengwen-chang')}:5：正文有 301 个字，超过 300 个字的上限`,
        `${file('shijian-cuo')}:3 字段 time：须是带时区的日期和时间，如 2024-03-12T06:00:00+08:00（北京时间写 +08:00）`,
        `${file('lianjie-cuo')}:3 字段 link：须是本站文章的地址（/issues/日期/稿件id）或 https:// 开头的网址`,
        `${file('tuisong-cuo')}:3 字段 push：须是 true 或 false`,
        `${file('kanbujian')}:5：正文里有看不见的字符（U+200B）：请重新输入`,
      ].sort(),
    )
    // A misnamed file is refused as the folder is listed.
    await writeFile(join(dir, 'flash', 'Bad Name.md'), fileOf({ title: '名字', body: '正文。' }))
    const listed = new Problems()
    await listSources(dir, listed)
    expect(listed.list.map(formatProblem)).toEqual([expect.stringMatching(/flash\/Bad Name\.md：文件名里有空格/)])
  })
})

describe('快讯, published', () => {
  it('shows an item at its time, for 24 hours on the front page and a week on /news, and in the API and the feed', async () => {
    const site = await publishedSite()
    const scheduled = at(2)
    const dir = await withFlash(await copyContent(), {
      'ceshi-gang-gang': {
        title: '测试快讯：刚刚',
        time: at(-10),
        link: '/issues/2024-03-11/baoma-jihua',
        body: '测试。',
      },
      'ceshi-zuotian': { title: '测试快讯：两天前', time: at(-2 * 24 * 60), body: '测试，两天前。' },
      'ceshi-shang-zhou': { title: '测试快讯：十天前', time: at(-10 * 24 * 60), body: '测试，十天前。' },
      'ceshi-mei-shijian': { title: '测试快讯：发布即上线', body: '没有写时间。', push: false },
      'ceshi-dingshi': { title: '测试快讯：定时', time: scheduled, body: '两分钟后上线。' },
    })
    const r = await publish(site.state, ['--content', dir])
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(
      /^账本：快讯 ceshi-dingshi （新） → [0-9a-f]{12}，\d{4}-\d\d-\d\d \d\d:\d\d（北京时间）上线$/m,
    )

    const strip = (await html(site, '/')).querySelectorAll('.news-strip li a').map((a) => a.text)
    expect(strip).toEqual(['测试快讯：发布即上线', '测试快讯：刚刚'])
    const week = (await html(site, '/news')).querySelectorAll('.news li a').map((a) => a.text)
    expect(week).toEqual(['测试快讯：发布即上线', '测试快讯：刚刚', '测试快讯：两天前'])
    expect((await recent(site)).items.map((n) => n.id)).toEqual([
      'ceshi-mei-shijian',
      'ceshi-gang-gang',
      'ceshi-zuotian',
    ])
    // Its own page at any age, with Open Graph; one not yet live is not there.
    const old = await html(site, '/news/ceshi-shang-zhou')
    expect(old.querySelector('h1')?.text).toBe('测试快讯：十天前')
    expect(old.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article')
    expect((await html(site, '/news/ceshi-gang-gang')).querySelector('.body a')?.getAttribute('href')).toBe(
      '/issues/2024-03-11/baoma-jihua',
    )
    expect((await site.get('/news/ceshi-dingshi')).status).toBe(404)
    const feed = parse((await site.get('/feed.xml')).text)
    expect(
      feed
        .querySelectorAll('item title')
        .slice(0, 3)
        .map((t) => t.text),
    ).toEqual(week)

    // The cron trigger makes the scheduled one live at its time (the run of that minute).
    expect(await site.cron(new Date(Date.parse(scheduled) - 1_000))).toBe('ok')
    expect((await site.get('/news/ceshi-dingshi')).status).toBe(404)
    expect(await site.cron(new Date(Date.parse(scheduled)))).toBe('ok')
    expect((await site.get('/news/ceshi-dingshi')).status).toBe(200)
  })

  it('retracts an item whose file is deleted, everywhere, and --rollback brings it back', async () => {
    const site = await publishedSite()
    const dir = await withFlash(await copyContent(), {
      'ceshi-liu': { title: '测试快讯：留下', time: at(-5), body: '测试。' },
      'ceshi-che': { title: '测试快讯：撤回', time: at(-3), body: '测试，将撤回。' },
    })
    expect((await publish(site.state, ['--content', dir])).code).toBe(0)
    await rm(join(dir, 'flash', 'ceshi-che.md'))
    const r = await publish(site.state, ['--content', dir])
    expect(r.out).toMatch(/^账本：快讯 ceshi-che [0-9a-f]{12} → （撤回）$/m)
    expect((await site.get('/news/ceshi-che')).status).toBe(404)
    expect((await recent(site)).items.map((n) => n.id)).toEqual(['ceshi-liu'])
    expect(
      parse((await site.get('/feed.xml')).text)
        .querySelectorAll('item title')
        .map((t) => t.text),
    ).not.toContain('测试快讯：撤回')
    const back = await publish(site.state, ['--rollback'])
    expect(back.code, back.err).toBe(0)
    expect((await site.get('/news/ceshi-che')).status).toBe(200)
    expect((await recent(site)).items.map((n) => n.id)).toEqual(['ceshi-che', 'ceshi-liu'])
  })
})
