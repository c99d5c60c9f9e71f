// The heart of the app: one visit online, then no network at all, and every page of the latest
// issue still opens — by URL and on reload — with its full text.
import { describe, expect, it } from 'vitest'
import { securityHeaders } from '../../core/security'
import { hasChromium, openPage, useSite, waitUntilKept } from './harness'

const ISSUE = '2024-03-11'
const ARTICLES: Array<[string, string, string]> = [
  ['gongzuo-xiangmuhua', '株洲这一改革经验获全省推介', '推深做实自然资源领域改革工作。'],
  ['shuhua-dengji-kaoshi', '书画等级考试今日开始报名', '也可申报指定报名点。'],
  ['baoma-jihua', '“宝妈计划”帮带孩妈妈找工作', '八成岗位适合女性。'],
  ['xiashuidao-butong-fandu', '耗资300万元改造下水道　不通反堵', '防止类似问题再次发生。'],
  ['wen-jiuye-zhuzhou-shijian', '两会热词“稳就业”的株洲实践', '带动大学生就业。'],
  ['zonggonghui-zhigong-zhang-benling', '今年，市总工会　要帮3000名职工长本领', '扶持30家小微企业创业取得成效。'],
]

describe.skipIf(!hasChromium)('offline reading', () => {
  const site = useSite(8911)

  it('after one visit online, the whole latest issue opens with the server stopped', async () => {
    const context = await site.browser.newContext()
    const { page, errors } = await openPage(context)
    await page.goto(`${site.server.origin}/`)
    await waitUntilKept(page, ISSUE)
    await expect.poll(() => page.locator('.statusbar .stamp').textContent()).toBe('已离线保存 3月11日 · 6篇')
    const [firstId] = ARTICLES[0]!
    // Compared once hydrated: the article tools' buttons appear once their island is live.
    const hydrated = () => page.locator('.tools button').first().waitFor()
    await page.goto(`${site.server.origin}/issues/${ISSUE}/${firstId}`)
    await hydrated()
    const online = { main: await page.locator('main').innerHTML(), head: await page.locator('head').innerHTML() }
    await site.server.stop()

    // The service worker renders kept pages with the worker's own code: the same page, head and all.
    await page.goto(`${site.server.origin}/issues/${ISSUE}/${firstId}`)
    await hydrated()
    expect(await page.locator('main').innerHTML()).toBe(online.main)
    expect(await page.locator('head').innerHTML()).toBe(online.head)

    await page.goto(`${site.server.origin}/`)
    expect(await page.locator('.teaser h3').allTextContents()).toEqual(
      expect.arrayContaining(ARTICLES.map((a) => a[1])),
    )
    for (const n of [1, 2, 3]) {
      await page.goto(`${site.server.origin}/issues/${ISSUE}/pages/${n}`)
      expect(await page.locator('h1').textContent()).toMatch(new RegExp(`^0${n}版 `))
    }
    for (const [id, title, ending] of ARTICLES) {
      await page.goto(`${site.server.origin}/issues/${ISSUE}/${id}`)
      expect(await page.locator('h1').textContent()).toBe(title)
      expect(await page.locator('.story .body').textContent()).toContain(ending)
      await page.reload()
      expect(await page.locator('.story .body').textContent()).toContain(ending)
    }
    await expect.poll(() => page.locator('.statusbar .offline').textContent()).toBe('离线阅读')

    // A page that was never kept gets the offline page, not a browser error.
    await page.goto(`${site.server.origin}/issues/2020-01-01`)
    expect(await page.locator('h1').textContent()).toBe('离线')
    expect(errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))).toEqual([])
    await context.close()
    await site.server.start()
  })

  it('a page the service worker renders offline carries the same security headers as the server’s', async () => {
    await site.server.start()
    const context = await site.browser.newContext()
    const { page } = await openPage(context)
    const path = `/issues/${ISSUE}/xiashuidao-butong-fandu`
    await page.goto(`${site.server.origin}/`)
    await waitUntilKept(page, ISSUE)
    const names = Object.keys(await securityHeaders()).map((h) => h.toLowerCase())
    const pick = (all: Record<string, string>) => Object.fromEntries(names.map((h) => [h, all[h]]))
    const online = await page.goto(`${site.server.origin}${path}`)
    const onlineHeaders = pick((await online?.allHeaders()) ?? {})
    expect(Object.values(onlineHeaders).every(Boolean), JSON.stringify(onlineHeaders)).toBe(true)

    await site.server.stop()
    // Nothing from the browser's HTTP cache may answer: only the service worker can.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache')
    const offline = await page.goto(`${site.server.origin}${path}`)
    expect(offline?.fromServiceWorker()).toBe(true)
    expect(await page.locator('h1').textContent()).toBe('耗资300万元改造下水道　不通反堵')
    expect(pick((await offline?.allHeaders()) ?? {})).toEqual(onlineHeaders)
    await context.close()
    await site.server.start()
  })
})
