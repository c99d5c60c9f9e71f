// What a reader does and keeps: text size, dark mode and 收藏 survive reloads and the network
// going away; no console errors; axe-core finds no accessibility violations.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, hasChromium, openPage, useSite, waitUntilKept } from './harness'

const ARTICLE = '/issues/2024-03-11/xiashuidao-butong-fandu'
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)

describe.skipIf(!hasChromium)('the reader’s choices', () => {
  const site = useSite(8915)

  it('text size, dark mode and saved articles persist across reloads and offline', async () => {
    const { page, errors } = await openPage(await site.browser.newContext())
    await page.goto(`${site.server.origin}${ARTICLE}`)
    await waitUntilKept(page, '2024-03-11')

    await page.getByRole('button', { name: '大字', exact: true }).click()
    await page.getByRole('button', { name: '大字', exact: true }).click()
    await page.getByRole('button', { name: '深色' }).click()
    await page.getByRole('button', { name: '收藏' }).click()
    await expect.poll(() => page.getByRole('button', { name: '已收藏' }).count()).toBe(1)
    expect(await rootFontSize(page)).toBe('22px')

    // Applied before first paint on the next page: the boot script sets them from storage.
    await page.reload({ waitUntil: 'commit' })
    await page.waitForSelector('h1')
    expect(await rootFontSize(page)).toBe('22px')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(22, 22, 26)',
    )

    await page.goto(`${site.server.origin}/saved`)
    await expect.poll(() => page.locator('.saved li a').allTextContents()).toEqual(['耗资300万元改造下水道　不通反堵'])

    await site.server.stop()
    await page.goto(`${site.server.origin}/saved`)
    await expect.poll(() => page.locator('.saved li a').allTextContents()).toEqual(['耗资300万元改造下水道　不通反堵'])
    await page.locator('.saved li a').click()
    await page.waitForURL(`**${ARTICLE}`)
    expect(await page.locator('h1').textContent()).toBe('耗资300万元改造下水道　不通反堵')
    expect(await rootFontSize(page)).toBe('22px')
    await expect.poll(() => page.getByRole('button', { name: '已收藏' }).count()).toBe(1)

    // Offline search runs over the kept issues with the same segmentation as the site.server.
    await page.goto(`${site.server.origin}/search?q=${encodeURIComponent('下水道')}`)
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toBe('已离线保存的报纸中找到1篇与“下水道”有关的报道')
    expect(await page.locator('.results mark').first().textContent()).toBe('下水道')

    expect(errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))).toEqual([])
    await site.server.start()
  })

  it('axe-core finds no violations on the front page, an article and the archive', async () => {
    await site.server.start()
    // bypassCSP only so the test can inject axe-core; the pages themselves are unchanged.
    const context = await site.browser.newContext({ bypassCSP: true })
    const { page, errors } = await openPage(context)
    for (const path of ['/', ARTICLE, '/archive', '/archive/2024/03']) {
      await page.goto(`${site.server.origin}${path}`)
      await page.waitForLoadState('networkidle')
      expect(await axeViolations(page), path).toEqual([])
    }
    expect(errors).toEqual([])
    await context.close()
  })
})
