// The photo viewer and turning stories by swiping, on a 390 px phone: a tapped photo opens full
// screen with its caption (its code asked for only then), swipes to the article's next photo, and
// closes by Esc or the back button, leaving the reader on the article; the keyboard opens it too,
// and without JavaScript the photo's link opens its widest JPEG; in low-data mode it shows only
// what the reader asked for; a sideways swipe on an article opens 下一篇 (and back again), a
// vertical one only scrolls. Touches are real touch events, sent through the DevTools protocol as
// a phone's screen sends them.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentWithPhotos } from '../photos/generate'
import { hasChromium, launch, openPage, publishedState, Server } from './harness'

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
const PHOTOS = '/issues/2024-03-15/ceshi-tupian'
const STORY = '/issues/2024-03-11/xiashuidao-butong-fandu'

/** Waits until the page has loaded its swipe code (once idle). */
const swipeReady = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/assets/swipe-')))

/** A one-finger stroke from one point to another, in `steps` moves over about `ms`. */
async function stroke(page: Page, from: [number, number], to: [number, number], ms = 240, steps = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const at = (i: number) => ({
    x: from[0] + ((to[0] - from[0]) * i) / steps,
    y: from[1] + ((to[1] - from[1]) * i) / steps,
  })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] })
  for (let i = 1; i <= steps; i++) {
    await page.waitForTimeout(ms / steps)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(i)] })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

/**
 * A quick sideways stroke, and the story it opens. A stroke counts only if it is quick (700 ms):
 * on a loaded machine the touches themselves may arrive slower than that, so a reader's second
 * try is allowed, as a reader would make it.
 */
async function swipeTo(page: Page, from: [number, number], to: [number, number], path: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await stroke(page, from, to, 120, 4)
    const opened = await page.waitForURL(`**${path}`, { timeout: 5_000 }).then(
      () => true,
      () => false,
    )
    if (opened) return
    if (attempt === 3) throw new Error(`three sideways strokes did not open ${path}`)
  }
}

const caption = (page: Page) => page.locator('.pswp__caption').textContent()
const viewers = (page: Page) => page.locator('.pswp').count()

