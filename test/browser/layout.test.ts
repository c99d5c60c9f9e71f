// The app's frame at a phone's and a desktop's width: the same header on every page, the bottom
// bar with the section shown marked, tap targets a thumb can hit (44×44 px, 8 px apart), the
// article's tools in one row and appearing without moving the page, the side column from
// 1024 px, the status bar never over the last line, and the storage panel in units people read. Screenshots of each page go to .build/screenshots, or to docs/screenshots (the
// README's) with ZZRB_SCREENSHOTS=docs.
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { countLayoutShifts, hasChromium, layoutShift, openPage, screenshot, useSite, waitUntilKept } from './harness'
import { tapTargets, targetProblems } from './targets'

const phone = (width: number): BrowserContextOptions => ({
  viewport: { width, height: 800 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
})
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }

const ISSUE = '/issues/2024-03-11'
const ARTICLE = `${ISSUE}/wen-jiuye-zhuzhou-shijian`
/** Each kind of page, with the section the bottom bar marks and how ("page": the link is this page). */
const PAGES = [
  { path: '/', shot: 'front', section: '首页', current: 'page' },
  { path: `${ISSUE}/pages/3`, shot: 'page', section: '版面', current: 'page' },
  { path: ARTICLE, shot: 'article', section: '版面', current: 'true' },
  { path: '/archive', shot: 'archive', section: '往期', current: 'page' },
  { path: '/archive/2024/03', shot: 'archive-month', section: '往期', current: 'true' },
  { path: '/search?q=%E5%B0%B1%E4%B8%9A', shot: 'search', section: '搜索', current: 'page' },
  { path: '/settings', shot: 'settings', section: '我的', current: 'true' },
] as const

