// Installing, updating and switching off the app: the manifest passes Chromium's installability
// check; a new version waits for the reader's word; the kill switch removes the worker and caches.
import { describe, expect, it } from 'vitest'
import { buildClient } from './build'
import { hasChromium, launchProfile, openPage, useSite, waitUntilKept } from './harness'

describe.skipIf(!hasChromium)('the installed app', () => {
  const site = useSite(8913, 'content', {
    before: () => buildClient({ ZZRB_BUILD_LABEL: 'v1' }),
    after: () => buildClient(),
  })

  it('passes Chromium’s installability check with no errors', async () => {
    const profile = await launchProfile()
    const { page } = await openPage(profile)
    await page.goto(`${site.server.origin}/`)
    await waitUntilKept(page, '2024-03-11')
    const cdp = await page.context().newCDPSession(page)
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[]
    }
    expect(installabilityErrors).toEqual([])
    const manifest = await (await page.request.get(`${site.server.origin}/manifest.webmanifest`)).json()
    expect(manifest).toMatchObject({
      name: '株洲日报',
      lang: 'zh-CN',
      display: 'standalone',
      start_url: '/?source=pwa',
      scope: '/',
    })
    expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ])
    await profile.close()
  })

  it('offers a new version, waits for the reader, reloads into it; the kill switch removes it all', async () => {
    const { page, errors } = await openPage(await site.browser.newContext())
    await page.goto(`${site.server.origin}/issues/2024-03-11/baoma-jihua`)
    await waitUntilKept(page, '2024-03-11')
    const v1 = await page.locator('script[type=module]').getAttribute('src')
    const version = async () => {
      await page.goto(`${site.server.origin}/settings`)
      return page.locator('p', { hasText: '应用版本' }).textContent()
    }
    expect(await version()).toBe('应用版本：v1')
    await page.goto(`${site.server.origin}/issues/2024-03-11/baoma-jihua`)

    // A new release: the open page learns of it, and nothing changes until the reader agrees.
    await site.server.stop()
    await buildClient({ ZZRB_BUILD_LABEL: 'v2' })
    await site.server.start()
    await page.reload()
    const update = page.getByRole('button', { name: '更新' })
    await update.waitFor({ timeout: 30_000 })
    expect(await page.locator('.statusbar').textContent()).toContain('新版本可用')
    const reloaded = page.waitForEvent('framenavigated')
    await update.click()
    await reloaded
    await page.waitForLoadState('load')
    const v2 = await page.locator('script[type=module]').getAttribute('src')
    expect(v2).not.toBe(v1)
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated')
    expect(await page.locator('.statusbar').textContent()).not.toContain('新版本可用')
    expect(await version()).toBe('应用版本：v2')

    // Still readable offline after the update: v2 renders the kept issue, with v2's own script.
    await site.server.stop()
    await page.goto(`${site.server.origin}/issues/2024-03-11/xiashuidao-butong-fandu`)
    expect(await page.locator('h1').textContent()).toBe('耗资300万元改造下水道　不通反堵')
    expect(await page.locator('script[type=module]').getAttribute('src')).toBe(v2)
    // 设置 opens offline as v2 renders it, its island from v2's files: Workbox precached them
    // before v2 waited, and dropped v1's script and v1's shell pages when v2 took over.
    expect(await version()).toBe('应用版本：v2')
    const cached = await page.evaluate(async () => {
      const keys: string[] = []
      for (const name of await caches.keys())
        for (const r of await (await caches.open(name)).keys())
          keys.push(new URL(r.url).pathname + new URL(r.url).search)
      return keys
    })
    expect(cached).toContain(v2)
    expect(cached).not.toContain(v1)
    expect(cached.filter((k) => k.startsWith('/settings'))).toEqual(['/settings?__WB_REVISION__=v2'])

    // The kill switch ships: the worker unregisters itself and every cache is gone.
    await buildClient({ ZZRB_SW_KILL: '1' })
    await site.server.start()
    await page.goto(`${site.server.origin}/`)
    await expect
      .poll(
        async () =>
          page.evaluate(async () => [
            (await navigator.serviceWorker.getRegistrations()).length,
            (await caches.keys()).length,
          ]),
        { timeout: 30_000 },
      )
      .toEqual([0, 0])
    // The kill switch reloads open pages itself; a navigation racing it may be cut short.
    const frontPage = async () => {
      try {
        await page.goto(`${site.server.origin}/`)
        return await page.locator('h1').textContent()
      } catch {
        return 'navigation interrupted'
      }
    }
    await expect.poll(frontPage, { timeout: 15_000 }).toBe('株洲日报')
    expect(errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))).toEqual([])
  })
})

describe.skipIf(!hasChromium)('a browser without service workers', () => {
  const site = useSite(8920)

  it('says on 往期 and in 设置 that issues cannot be kept, instead of waiting for ever', async () => {
    const context = await site.browser.newContext()
    // As in a browser that never had them: no navigator.serviceWorker at all.
    await context.addInitScript(() => {
      delete (Navigator.prototype as unknown as Record<string, unknown>).serviceWorker
    })
    const { page, errors } = await openPage(context)
    await page.goto(`${site.server.origin}/archive/2024/03`)
    const row = page.locator('.issues li', { hasText: '2024年3月11日' })
    await expect.poll(() => row.locator('.count').last().textContent()).toBe('这个浏览器不能把报纸保存在手机上')
    expect(await row.getByRole('button').count()).toBe(0)
    await page.goto(`${site.server.origin}/settings`)
    await expect.poll(() => page.locator('.muted').first().textContent()).toBe('这个浏览器不能把报纸保存在手机上。')
    expect(await page.getByRole('button', { name: '清除离线内容' }).count()).toBe(0)
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false)
    expect(errors).toEqual([])
  })
})
