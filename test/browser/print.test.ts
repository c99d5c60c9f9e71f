// A 版's printed page (版面图) on a 390 px phone (DPR 2): each story a named link placed where the
// generator printed it, reached by Tab and by tap; the first view within budget at the 720 px
// rendition with nothing moving, the 1600 px one only once pinched; kept with the issue, the page
// and its stories open with the server stopped; in low-data mode no page image until 显示图片.
import { cp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'node-html-parser'
import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { type Box, contentWithPrints, type PrintedContent } from '../print/content'
import { PAGE } from '../print/layout'
import { useGate } from './gate'
import { axeViolations, countLayoutShifts, hasChromium, layoutShift, openPage, useSite, waitUntilKept } from './harness'

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
const ISSUE = '2024-03-11'
const pageOf = (n: number) => `/issues/${ISSUE}/pages/${n}`
/** The generator's page in PDF points (Chromium prints 1 CSS px as 0.75 pt). */
const SHEET = { w: PAGE.width * 0.75, h: PAGE.height * 0.75 }
const HEADLINES: Record<string, string> = {
  'gongzuo-xiangmuhua': '株洲这一改革经验获全省推介',
  'shuhua-dengji-kaoshi': '书画等级考试今日开始报名',
  'baoma-jihua': '“宝妈计划”帮带孩妈妈找工作',
  'wen-jiuye-zhuzhou-shijian': '两会热词“稳就业”的株洲实践',
  'zonggonghui-zhigong-zhang-benling': '今年，市总工会　要帮3000名职工长本领',
}
/** A first view of 版 1: its page image and the strip's thumbnails, as sent. */
const FIRST_VIEW_IMAGE_BUDGET = 150 * 1024

type Rect = { x: number; y: number; w: number; h: number }
const iou = (a: Rect, b: Rect) => {
  const w = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x))
  const h = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y))
  return (w * h) / (a.w * a.h + b.w * b.h - w * h)
}

/** Images the page itself loaded (not its service worker): path and bytes as sent. */
const loadedPhotos = (page: Page) =>
  page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((r) => ({ path: new URL(r.name).pathname, bytes: r.transferSize }))
      .filter((r) => r.path.startsWith('/photos/')),
  )
const photoRequests = (seen: string[]) => seen.filter((u) => u.startsWith('/photos/'))

const pageImage = (page: Page) => page.locator('figure.print picture img')
/** The page image's id, from its address (held back, the address waits in data-src). */
const pageImageId = (page: Page) =>
  pageImage(page).evaluate((img) => {
    const src = img.getAttribute('src') ?? img.getAttribute('data-src') ?? ''
    return new URL(src, location.href).pathname.split('/')[2]!.split('-')[0]!
  })
const shows = (page: Page) =>
  pageImage(page).evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 1)

/** An element's role and accessible name as Chromium exposes them to assistive technology. */
async function exposed(cdp: CDPSession, selector: string): Promise<{ role: unknown; name: unknown }> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })
  return { role: nodes[0]?.role?.value, name: nodes[0]?.name?.value }
}

/** Each region's outline as drawn: whether its path's stroke is visible, by link id. */
const outlines = (page: Page) =>
  page.locator('svg.regions a').evaluateAll((as) =>
    Object.fromEntries(
      as.map((a) => {
        const s = getComputedStyle(a.querySelector('path')!)
        const invisible =
          ['none', 'transparent', 'rgba(0, 0, 0, 0)'].includes(s.stroke) || Number.parseFloat(s.strokeWidth) === 0
        return [a.id, !invisible]
      }),
    ),
  )