/** The bottom bar's links and which one is marked. */
const tabBar = (page: Page) =>
  page.locator('.tabbar a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('aria-current')] as const))

describe.skipIf(!hasChromium)('the frame of every page', () => {
  const site = useSite(8928)

  it('every page has the header and the bottom bar, its section marked, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await openPage(await site.browser.newContext({ ...phone(390), javaScriptEnabled }))
      // Without JavaScript, three kinds of page are enough to show the frame needs none.
      for (const p of javaScriptEnabled ? PAGES : [PAGES[0], PAGES[2], PAGES[3]]) {
        await page.goto(`${site.server.origin}${p.path}`)
        const brand = page.locator('body > header a', { hasText: '株洲日报' })
        expect(await brand.getAttribute('href'), p.path).toBe('/')
        const bar = await tabBar(page)
        expect(bar.map(([label]) => label)).toEqual(['首页', '版面', '往期', '搜索', '我的'])
        expect(
          bar.filter(([, current]) => current),
          p.path,
        ).toEqual([[p.section, p.current]])
      }
      // An issue's pages carry its date in the header, leading to its front page.
      await page.goto(`${site.server.origin}${ARTICLE}`)
      expect(await page.locator('body > header a[href="/issues/2024-03-11"] time').getAttribute('datetime')).toBe(
        '2024-03-11',
      )
      // The bar is plain links: 往期 opens the archive.
      await page.locator('.tabbar a', { hasText: '往期' }).click()
      await page.waitForURL(`${site.server.origin}/archive`)
      await page.context().close()
    }
  })

  it('every tap target is at least 44×44 px and 8 px from the next, at 360 and 390 px', async () => {
    for (const width of [360, 390]) {
      const { page } = await openPage(await site.browser.newContext(phone(width)))
      for (const p of PAGES) {
        await page.goto(`${site.server.origin}${p.path}`)
        if (p.shot === 'settings') await page.locator('.kept, fieldset').first().waitFor()
        await page.locator('html.js').waitFor()
        expect(targetProblems(await tapTargets(page)), `${p.path} at ${width} px`).toEqual([])
        if (width === 390) await screenshot(page, `${p.shot}-390`)
      }
      await page.context().close()
    }
  })

  it('the article’s tools stand in one row, and the text starts within 120 px of the headline', async () => {
    for (const width of [360, 390]) {
      const { page } = await openPage(await site.browser.newContext(phone(width)))
      await page.goto(`${site.server.origin}${ARTICLE}`)
      await page.locator('.tools button').first().waitFor()
      const tops = await page.locator('.tools button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().top))
      expect(tops.length).toBe(6)
      expect(new Set(tops).size, `one row at ${width} px`).toBe(1)
      // Every tool has a name a screen reader says and a reader sees.
      for (const name of await page.locator('.tools button').allInnerTexts()) expect(name.trim()).not.toBe('')
      // The headline block: the headline and its 副题.
      const below = await page.evaluate(() => {
        const blocks = Array.from(document.querySelectorAll('.story h1, .story .subtitle'))
        const end = Math.max(...blocks.map((e) => e.getBoundingClientRect().bottom))
        const range = document.createRange()
        range.selectNodeContents(document.querySelector('.story .body p')!)
        return range.getClientRects()[0]!.top - end
      })
      expect(below, `first line of text below the headline at ${width} px`).toBeLessThanOrEqual(120)
      await page.context().close()
    }
  })

  it('from 1024 px the page has a side column, and the status bar never covers the last line', async () => {
    const { page } = await openPage(await site.browser.newContext(DESKTOP))
    for (const p of [PAGES[0], PAGES[2]]) {
      await page.goto(`${site.server.origin}${p.path}`)
      const [main, rail] = await page.evaluate(() =>
        ['main > :not(.rail)', 'main > .rail'].map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect()
          return { left: r.left, right: r.right, width: r.width }
        }),
      )
      expect(rail!.left, `${p.path}: the side column stands right of the text`).toBeGreaterThan(main!.right)
      expect(main!.width).toBeLessThanOrEqual(760)
      await screenshot(page, `${p.shot}-1280`)
    }
    await page.context().close()

    for (const options of [phone(390), DESKTOP]) {
      const { page } = await openPage(await site.browser.newContext(options))
      await page.goto(`${site.server.origin}${ARTICLE}`)
      await waitUntilKept(page, '2024-03-11')
      await page.locator('.statusbar').waitFor()
      await page.evaluate(() => scrollTo(0, document.body.scrollHeight))
      const { last, bar, tabs } = await page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect()
        return { last: box('main').bottom, bar: box('.statusbar'), tabs: box('.tabbar') }
      })
      expect(last, 'the last line ends above the status bar').toBeLessThanOrEqual(bar.top + 0.5)
      if (options !== DESKTOP)
        expect(bar.bottom, 'the status bar sits above the bottom bar').toBeLessThanOrEqual(tabs.top + 0.5)
      await page.context().close()
    }
  })

  it('the article tools appear without moving the page (CLS ≤ 0.01); the storage panel speaks in MB or GB', async () => {
    const { page } = await openPage(await site.browser.newContext({ ...phone(390), deviceScaleFactor: 3 }))
    await countLayoutShifts(page)
    for (const visit of ['first visit', 'repeat visit']) {
      await page.goto(`${site.server.origin}${ARTICLE}`)
      if (visit === 'first visit') await waitUntilKept(page, '2024-03-11')
      // Live: the tools are hydrated and enabled.
      await page.locator('.tools button:not([disabled])').first().waitFor()
      // Two frames later any shift the tools caused has been laid out and reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      expect(await layoutShift(page), visit).toBeLessThanOrEqual(0.01)
    }
    // With the issue kept, 设置 says how much space there is in units people read.
    await page.goto(`${site.server.origin}/settings`)
    const used = page.locator('p', { hasText: '已用空间' })
    await expect
      .poll(() => used.textContent())
      .toMatch(/^已用空间：\d+(\.\d)? (KB|MB|GB)，共可用 \d+(\.\d)? (MB|GB|TB)$/)
    await page.context().close()
  })
})