describe.skipIf(!hasChromium)('the photo viewer and swiping between stories', () => {
  let server: Server
  let browser: Browser
  beforeAll(async () => {
    server = new Server(8926, await publishedState(await contentWithPhotos()))
    ;[browser] = await Promise.all([launch(), server.start()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('a tapped photo opens full screen with its caption; swipes to the next; Esc and the back button close it; Enter opens it from the keyboard', async () => {
    // No service worker: it would fetch every script of the build to keep them, the viewer's too.
    const { page, errors } = await openPage(await browser.newContext({ ...PHONE, serviceWorkers: 'block' }))
    const asked: string[] = []
    page.on('request', (r) => asked.push(new URL(r.url()).pathname))
    const viewerCode = () => asked.filter((p) => /\/assets\/(photo-viewer|photoswipe)-/.test(p))
    await page.goto(`${server.origin}${PHOTOS}`, { waitUntil: 'load' })
    // What loads once the page is idle has come (the tools are hydrated): still no viewer code.
    await page.locator('.tools button').first().waitFor()
    expect(viewerCode()).toEqual([])

    await page.locator('.body .photo a.zoom').first().tap()
    await expect.poll(() => caption(page)).toMatch(/^测试图片一：渐变色块\s*测试程序 生成$/)
    expect(viewerCode()).toEqual([
      expect.stringMatching(/photo-viewer-.*\.js$/),
      expect.stringMatching(/photoswipe-.*\.css$/),
      expect.stringMatching(/photo-viewer-.*\.css$/),
    ])
    const close = page.getByRole('button', { name: '关闭' })
    const box = await close.boundingBox()
    expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(44)
    // The page showed the 720 px AVIF; full screen at DPR 2 asks for the 1080 px one, same format.
    const shown = await page
      .locator('.body .photo picture img')
      .first()
      .evaluate((i) => (i as HTMLImageElement).currentSrc)
    expect(shown).toMatch(/-720\.avif$/)
    await expect.poll(() => asked).toContain(new URL(shown.replace('-720.', '-1080.')).pathname)

    // It zooms in first and takes no gesture till then; once in, it lays out the next photo.
    await expect.poll(() => page.locator('.pswp__img').count()).toBeGreaterThanOrEqual(2)
    await stroke(page, [340, 420], [60, 430])
    await expect.poll(() => caption(page)).toBe('测试图片二：竖幅')
    await page.keyboard.press('Escape')
    await expect.poll(() => viewers(page)).toBe(0)
    // Closing took its history entry back off: the back button now leaves the article as before.
    expect(await page.evaluate(() => history.state)).toBeNull()

    await page.locator('.body .photo a.zoom').nth(1).tap()
    await expect.poll(() => caption(page)).toBe('测试图片二：竖幅')
    // At once, while it still zooms in.
    await page.goBack()
    await expect.poll(() => viewers(page)).toBe(0)
    expect(new URL(page.url()).pathname).toBe(PHOTOS)
    expect(await page.locator('h1').textContent()).toBe('测试图片稿件')

    // From the keyboard: the photo is a tab stop, Enter opens it, Esc gives the focus back.
    const zoom = page.locator('.body .photo a.zoom').first()
    await zoom.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => caption(page)).toMatch(/^测试图片一：渐变色块/)
    await expect.poll(() => page.locator('.pswp__img').count()).toBeGreaterThanOrEqual(2) // zoomed in
    await page.keyboard.press('Escape')
    await expect.poll(() => viewers(page)).toBe(0)
    await expect.poll(() => zoom.evaluate((a) => a === document.activeElement)).toBe(true)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('without JavaScript a tapped photo opens larger: its widest JPEG', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.origin}${PHOTOS}`, { waitUntil: 'load' })
    const widest = await page
      .locator('.body .photo picture img')
      .first()
      .evaluate((i) => i.getAttribute('srcset')!.split(',').at(-1)!.trim().split(' ')[0]!)
    expect(await page.locator('.body .photo a.zoom').first().getAttribute('aria-label')).toBe('查看大图')
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(widest)),
      page.locator('.body .photo a.zoom').first().tap(),
    ])
    expect([response.status(), response.headers()['content-type']]).toEqual([200, 'image/jpeg'])
    await context.close()
  })

  it('in low-data mode the first tap shows the photo, the next opens it, with nothing more across the link', async () => {
    const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' })
    await context.addInitScript(() => localStorage.setItem('zzrb', 'low'))
    const { page, errors } = await openPage(context)
    const photos: string[] = []
    page.on('request', (r) => r.url().includes('/photos/') && photos.push(r.url()))
    await page.goto(`${server.origin}${PHOTOS}`, { waitUntil: 'load' })
    // (Without the service worker, which holds them back, the page's own photo may load: not counted.)
    photos.length = 0
    await page.locator('a.show').first().tap()
    await expect.poll(() => photos).toEqual([expect.stringMatching(/-720\.avif\?show$/)])
    await page.locator('.body .photo a.zoom').first().tap()
    await expect.poll(() => caption(page)).toMatch(/^测试图片一：渐变色块/)
    // Only the photo the reader asked for: the others stay held back, and none is asked for wider.
    expect(await page.locator('.pswp__counter').textContent()).toBe('1 / 1')
    // Once its image has loaded, whatever the viewer asked for has been asked.
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.pswp__img')
      return img?.complete === true && img.naturalWidth > 0
    })
    expect(photos).toHaveLength(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('a sideways swipe on an article opens 下一篇, the other way 上一篇; a vertical one only scrolls', async () => {
    const { page, errors } = await openPage(await browser.newContext({ ...PHONE, serviceWorkers: 'block' }))
    await page.goto(`${server.origin}${STORY}`, { waitUntil: 'load' })
    const next = await page.locator('.neighbours a[rel="next"]').getAttribute('href')
    const visited: string[] = [STORY]
    page.on('framenavigated', (f) => {
      const path = new URL(f.url()).pathname
      // A page reports each of its own navigations (same-document ones too): a visit is a new path.
      if (f === page.mainFrame() && visited.at(-1) !== path) visited.push(path)
    })
    await swipeReady(page)

    // A vertical stroke scrolls the page, and opens nothing: the visits below are the only ones.
    await stroke(page, [200, 700], [210, 250])
    await page.waitForFunction(() => scrollY > 0)

    await swipeTo(page, [340, 400], [80, 420], next!)
    await swipeReady(page)
    await swipeTo(page, [60, 400], [320, 390], STORY)
    expect(visited).toEqual([STORY, next, STORY])
    expect(errors).toEqual([])
    await page.context().close()
  })
})
