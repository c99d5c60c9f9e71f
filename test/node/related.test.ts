// 相关阅读: up to three other articles sharing an article's subject, from its own issue and the 30
// days before it, chosen at publish and kept in the article's JSON (so the phone shows the same
// offline). Test content only: the issues written here are test data, never news.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'node-html-parser'
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { describe, expect, it } from 'vitest'
import type { Edition, RelatedArticle } from '../../core/model'
import { type RelatedDoc, relatedFor } from '../../core/search/related'
import { Related } from '../../core/ui/parts/Related'
import { testPhoto } from '../worker/search-editions'
import { copyContent } from './content-copy'
import { publish, type Site, usePublishedContent } from './published-site'

const { emptySite } = usePublishedContent()

/** Writes an issue of one 版 (要闻) into a content copy: [id, title, tags] per article. */
async function writeIssue(dir: string, date: string, articles: Array<[string, string, string[]]>): Promise<void> {
  const folder = join(dir, 'issues', date)
  await mkdir(folder, { recursive: true })
  await writeFile(
    join(folder, 'issue.yaml'),
    `# A test fixture, not a real issue.\ndate: ${date}\npages:\n  - number: 1\n    name: 要闻\n`,
  )
  for (const [i, [id, title, tags]] of articles.entries()) {
    const tagLine = tags.length > 0 ? `tags: [${tags.join(', ')}]\n` : ''
    await writeFile(
      join(folder, `${id}.md`),
      `---\nid: ${id}\npage: 1\norder: ${i + 1}\ntitle: ${title}\n${tagLine}byline:\n  - { role: 编辑, name: 测试 }\n---\n\n这是一篇用于测试相关阅读的稿件，不是新闻。\n`,
    )
  }
}

const bundle = async (site: Site, date: string) =>
  JSON.parse((await site.get(`/api/issues/${date}/bundle`)).text) as Edition
const relatedOf = (edition: Edition, id: string): string[] =>
  (edition.articles.find((a) => a.id === id)?.related ?? []).map((r) => `${r.date}/${r.id}`)

describe('相关阅读, chosen at publish', () => {
  it('lists earlier articles on the same subject from the last 30 days, never a later day, never itself', async () => {
    const site = await emptySite()
    const dir = await copyContent()
    // Forty days before: the same headline, too old to be listed.
    await writeIssue(dir, '2024-02-01', [['wen-jiuye-jiuri', '株洲“稳就业”再出实招', ['就业']]])
    await writeIssue(dir, '2024-03-12', [
      ['wen-jiuye-xuji', '株洲“稳就业”再出实招', ['就业']],
      ['yinyuehui', '春天音乐会周末开演', []],
    ])
    const first = await publish(site.state, ['--content', dir])
    expect(first.code, first.err).toBe(0)

    const day2 = await bundle(site, '2024-03-12')
    expect(relatedOf(day2, 'wen-jiuye-xuji')).toEqual(['2024-03-11/wen-jiuye-zhuzhou-shijian'])
    expect(relatedOf(day2, 'yinyuehui')).toEqual([])
    const day1 = await bundle(site, '2024-03-11')
    const listed = day1.articles.flatMap((a) => (a.related ?? []).map((r) => ({ from: a.id, ...r })))
    expect(listed.filter((r) => r.date > '2024-03-11' || r.date < '2024-02-10' || r.id === r.from)).toEqual([])

    // A later publish draws on the days already in the ledger.
    await writeIssue(dir, '2024-03-13', [['wen-jiuye-sanji', '“稳就业”实招见效', ['就业']]])
    const second = await publish(site.state, ['--content', dir])
    expect(second.code, second.err).toBe(0)
    const day3 = await bundle(site, '2024-03-13')
    expect(relatedOf(day3, 'wen-jiuye-sanji')).toEqual([
      '2024-03-12/wen-jiuye-xuji',
      '2024-03-11/wen-jiuye-zhuzhou-shijian',
    ])
    // What was published before is left as it was.
    expect(relatedOf(await bundle(site, '2024-03-12'), 'wen-jiuye-xuji')).toEqual(relatedOf(day2, 'wen-jiuye-xuji'))
  })
})

describe('相关阅读, weighed', () => {
  const doc = (date: string, id: string, title: string, tags: string[] = [], order = 0): RelatedDoc => ({
    date,
    id,
    title,
    tags,
    order,
  })

  it('keeps at most three, the closest first, from the window only, with their photos', () => {
    const photo = testPhoto(3)
    const docs: RelatedDoc[] = [
      doc('2024-03-20', 'a', '城区公交线路调整', ['公交']),
      doc('2024-03-20', 'b', '公交线路调整方案公布', [], 1),
      { ...doc('2024-03-19', 'c', '城区公交线路再调整', ['公交']), thumb: photo },
      doc('2024-03-10', 'd', '公交', ['公交']),
      doc('2024-03-01', 'e', '公交线路调整听证', ['公交']),
      doc('2024-02-18', 'f', '城区公交线路调整', ['公交']),
      doc('2024-03-21', 'g', '城区公交线路调整', ['公交']),
      doc('2024-03-20', 'h', '春茶开采', ['茶叶'], 2),
    ]
    const related = relatedFor('2024-03-20', docs)
    const a = related.get('a') ?? []
    expect(a.map((r) => r.id)).toEqual(['c', 'e', 'b'])
    expect(a[0]).toEqual<RelatedArticle>({ date: '2024-03-19', id: 'c', title: '城区公交线路再调整', thumb: photo })
    // Only the issue's own articles get a list; one sharing nothing gets none.
    expect([...related.keys()].sort()).toEqual(['a', 'b'])
    for (const list of related.values()) {
      expect(list.length).toBeLessThanOrEqual(3)
      for (const r of list) expect(r.date >= '2024-02-19' && r.date <= '2024-03-20', r.id).toBe(true)
    }
  })

  it('is rendered as a labelled section of links with their dates', () => {
    const html = renderToString(
      h(Related, {
        related: [
          { date: '2024-03-12', id: 'wen-jiuye-xuji', title: '株洲“稳就业”再出实招' },
          { date: '2024-03-11', id: 'baoma-jihua', title: '“宝妈计划”帮带孩妈妈找工作', thumb: testPhoto(5) },
        ],
      }),
    )
    const section = parse(html).querySelector('section')!
    const heading = section.querySelector('h2')!
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id)
    expect(heading.textContent).toBe('相关阅读')
    const items = section.querySelectorAll('li')
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      '/issues/2024-03-12/wen-jiuye-xuji',
      '/issues/2024-03-11/baoma-jihua',
    ])
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2024-03-12', '2024-03-11'])
    expect(items.map((li) => li.querySelector('picture.thumb') !== null)).toEqual([false, true])
    expect(renderToString(h(Related, { related: [] }))).toBe('')
  })
})
