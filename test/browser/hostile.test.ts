// A hostile-content corpus through the whole pipeline: compiled and published by the real
// publisher, served by the worker, kept by the service worker, opened in Chromium online and
// offline. Nothing in it runs.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { hasChromium, useSite, openPage, waitUntilKept } from './harness'

const PAGES = ['/', '/issues/2024-01-03', '/issues/2024-01-03/pages/1', '/issues/2024-01-03/xss', '/archive', `/search?q=${encodeURIComponent('尖括号')}`]

async function expectInert(page: Page, path: string, origin: string) {
  await page.goto(`${origin}${path}`)
  await page.waitForLoadState('load')
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), path).toBeUndefined()
  // Every hostile string is on the page as text.
  if (path.endsWith('/xss')) expect(await page.locator('h1').textContent()).toBe('</title><script>window.pwned=6</script>标题')
}

describe.skipIf(!hasChromium)('hostile content', () => {
  const site = useSite(8916, 'test/fixtures/hostile')

  it('executes nowhere: server-rendered pages, the feed, and the same pages kept offline', async () => {
    const { page, errors } = await openPage(await site.browser.newContext())
    let dialogs = 0
    page.on('dialog', (d) => (dialogs++, void d.dismiss()))
    await page.goto(`${site.server.origin}/`)
    await waitUntilKept(page, '2024-01-03')
    for (const path of PAGES) await expectInert(page, path, site.server.origin)
    const feed = await (await page.request.get(`${site.server.origin}/feed.xml`)).text()
    expect(feed).not.toContain('<script>')
    const api = await (await page.request.get(`${site.server.origin}/api/issues/2024-01-03/articles/xss`)).json()
    expect(api.kicker).toBe('<script>window.pwned=5</script>')

    await site.server.stop()
    for (const path of PAGES.slice(0, 4)) await expectInert(page, path, site.server.origin)
    expect(dialogs).toBe(0)
    expect(errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))).toEqual([])
    await site.server.start()
  })
})
