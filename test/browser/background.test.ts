// The morning issue arrives by itself: where the browser grants Periodic Background Sync (an
// installed app; here granted through the DevTools protocol), the app registers it, and the event
// downloads the newest issue whole, with no visit. A download the link cut is finished by
// Background Sync once the server is back. Both events are fired through the DevTools protocol,
// as the browser would fire them.
import type { Browser, CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { contentWith } from '../node/content-copy'
import { useGate } from './gate'
import { hasChromium, openPage, publishTo, useSite, waitUntilKept } from './harness'

type PermissionType = 'periodicBackgroundSync' | 'backgroundSync'

/**
 * Grants the permissions an installed app may get to the page's own browser context. Chromium
 * drops the grant when the session that made it detaches: the caller keeps it open.
 */
async function grant(browser: Browser, page: Page, origin: string, permissions: PermissionType[]): Promise<CDPSession> {
  const cdp = await browser.newBrowserCDPSession()
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ type: string; url: string; browserContextId?: string }>
  }
  const target = targetInfos.find((t) => t.type === 'page' && t.url === page.url())
  await cdp.send('Browser.grantPermissions', { origin, permissions, browserContextId: target?.browserContextId })
  return cdp
}

/** The page's service worker registration, as the DevTools protocol names it. */
async function registrationOf(page: Page): Promise<{ cdp: CDPSession; id: string }> {
  const cdp = await page.context().newCDPSession(page)
  const found = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: Array<{ registrationId: string }> }) => {
      const r = e.registrations[0]
      if (r) resolve(r.registrationId)
    }),
  )
  await cdp.send('ServiceWorker.enable')
  return { cdp, id: await found }
}

const periodicTags = (page: Page) =>
  page.evaluate(async () => {
    const reg = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
      periodicSync?: { getTags(): Promise<string[]> }
    }
    return (await reg.periodicSync?.getTags()) ?? []
  })

describe.skipIf(!hasChromium)('issues that arrive by themselves', () => {
  const site = useSite(8919)
  const gated = useGate(site)

  it('Periodic Background Sync brings the morning issue whole, and it opens with the server stopped', async () => {
    await site.reset()
    const context = await site.browser.newContext()
    const { page, errors } = await openPage(context)
    await page.goto(`${gated.origin}/`)
    const granted = await grant(site.browser, page, gated.origin, ['periodicBackgroundSync', 'backgroundSync'])
    await waitUntilKept(page, '2024-03-11')
    // The app registers its periodic sync once the issue is kept and the permission is there.
    await page.reload()
    await expect.poll(() => periodicTags(page), { timeout: 30_000 }).toEqual(['zzrb-latest'])

    await publishTo(site.server.state, await contentWith('test/fixtures/issues'))
    const { cdp, id } = await registrationOf(page)
    await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
      origin: gated.origin,
      registrationId: id,
      tag: 'zzrb-latest',
    })
    await waitUntilKept(page, '2024-03-12')

    await site.server.stop()
    await page.goto(`${gated.origin}/`)
    expect(await page.locator('.masthead time').getAttribute('datetime')).toBe('2024-03-12')
    await page.goto(`${gated.origin}/issues/2024-03-12/ceshi-gaojian`)
    expect(await page.locator('h1').textContent()).toBe('测试稿件')
    expect(errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))).toEqual([])
    await site.server.start()
    await granted.detach()
    await context.close()
  })

  it('a download the link cut is finished by Background Sync once the server is back, with no visit', async () => {
    await site.reset()
    const context = await site.browser.newContext()
    const { page } = await openPage(context)
    await page.goto(`${gated.origin}/`)
    await waitUntilKept(page, '2024-03-11')

    await publishTo(site.server.state, await contentWith('test/fixtures/issues'))
    const cut = new Promise<void>((resolve) =>
      gated.gate.when(/^\/api\/issues\/latest\/edition/, () => site.server.stop().then(resolve)),
    )
    await page.reload()
    await cut
    await expect.poll(() => page.locator('.statusbar').textContent()).toContain('离线阅读')
    expect(await page.locator('.masthead time').getAttribute('datetime')).toBe('2024-03-11')

    await site.server.start()
    const { cdp, id } = await registrationOf(page)
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: gated.origin,
      registrationId: id,
      tag: 'zzrb-retry',
      lastChance: false,
    })
    await waitUntilKept(page, '2024-03-12')
    await context.close()
  })

  it('where neither sync exists (iOS Safari), a visit keeps the issue and nothing fails', async () => {
    await site.reset()
    const context = await site.browser.newContext()
    await context.addInitScript(() => {
      const proto = ServiceWorkerRegistration.prototype as unknown as Record<string, unknown>
      delete proto.periodicSync
      delete proto.sync
    })
    const { page, errors } = await openPage(context)
    await page.goto(`${gated.origin}/`)
    await waitUntilKept(page, '2024-03-11')
    await page.reload()
    expect(await page.evaluate(() => 'periodicSync' in ServiceWorkerRegistration.prototype)).toBe(false)
    expect(errors).toEqual([])
    await context.close()
  })
})
