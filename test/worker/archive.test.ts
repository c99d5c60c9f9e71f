// 往期 across issues: the real 2024-03-11 and the fixture 2024-03-12, published together. Every
// page costs one KV read and any day is two taps from /archive, or one date away.
import { beforeAll, describe, expect, it } from 'vitest'
import { get, parsePage, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent('publishedWithFixtures'))

describe('往期', () => {
  it('/archive lists every year with its months, and a form to jump to a date', async () => {
    const doc = parsePage(await (await get('/archive')).text())
    expect(texts(doc, 'h1')).toEqual(['往期'])
    expect(texts(doc, 'main h2')).toEqual(['2024年'])
    expect(texts(doc, '.months a')).toEqual(['3月2期'])
    expect(doc.querySelector('.months a')?.getAttribute('href')).toBe('/archive/2024/03')
    const form = doc.querySelector('form[action="/archive/day"]')
    expect(form?.getAttribute('method')).toBe('get')
    expect(form?.querySelector('input[name="date"]')?.getAttribute('type')).toBe('date')
  })

  it('a month lists its issues newest first, each with its lead story, and links back', async () => {
    const doc = parsePage(await (await get('/archive/2024/03')).text())
    expect(texts(doc, 'h1')).toEqual(['2024年3月'])
    expect(texts(doc, '.issues li > a')).toEqual([
      '2024年3月12日 星期二测试稿件1篇',
      '2024年3月11日 星期一株洲这一改革经验获全省推介6篇',
    ])
    expect(doc.querySelectorAll('.issues li > a').map((a) => a.getAttribute('href'))).toEqual([
      '/issues/2024-03-12',
      '/issues/2024-03-11',
    ])
    expect(doc.querySelectorAll('.crumbs a').map((a) => a.getAttribute('href'))).toEqual(['/archive', '/archive/2024'])
    expect(texts(doc, '[data-island="DownloadIssue"]')).toHaveLength(2)
  })

  it('a month opens with its calendar, Monday first: days with an issue link to it, the rest are plain', async () => {
    const doc = parsePage(await (await get('/archive/2024/03')).text())
    const table = doc.querySelector('main .cal table')
    expect(table?.querySelector('caption')?.textContent).toBe('2024年3月')
    expect(texts(table!, 'thead th')).toEqual(['一', '二', '三', '四', '五', '六', '日'])
    // 1 March 2024 is a Friday: four empty cells, then 1, 2, 3; 31 days in five weeks.
    const weeks = table!.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.textContent))
    expect(weeks[0]).toEqual(['', '', '', '', '1', '2', '3'])
    expect(weeks.at(-1)).toEqual(['25', '26', '27', '28', '29', '30', '31'])
    expect(weeks.flat().filter(Boolean)).toHaveLength(31)
    const links = table!.querySelectorAll('a')
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['11', '/issues/2024-03-11'],
      ['12', '/issues/2024-03-12'],
    ])
    // No link to a month without issues: the year's page lists the others.
    expect(doc.querySelectorAll('.cal-nav')).toHaveLength(0)
  })

  it('a day without an issue is marked on its month’s calendar; a month without issues still has one', async () => {
    const doc = parsePage(await (await get('/archive/day?date=2024-03-05')).text())
    expect(texts(doc, '.cal td.sel')).toEqual(['5'])
    const empty = await get('/archive/2024/02')
    expect(empty.status).toBe(404)
    const cal = parsePage(await empty.text()).querySelector('.cal')
    expect(cal?.querySelector('caption')?.textContent).toBe('2024年2月')
    // 1 February 2024 is a Thursday; no day links anywhere.
    expect(
      cal
        ?.querySelectorAll('tbody tr')[0]
        ?.querySelectorAll('td')
        .map((td) => td.textContent),
    ).toEqual(['', '', '', '1', '2', '3', '4'])
    expect(cal?.querySelectorAll('td a')).toHaveLength(0)
  })

  it('a year lists its months', async () => {
    const doc = parsePage(await (await get('/archive/2024')).text())
    expect(texts(doc, 'h1')).toEqual(['2024年'])
    expect(texts(doc, '.months a')).toEqual(['3月2期'])
  })

  it('jumping to a date opens that issue; a day with none shows its month and says so', async () => {
    const there = await get('/archive/day?date=2024-03-11')
    expect([there.status, there.headers.get('location')]).toEqual([303, '/issues/2024-03-11'])
    const none = await get('/archive/day?date=2024-03-05')
    expect(none.status).toBe(404)
    const doc = parsePage(await none.text())
    expect(texts(doc, 'h1')).toEqual(['2024年3月'])
    expect(texts(doc, '[role="status"]')).toContain('2024年3月5日没有出版的报纸。')
    expect((await get('/archive/day?date=2024-02-30')).status).toBe(400)
  })

  it('months and years without issues are 404, malformed ones 400', async () => {
    expect((await get('/archive/2023/12')).status).toBe(404)
    expect((await get('/archive/1999')).status).toBe(404)
    expect((await get('/archive/2024/13')).status).toBe(400)
    expect((await get('/archive/2024/03/11')).status).toBe(400)
  })

  it('is in the JSON API too: the index, and each month', async () => {
    const index = await (await get('/api/archive')).json<{ months: unknown[]; recent: Array<{ date: string }> }>()
    expect(index.months).toEqual([{ month: '2024-03', issues: 2, modified: expect.any(String) }])
    expect(index.recent.map((r) => r.date)).toEqual(['2024-03-12', '2024-03-11'])
    const month = await (await get('/api/archive/2024-03')).json<{ issues: Array<{ date: string }> }>()
    expect(month.issues.map((i) => i.date)).toEqual(['2024-03-12', '2024-03-11'])
    expect((await get('/api/archive/2024-13')).status).toBe(400)
    expect((await get('/api/archive/2023-01')).status).toBe(404)
  })
})
