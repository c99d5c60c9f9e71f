// A hostile-content corpus through the whole pipeline: compiled and published by the real
// publisher, served by the worker, kept by the service worker and rendered by it offline, opened
// in Chromium. Nothing in it runs, and offline pages carry the worker's content security policy.

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hasChromium, openPage, useSite, waitUntilKept } from './harness'

const PAGES = [
  '/',
  '/issues/2024-01-03',
  '/issues/2024-01-03/pages/1',
  '/issues/2024-01-03/xss',
  '/archive/2024/01',
  `/search?q=${encodeURIComponent('尖括号')}`,
]

const SECURITY = [
  'content-security-policy',
  'permissions-policy',
  'referrer-policy',
  'x-content-type-options',
  'x-frame-options',
]

/** Opens the page, checks nothing ran, and returns the security headers it came with. */
async function expectInert(page: Page, path: string, origin: string): Promise<Record<string, string | undefined>> {
  const res = await page.goto(`${origin}${path}`)
  await page.waitForLoadState('load')
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), path).toBeUndefined()
  // Every hostile string is on the page as text.
  if (path.endsWith('/xss'))
    expect(await page.locator('h1').textContent()).toBe('</title><script>window.pwned=6</script>标题')
  const headers = (await res?.allHeaders()) ?? {}
  return Object.fromEntries(SECURITY.map((name) => [name, headers[name]]))
}

describe.skipIf(!hasChromium)('hostile content', () => {
  const site = useSite(8916, 'test/fixtures/hostile')

  it('executes nowhere: server-rendered pages, the feed, and the same pages rendered offline', async () => {
    const { page, errors } = await openPage(await site.browser.newContext())
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await page.goto(`${site.server.origin}/`)
    await waitUntilKept(page, '2024-01-03')
    const online = new Map<string, Record<string, string | undefined>>()
    for (const path of PAGES) online.set(path, await expectInert(page, path, site.server.origin))
    const feed = await (await page.request.get(`${site.server.origin}/feed.xml`)).text()
    expect(feed).not.toContain('<script>')
    const api = await (await page.request.get(`${site.server.origin}/api/issues/2024-01-03/articles/xss`)).json()
    expect(api.kicker).toBe('<script>window.pwned=5</script>')

    await site.server.stop()
    for (const path of PAGES.slice(0, 4)) {
      const offline = await expectInert(page, path, site.server.origin)
      expect(offline['content-security-policy'], path).toMatch(/script-src 'self' 'sha256-/)
      expect(offline, path).toEqual(online.get(path))
    }
    expect(dialogs).toBe(0)
    expect(errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))).toEqual([])
    await site.server.start()
  })
})