describe.skipIf(!hasChromium)('the printed page (版面图) on a phone', () => {
  // The site is published once, from a copy of content/ with the generated print PDFs (版 2 the
  // scanned one, as in test/node/prints.test.ts, so the published state is the one it made): the
  // copy is made where useSite looks for it, before it publishes.
  const content = join(tmpdir(), `zzrb-print-content-${process.pid}`)
  let printed: PrintedContent
  const site = useSite(8922, content, {
    before: async () => {
      printed = await contentWithPrints({ scanned: true })
      await cp(printed.dir, content, { recursive: true })
      await rm(printed.dir, { recursive: true })
    },
    after: () => rm(content, { recursive: true, force: true }),
  })
  const gated = useGate(site)

  it('each story is a link named by its headline, over where it was printed', async () => {
    const context = await site.browser.newContext(PHONE)
    const { page, errors } = await openPage(context)
    const cdp = await context.newCDPSession(page)
    for (const n of [1, 3]) {
      await page.goto(`${gated.origin}${pageOf(n)}`, { waitUntil: 'load' })
      const { stories } = printed.pages.get(n)!
      const viewBox = await page.locator('svg.regions').evaluate((svg) => {
        const { width, height } = (svg as SVGSVGElement).viewBox.baseVal
        return { width, height }
      })
      expect(viewBox.width).toBeCloseTo(SHEET.w, 0)
      expect(viewBox.height).toBeCloseTo(SHEET.h, 0)
      const image = await pageImage(page).evaluate((img) => img.getBoundingClientRect().toJSON() as DOMRect)
      expect((await page.locator('svg.regions a').evaluateAll((as) => as.map((a) => a.id))).sort(), `版 ${n}`).toEqual(
        Object.keys(stories)
          .map((id) => `at-${id}`)
          .sort(),
      )
      for (const [id, box] of Object.entries(stories) as Array<[string, Box]>) {
        const link = page.locator('svg.regions').getByRole('link', { name: HEADLINES[id], exact: true })
        expect(await link.getAttribute('id')).toBe(`at-${id}`)
        expect(await link.getAttribute('href')).toBe(`/issues/${ISSUE}/${id}`)
        expect(await exposed(cdp, `#at-${id}`)).toEqual({ role: 'link', name: HEADLINES[id] })
        const shown = await link.evaluate((a) => {
          const r = a.getBoundingClientRect()
          return { x: r.x, y: r.y, w: r.width, h: r.height }
        })
        const placed = {
          x: image.x + (image.width * box.x) / viewBox.width,
          y: image.y + (image.height * box.y) / viewBox.height,
          w: (image.width * box.w) / viewBox.width,
          h: (image.height * box.h) / viewBox.height,
        }
        const overlap = iou(shown, placed)
        console.log(`版 ${n} ${id}: IoU ${overlap.toFixed(3)}`)
        expect(overlap, `${id} on 版 ${n}`).toBeGreaterThanOrEqual(0.8)
      }
    }
    expect(await page.locator('map, area').count()).toBe(0)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('axe-core finds no violations on a 版 with its printed page, nor on an article that links to it', async () => {
    const { page, errors } = await openPage(await site.browser.newContext({ ...PHONE, bypassCSP: true }))
    for (const path of [pageOf(1), pageOf(2), `/issues/${ISSUE}/baoma-jihua`]) {
      await page.goto(`${gated.origin}${path}`, { waitUntil: 'networkidle' })
      expect(await axeViolations(page), path).toEqual([])
    }
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('Tab reaches every story, outlined while focused, and Enter or a tap opens it', async () => {
    const { page, errors } = await openPage(await site.browser.newContext(PHONE))
    await page.goto(`${gated.origin}${pageOf(1)}`, { waitUntil: 'load' })
    const ids = Object.keys(printed.pages.get(1)!.stories).map((id) => `at-${id}`)
    expect(Object.values(await outlines(page))).toEqual(ids.map(() => false))
    const reached: string[] = []
    for (let i = 0; i < 100 && reached.length < ids.length; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => document.activeElement?.id ?? '')
      if (!ids.includes(focused)) continue
      reached.push(focused)
      // Only the focused story is outlined.
      expect(await outlines(page)).toEqual(Object.fromEntries(ids.map((id) => [id, id === focused])))
    }
    expect([...reached].sort()).toEqual([...ids].sort())
    const last = reached.at(-1)!.slice('at-'.length)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`at-${last}`)
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/issues/${ISSUE}/${last}`)
    expect(await page.locator('h1').textContent()).toBe(HEADLINES[last])

    await page.goto(`${gated.origin}${pageOf(1)}`, { waitUntil: 'load' })
    await page.locator('#at-shuhua-dengji-kaoshi').tap()
    await page.waitForURL(`**/issues/${ISSUE}/shuhua-dengji-kaoshi`)
    expect(await page.locator('h1').textContent()).toBe(HEADLINES['shuhua-dengji-kaoshi'])
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('版面图 on an article lands on its story outlined on the page', async () => {
    const { page, errors } = await openPage(await site.browser.newContext(PHONE))
    await page.goto(`${gated.origin}/issues/${ISSUE}/baoma-jihua`, { waitUntil: 'load' })
    await page.getByRole('link', { name: '版面图', exact: true }).tap()
    await page.waitForURL(`**${pageOf(1)}#at-baoma-jihua`)
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('at-baoma-jihua')
    expect(await outlines(page)).toEqual({
      'at-gongzuo-xiangmuhua': false,
      'at-shuhua-dengji-kaoshi': false,
      'at-baoma-jihua': true,
    })
    // Scrolled to: the outlined story is on screen.
    const box = await page.locator('#at-baoma-jihua').evaluate((a) => a.getBoundingClientRect().toJSON() as DOMRect)
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.top).toBeLessThan(await page.evaluate(() => innerHeight))
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('first view: the 720 px AVIF, images within budget, nothing moving', async () => {
    const from = gated.gate.seen.length
    const { page, errors } = await openPage(await site.browser.newContext(PHONE))
    await countLayoutShifts(page)
    await page.goto(`${gated.origin}${pageOf(1)}`, { waitUntil: 'networkidle' })
    const id = await pageImageId(page)
    const photos = await loadedPhotos(page)
    const ofPage = photos.filter((p) => p.path.startsWith(`/photos/${id}-`)).map((p) => p.path)
    // The page at 720 px (358 CSS px at DPR 2) in AVIF, and its own thumbnail in the strip.
    expect(ofPage.sort()).toEqual([`/photos/${id}-120.webp`, `/photos/${id}-720.avif`])
    expect(await pageImage(page).evaluate((img) => new URL((img as HTMLImageElement).currentSrc).pathname)).toBe(
      `/photos/${id}-720.avif`,
    )
    expect(await shows(page)).toBe(true)
    const bytes = photos.reduce((n, p) => n + p.bytes, 0)
    console.log(`版 1 first view at 390 px, DPR 2: ${bytes} B of images: ${JSON.stringify(photos)}`)
    expect(bytes).toBeLessThanOrEqual(FIRST_VIEW_IMAGE_BUDGET)
    expect(photoRequests(gated.gate.seen.slice(from)).filter((u) => u.includes('-1600.'))).toEqual([])
    expect(await layoutShift(page)).toBe(0)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('the 1600 px page image comes only once the reader pinches to zoom', async () => {
    const from = gated.gate.seen.length
    const context = await site.browser.newContext(PHONE)
    const { page } = await openPage(context)
    await page.goto(`${gated.origin}${pageOf(1)}`, { waitUntil: 'networkidle' })
    const id = await pageImageId(page)
    const wide = () => photoRequests(gated.gate.seen.slice(from)).filter((u) => u.startsWith(`/photos/${id}-1600.`))
    expect(wide()).toEqual([])
    expect(await page.evaluate(() => visualViewport!.scale)).toBe(1)

    const cdp = await context.newCDPSession(page)
    await cdp.send('Input.synthesizePinchGesture', { x: 195, y: 400, scaleFactor: 2.5, relativeSpeed: 800 })
    const scale = await page.evaluate(() => visualViewport!.scale)
    console.log(`after Input.synthesizePinchGesture: visualViewport.scale ${scale}`)
    expect(scale).toBeGreaterThanOrEqual(1.3)
    console.log(`sizes once pinched: ${await pageImage(page).getAttribute('sizes')}`)
    await expect.poll(wide).toEqual([`/photos/${id}-1600.avif`])
    // Shown: the browser's chosen source is the wide one, loaded.
    await expect
      .poll(() =>
        pageImage(page).evaluate((img) => {
          const i = img as HTMLImageElement
          return i.complete ? new URL(i.currentSrc).pathname : ''
        }),
      )
      .toBe(`/photos/${id}-1600.avif`)
    await context.close()
  })

  it('kept with the issue: with the server stopped the page image shows and a tap opens the story', async () => {
    // Each 版's page image, as the server names it.
    const ids: string[] = []
    for (const n of [1, 2, 3]) {
      const html = parse(await (await fetch(`${site.server.origin}${pageOf(n)}`)).text())
      ids.push(html.querySelector('figure.print picture img')!.getAttribute('src')!.split('/')[2]!.split('-')[0]!)
    }
    const context = await site.browser.newContext(PHONE)
    const { page, errors } = await openPage(context)
    // A visit that shows no page image: later, only the service worker's kept copy can show it.
    await page.goto(`${gated.origin}/settings`)
    await waitUntilKept(page, ISSUE)
    const kept = () =>
      page.evaluate(async (ids) => {
        const names = (await caches.keys()).filter((n) => n.startsWith('zzrb-edition-'))
        const found: string[] = []
        for (const id of ids)
          for (const name of names) if (await (await caches.open(name)).match(`/photos/${id}-360.webp`)) found.push(id)
        return found
      }, ids)
    await expect.poll(kept, { timeout: 30_000 }).toEqual(ids)

    await site.server.stop()
    try {
      await (await context.newCDPSession(page)).send('Network.clearBrowserCache')
      await page.goto(`${gated.origin}${pageOf(1)}`)
      await expect.poll(() => shows(page)).toBe(true)
      await page.locator('#at-baoma-jihua').tap()
      await page.waitForURL(`**/issues/${ISSUE}/baoma-jihua`)
      expect(await page.locator('h1').textContent()).toBe(HEADLINES['baoma-jihua'])
      expect(errors.filter((e) => !/Failed to (fetch|load resource)|net::ERR/.test(e))).toEqual([])
    } finally {
      await site.server.start()
      await context.close()
    }
  })

  it('in low-data mode the page image crosses the link only once 显示图片 is tapped', async () => {
    const from = gated.gate.seen.length
    const context = await site.browser.newContext(PHONE)
    await context.addInitScript(() => localStorage.setItem('zzrb', 'low'))
    const { page, errors } = await openPage(context)
    await page.goto(`${gated.origin}/settings`)
    await waitUntilKept(page, ISSUE)
    await page.goto(`${gated.origin}${pageOf(1)}`, { waitUntil: 'load' })
    expect(photoRequests(gated.gate.seen.slice(from))).toEqual([])
    expect(await page.locator('figure.print picture').isVisible()).toBe(false)
    // The stories stay a tap away over the preview.
    expect(await page.locator('svg.regions a').count()).toBe(3)

    const id = await pageImageId(page)
    await page.locator('figure.print a.show').tap()
    await expect.poll(() => shows(page)).toBe(true)
    expect(photoRequests(gated.gate.seen.slice(from))).toEqual([`/photos/${id}-720.avif?show`])
    expect(errors).toEqual([])
    await context.close()
  })
})
