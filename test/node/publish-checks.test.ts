// Through the real CLI on local KV and D1: npm run lint:content refuses exactly what a publish
// refuses, with the same messages; an oversized article is refused with nothing written; an edit
// that keeps a file's size and modification time is published; and search pages through the
// archive from the first date the paper accepts to the last, never looping.
import { execFile } from 'node:child_process'
import { cp, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { docId, MAX_ARTICLES } from '../../core/ledger/doc-id'
import { writeSyntheticArchive } from '../synthetic/archive'
import { ARTICLE, type BadCase, beijingDay, capCases, dateCases, nameCases } from './bad-content'
import { copyContent, edit, ISSUE } from './content-copy'
import { publish, type Site, tempDir, usePublishedContent, written } from './published-site'

const { publishedSite, emptySite } = usePublishedContent()
const run = promisify(execFile)

/** npm run lint:content on a folder: its exit code and the problems it lists. */
async function lint(dir: string): Promise<{ code: number; problems: string[] }> {
  const r = await run(process.execPath, ['--import', 'tsx', 'publish/lint.ts', dir]).then(
    () => ({ code: 0, err: '' }),
    (e: { code: number; stderr: string }) => ({ code: e.code, err: e.stderr }),
  )
  return { code: r.code, problems: r.err.split('\n').filter((l) => l && !/^共 \d+ 处问题$/.test(l)) }
}

/** The problems a refused publish lists, one a line as lint lists them. */
const refusedProblems = (err: string) =>
  err
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.slice(2))

const pick = (cases: BadCase[], name: string) => cases.find((c) => c[0] === name)!

describe('npm run lint:content refuses what a publish refuses, with the same message', () => {
  const cases: BadCase[] = [
    pick(dateCases, 'an issue ten days ahead with no publishAt'),
    pick(dateCases, 'an issue dated 1969-12-31'),
    pick(capCases, 'a list nested 4,000 deep on one line'),
    pick(nameCases, 'an article file name with a space'),
    [
      'a figure whose image is no image',
      async (d) => {
        await mkdir(join(d, ISSUE, 'images'))
        await writeFile(join(d, ISSUE, 'images/x.jpg'), '这不是图片')
        await edit(d, ARTICLE, '此次招聘会', '::figure[招聘会现场]{src="images/x.jpg"}\n\n此次招聘会')
      },
      /图片“images\/x\.jpg”无法读取/,
    ],
  ]

  it.each(cases)('%s', async (_name, breakIt, expected) => {
    const site = await publishedSite()
    const dir = await copyContent()
    await breakIt(dir)
    const [linted, published] = await Promise.all([lint(dir), publish(site.state, ['--content', dir])])
    expect(linted.code).toBe(1)
    expect(published.code).toBe(1)
    expect(linted.problems.join('\n')).toMatch(expected)
    expect(refusedProblems(published.err)).toEqual(linted.problems)
  })

  it('passes what a publish takes: the real issue and a day scheduled far ahead on purpose', async () => {
    const dir = await copyContent()
    await cp('test/fixtures/issues-later/2024-03-13', join(dir, 'issues/2100-01-01'), { recursive: true })
    await edit(
      dir,
      'issues/2100-01-01/issue.yaml',
      'date: 2024-03-13',
      'date: 2100-01-01\npublishAt: 2099-12-31T20:00:00+08:00',
    )
    expect(await lint(dir)).toEqual({ code: 0, problems: [] })
    const site = await publishedSite()
    const r = await publish(site.state, ['--content', dir])
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/^账本：2100-01-01 （新） → [0-9a-f]{12}，2099-12-31 20:00（北京时间）上线$/m)
  })
})

describe('an oversized article', () => {
  it('is refused by file and line in seconds, and nothing is written', async () => {
    const site = await publishedSite()
    const before = await site.snapshot()
    const dir = await copyContent()
    await pick(capCases, 'a 5 MB article')[1](dir)
    const t = performance.now()
    const r = await publish(site.state, ['--content', dir])
    const seconds = (performance.now() - t) / 1000
    console.log(`a 5 MB article refused by the publish CLI in ${seconds.toFixed(1)} s (bindings' start included)`)
    expect(r.code).toBe(1)
    // The check itself takes milliseconds (bad-content.test.ts); the rest is the bindings' start.
    expect(seconds).toBeLessThan(10)
    expect(r.err).toMatch(/baoma-jihua\.md(:\d+)?：文件有 5\.\d MB，超过稿件的上限（200 KB）/)
    expect(r.out).not.toMatch(/^(已上传|已写入|账本：)/m)
    expect(await site.snapshot()).toEqual(before)
  })
})

