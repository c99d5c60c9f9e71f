// What a reader sees on a 390 px phone: headlines that break between words, never inside one (a
// screenshot of each kept in .build/screenshots); article tools that appear without moving the
// page (CLS ≤ 0.01); the storage panel in units people read.
import { mkdir } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { countLayoutShifts, hasChromium, layoutShift, openPage, useSite, waitUntilKept } from './harness'

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
const SHOTS = '.build/screenshots'

/** The headline's lines as laid out: the text of each line box, from the characters' own boxes. */
const linesOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const lines: Array<{ top: number; text: string }> = []
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          const range = document.createRange()
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          const top = Math.round(range.getClientRects()[0]?.top ?? 0)
          const line = lines.find((l) => Math.abs(l.top - top) < 4)
          if (line) line.text += node.textContent![i]
          else lines.push({ top, text: node.textContent![i]! })
        }
      }
      return lines.map((l) => l.text)
    }),
  )

/** Where a reader may break a Chinese headline: between words, or after punctuation and spaces. */
function wordBoundaries(title: string): Set<number> {
  const at = new Set<number>()
  let i = 0
  for (const s of new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(title)) {
    i += s.segment.length
    at.add(i)
  }
  return at
}

describe.skipIf(!hasChromium)('on a 390 px phone', () => {
  const site = useSite(8918)

  it('headlines break between words, never inside one', async () => {
    await mkdir(SHOTS, { recursive: true })
    const { page } = await openPage(await site.browser.newContext(PHONE))
    await page.goto(`${site.server.origin}/`)
    const paths = await page.locator('.teaser h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    const seen: string[][] = []
    const check = (lines: string[]) => {
      const title = lines.join('')
      const bounds = wordBoundaries(title)
      let at = 0
      for (const line of lines.slice(0, -1)) {
        at += line.length
        expect(bounds.has(at), `“${title}” breaks after “${line}”`).toBe(true)
      }
      seen.push(lines)
    }
    for (const lines of await linesOf(page, '.teaser h3')) check(lines)
    await page.screenshot({ path: `${SHOTS}/front-390.png`, fullPage: true })
    for (const path of paths) {
      await page.goto(`${site.server.origin}${path}`)
      const [lines] = await linesOf(page, '.story h1')
      check(lines!)
      await page.locator('.story h1').screenshot({ path: `${SHOTS}/headline-390-${path.split('/').at(-1)}.png` })
    }
    // At 390 px this headline wraps, and between words: 两会热词“稳就业” / 的株洲实践, never 稳就 / 业.
    expect(seen).toContainEqual(['两会热词“稳就业”', '的株洲实践'])
    await page.context().close()
  })

  it('the article tools appear without moving the page (CLS ≤ 0.01)', async () => {
    const { page } = await openPage(await site.browser.newContext(PHONE))
    await countLayoutShifts(page)
    for (const visit of ['first visit', 'repeat visit']) {
      await page.goto(`${site.server.origin}/issues/2024-03-11/wen-jiuye-zhuzhou-shijian`)
      if (visit === 'first visit') await waitUntilKept(page, '2024-03-11')
      // Live: the tools are hydrated and enabled.
      await page.locator('.tools:not([inert]) button:not([disabled])').first().waitFor()
      // Two frames later any shift the tools caused has been laid out and reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      const cls = await layoutShift(page)
      expect(cls, visit).toBeLessThanOrEqual(0.01)
    }
    await page.context().close()
  })

  it('the storage panel says how much space there is in MB or GB', async () => {
    const { page } = await openPage(await site.browser.newContext(PHONE))
    await page.goto(`${site.server.origin}/settings`)
    await waitUntilKept(page, '2024-03-11')
    const used = page.locator('p', { hasText: '已用空间' })
    await expect
      .poll(() => used.textContent())
      .toMatch(/^已用空间：\d+(\.\d)? (KB|MB|GB)，共可用 \d+(\.\d)? (MB|GB|TB)$/)
    await page.context().close()
  })
})
