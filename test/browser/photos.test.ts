// A photo article as a reader gets it on a 390 px phone (DPR 2): the lead photo at the width that
// fits and the others only when scrolled to, with nothing moving; no photo byte across the link in
// low-data mode until the reader taps 显示图片; and, kept with the issue, the photos shown with the
// server stopped and counted in the storage panel. Every request that reaches the server passes
// through a gate that records it.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { contentWithPhotos } from '../photos/generate'
import { useGate } from './gate'
import { countLayoutShifts, hasChromium, layoutShift, openPage, useSite, waitUntilKept } from './harness'

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
const ARTICLE = '/issues/2024-03-15/ceshi-tupian'
/**
 * A photo article's first view: the HTML, the page's script and the lead photo as sent. The test
 * photos are small; a newsroom's 720 px AVIF is some 40–60 KB more.
 */
const FIRST_VIEW_BUDGET = 16 * 1024

const photoRequests = (seen: string[]) => seen.filter((u) => u.startsWith('/photos/'))

/** What the page itself loaded (not its service worker), in order: address and bytes as sent. */
const loaded = (page: Page) =>
  page.evaluate(() =>
    [
      ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
    ].map((r) => ({ path: new URL(r.name).pathname, bytes: r.transferSize })),
  )
const pagePhotos = async (page: Page) => (await loaded(page)).map((r) => r.path).filter((p) => p.startsWith('/photos/'))

const shown = (page: Page) =>
  page
    .locator('picture img')
    .evaluateAll((imgs) =>
      imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 1),
    )

describe.skipIf(!hasChromium)('photos on a phone', () => {
  const site = useSite(8921)
  const gated = useGate(site)

  it('the lead photo first, at the width that fits; no photo wider than needed; nothing moving; within budget', async () => {
    await site.reset(await contentWithPhotos())
    const { page, errors } = await openPage(await site.browser.newContext(PHONE))
    await countLayoutShifts(page)
    await page.goto(`${gated.origin}${ARTICLE}`, { waitUntil: 'load' })
    const ids = await page
      .locator('picture img')
      .evaluateAll((imgs) => imgs.map((i) => /\/photos\/([0-9a-f]{16})-/.exec(i.getAttribute('src') ?? '')![1]))
    // 358 CSS px at DPR 2: the 720 px rendition, in AVIF, first of all the photos.
    const lead = `/photos/${ids[0]}-720.avif`
    expect((await pagePhotos(page))[0]).toBe(lead)
    // The first view: the page, its script, the lead photo.
    const first = (await loaded(page)).filter(
      (r) => r.path === ARTICLE || r.path.startsWith('/assets/main-') || r.path === lead,
    )
    expect(first).toHaveLength(3)
    const bytes = first.reduce((n, r) => n + r.bytes, 0)
    console.log(`photo article, first view at 390 px, DPR 2: ${bytes} B across the link`)
    expect(bytes).toBeLessThanOrEqual(FIRST_VIEW_BUDGET)

    for (const picture of await page.locator('picture').all()) await picture.scrollIntoViewIfNeeded()
    await expect.poll(() => shown(page)).toEqual([true, true, true])
    // The portrait photo at 720 px too; the small one at its own 320 px: nothing wider than needed.
    expect((await pagePhotos(page)).sort()).toEqual(
      [`/photos/${ids[0]}-720.avif`, `/photos/${ids[1]}-720.avif`, `/photos/${ids[2]}-320.avif`].sort(),
    )
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('the front page: the lead story’s thumbnail at the width that fits, its box held, nothing moving', async () => {
    await site.reset(await contentWithPhotos())
    const { page, errors } = await openPage(await site.browser.newContext(PHONE))
    await countLayoutShifts(page)
    await page.goto(`${gated.origin}/issues/2024-03-15`, { waitUntil: 'load' })
    const thumb = page.locator('.teaser.lead picture.thumb img')
    await expect.poll(() => thumb.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(1)
    // 358 CSS px at DPR 2: the 720 px WebP.
    expect(await pagePhotos(page)).toEqual([expect.stringMatching(/^\/photos\/[0-9a-f]{16}-720\.webp$/)])
    const box = await thumb.boundingBox()
    expect(Math.round((box!.width / box!.height) * 9)).toBe(16)
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('in low-data mode no photo crosses the link until 显示图片 is tapped; the captions stay', async () => {
    await site.reset(await contentWithPhotos())
    const from = gated.gate.seen.length
    const context = await site.browser.newContext(PHONE)
    // The reader chose low-data mode in 设置 on an earlier visit.
    await context.addInitScript(() => localStorage.setItem('zzrb', 'low'))
    const { page } = await openPage(context)
    await page.goto(`${gated.origin}/settings`)
    await waitUntilKept(page, '2024-03-15')
    // The load event waits for every photo the page asked for: none crossed the link by then.
    await page.goto(`${gated.origin}${ARTICLE}`, { waitUntil: 'load' })
    expect(photoRequests(gated.gate.seen.slice(from))).toEqual([])
    expect(await page.locator('figcaption').count()).toBe(3)
    expect(await page.locator('picture').first().isVisible()).toBe(false)

    await page.locator('a.show').first().click()
    await expect.poll(() => shown(page).then((s) => s[0])).toBe(true)
    expect(photoRequests(gated.gate.seen.slice(from))).toEqual([
      expect.stringMatching(/^\/photos\/[0-9a-f]{16}-720\.avif\?show$/),
    ])
    await context.close()
  })

  it('a browser that asks to save data gets no photo byte on its first visit, and 显示图片 still works', async () => {
    await site.reset(await contentWithPhotos())
    const from = gated.gate.seen.length
    // A browser with Save-Data on says so in every request and to the page's script.
    const context = await site.browser.newContext({ ...PHONE, extraHTTPHeaders: { 'Save-Data': 'on' } })
    await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }))
    const { page } = await openPage(context)
    await page.goto(`${gated.origin}${ARTICLE}`, { waitUntil: 'load' })
    expect(photoRequests(gated.gate.seen.slice(from))).toEqual([])
    await page.locator('a.show').first().click()
    await expect.poll(() => shown(page).then((s) => s[0])).toBe(true)
    await context.close()
  })

  it('kept with the issue: the photos show with the server stopped, and the storage panel counts them', async () => {
    await site.reset(await contentWithPhotos())
    const { page, errors } = await openPage(await site.browser.newContext(PHONE))
    await page.goto(`${gated.origin}/settings`)
    await waitUntilKept(page, '2024-03-15')
    await expect
      .poll(() => page.locator('.kept li').first().textContent(), { timeout: 30_000 })
      .toMatch(/^2024年3月15日 · 1篇 · 3张图片 · \d+ KB$/)

    await site.server.stop()
    await page.goto(`${gated.origin}${ARTICLE}`)
    for (const picture of await page.locator('picture').all()) await picture.scrollIntoViewIfNeeded()
    await expect.poll(() => shown(page)).toEqual([true, true, true])
    expect(await page.locator('figcaption').count()).toBe(3)
    expect(errors.filter((e) => !/Failed to (fetch|load resource)|net::ERR/.test(e))).toEqual([])
    await site.server.start()
    await page.context().close()
  })
})