describe('what changed is decided by content', () => {
  it('publishes an edit that keeps the file’s size and modification time', async () => {
    const site = await publishedSite()
    const dir = await copyContent()
    const file = join(dir, ARTICLE)
    const { size, atime, mtime } = await stat(file)
    // 68 → 86 and back to the same bytes' count: the same size, a different text.
    await writeFile(file, (await readFile(file, 'utf8')).replace('68家企业', '86家企业'))
    await utimes(file, atime, mtime)
    const after = await stat(file)
    expect([after.size, after.mtime.getTime()]).toEqual([size, mtime.getTime()])
    const r = await publish(site.state, ['--content', dir])
    expect(r.code, r.err).toBe(0)
    expect(r.out).not.toMatch(/没有要发布的/)
    expect(written(r.out)).toContain('edition/2024-03-11')
    const page = parse((await site.get('/issues/2024-03-11/baoma-jihua')).text)
    expect(page.querySelector('.story .body')?.textContent).toContain('86家企业')
  })
})

describe('search pages through every date the paper accepts', () => {
  it('from the first issue the paper allows (1970-01-01) to the newest, newest first, never looping', async () => {
    const site = await emptySite()
    const dir = await tempDir('zzrb-dates-')
    const early = await tempDir('zzrb-dates-early-')
    await writeSyntheticArchive(dir, { days: 2, perDay: 12, last: beijingDay(-1) })
    await writeSyntheticArchive(early, { days: 2, perDay: 12, last: '1970-01-02' })
    await cp(join(early, 'issues'), join(dir, 'issues'), { recursive: true })
    await edit(dir, 'paper.json', /"firstIssue": "[\d-]+"/, '"firstIssue": "1970-01-01"')
    const r = await publish(site.state, ['--content', dir])
    expect(r.code, r.err).toBe(0)

    const seen: string[] = []
    const titled: boolean[] = []
    const cursors: number[] = []
    let before: number | undefined
    for (let page = 0; page < 10; page++) {
      const res = await json<Page>(site, `/api/search?q=就业${before === undefined ? '' : `&before=${before}`}`)
      seen.push(...res.hits.map((h) => `${h.date}/${h.id}`))
      titled.push(...res.hits.map((h) => h.title.some((m) => m.hit)))
      if (res.next === undefined) break
      if (before !== undefined) expect(res.next, 'each page starts older than the last').toBeLessThan(before)
      before = res.next
      cursors.push(before)
    }
    expect(cursors.length, 'more than one page').toBeGreaterThan(0)
    expect(new Set(seen).size, 'no hit twice').toBe(seen.length)
    const dates = seen.map((s) => s.slice(0, 10))
    // Title matches first, then the rest (core/search/rank.ts): each newest first.
    const cut = titled.indexOf(false)
    expect(titled.slice(cut)).not.toContain(true)
    for (const group of [dates.slice(0, cut), dates.slice(cut)]) expect(group).toEqual([...group].sort().reverse())
    expect(dates[0]).toBe(beijingDay(-1))
    expect(dates.at(-1)).toBe('1970-01-01')
    for (const c of cursors) expect(String(c)).toMatch(/^\d{1,15}$/)

    // The largest id any accepted date can have is still a cursor the API takes.
    const top = docId('9999-12-31', 0) + 1
    expect(top).toBeLessThan(10 ** 15)
    expect(docId('1970-01-01', MAX_ARTICLES - 1)).toBe(0)
    const first = await json<Page>(site, '/api/search?q=就业')
    expect(await json<Page>(site, `/api/search?q=就业&before=${top}`)).toEqual(first)
  })
})

type Page = { hits: Array<{ date: string; id: string; title: Array<{ hit: boolean }> }>; next?: number }
const json = async <T>(site: Site, path: string) => JSON.parse((await site.get(path)).text) as T
