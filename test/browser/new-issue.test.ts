// A new issue published while the reader is online arrives whole and is offered; a download cut
// off by the server stopping leaves the previous issue readable in full, and the next visit
// completes it.

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { contentWith } from '../node/content-copy'
import { useGate } from './gate'
import { hasChromium, openPage, publishTo, useSite, waitUntilKept } from './harness'

const keptDates = (page: Page) =>
  page.evaluate(async () => {
    const res = await (await caches.open('zzrb-meta')).match('/__kept.json')
    return ((await res!.json()) as Array<{ date: string; home: boolean }>).map(
      (k) => `${k.date}${k.home ? ' home' : ''}`,
    )
  })

describe.skipIf(!hasChromium)('new issues', () => {
  const site = useSite(8912)
  const gated = useGate(site)

  it('a new issue arrives whole in the background and is offered; a cut one changes nothing until the next visit', async () => {
    await site.reset()
    const { page } = await openPage(await site.browser.newContext())
    await page.goto(`${gated.origin}/issues/2024-03-11/baoma-jihua`)
    await waitUntilKept(page, '2024-03-11')

    // The newsroom publishes 2024-03-12; the reader, still on 3月11日, is told when it is on the phone.
    await publishTo(site.server.state, await contentWith('test/fixtures/issues'))
    await page.reload()
    await waitUntilKept(page, '2024-03-12')
    await expect.poll(() => page.locator('.statusbar').textContent()).toContain('新一期已到')
    expect(await keptDates(page)).toEqual(['2024-03-12 home', '2024-03-11'])

    // 2024-03-13 is published, and the server stops just as the worker asks for its edition.
    await publishTo(site.server.state, await contentWith('test/fixtures/issues', 'test/fixtures/issues-later'))
    const stopped = new Promise<void>((resolve) =>
      gated.gate.when(/^\/api\/issues\/latest\/edition/, () => site.server.stop().then(resolve)),
    )
    await page.reload()
    await stopped
    // The worker reports the failed download, and the page shows it: only then is it over.
    await expect.poll(() => page.locator('.statusbar').textContent(), { timeout: 30_000 }).toContain('离线阅读')
    expect(await keptDates(page)).toEqual(['2024-03-12 home', '2024-03-11'])
    expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.includes('2024-03-13')))).toEqual([])

    // With no server, the last whole issue is the front page, and the one before still opens.
    await page.goto(`${gated.origin}/`)
    expect(await page.locator('.teaser h3').allTextContents()).toContain('测试稿件')
    await page.goto(`${gated.origin}/issues/2024-03-11/xiashuidao-butong-fandu`)
    expect(await page.locator('.story .body').textContent()).toContain('防止类似问题再次发生。')

    // The server is back: the next visit completes the download.
    await site.server.start()
    await page.goto(`${gated.origin}/`)
    await waitUntilKept(page, '2024-03-13')
    expect(await keptDates(page)).toEqual(['2024-03-13 home', '2024-03-12', '2024-03-11'])
    await page.context().close()
  })

  it('the storage panel clears what is kept; 下载本期 keeps an archive issue, with its size shown', async () => {
    await site.reset(await contentWith('test/fixtures/issues', 'test/fixtures/issues-later'))
    const { page, errors } = await openPage(await site.browser.newContext())
    await page.goto(`${gated.origin}/settings`)
    await waitUntilKept(page, '2024-03-13')
    await expect.poll(() => page.locator('.kept li').count()).toBe(1)
    expect(await page.locator('.kept li').textContent()).toMatch(/^2024年3月13日 · 1篇 · \d+ KB$/)
    await page.getByRole('button', { name: '清除离线内容' }).click()
    // It asks first, in the page.
    await page.getByRole('dialog').getByRole('button', { name: '清除', exact: true }).click()
    await expect.poll(() => page.locator('.kept li').count()).toBe(0)

    await page.goto(`${gated.origin}/archive/2024/03`)
    const download = page.locator('li', { hasText: '2024年3月11日' }).getByRole('button')
    expect(await download.textContent()).toMatch(/^下载本期（约 \d+ KB）$/)
    await download.click()
    // Kept next to the latest issue (which every visit keeps), and never evicted: pinned.
    await expect.poll(() => keptDates(page), { timeout: 30_000 }).toEqual(['2024-03-13 home', '2024-03-11'])
    await expect.poll(() => page.locator('li', { hasText: '2024年3月11日' }).textContent()).toContain('已保存在手机上')

    await site.server.stop()
    await page.goto(`${gated.origin}/issues/2024-03-11/zonggonghui-zhigong-zhang-benling`)
    expect(await page.locator('h1').textContent()).toBe('今年，市总工会　要帮3000名职工长本领')
    expect(errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))).toEqual([])
    await site.server.start()
  })
})
