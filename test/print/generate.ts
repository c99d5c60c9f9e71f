// Test print PDFs, made by Chromium from the layouts in layout.ts: real, extractable text in an
// embedded CJK font, one page each, and where every story was placed (its box, in PDF points
// from the page's top left). Also a "scanned" page: the same page as a picture only, no text.
// Test data, never news, written to test folders only.
import { compileContent } from '../../publish/compile/content'
import { launch } from '../browser/harness'
import { LAYOUTS, PAGE, pageHtml } from './layout'

/** A rectangle in PDF points from the page's top left. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface PrintPage {
  number: number
  pdf: Buffer
  /** Where the generator placed each story, by id: its box. */
  stories: Record<string, Box>
  /**
   * Where each story is printed, by id: its box, less an advertisement set inside it (a story
   * printed in an L is two boxes).
   */
  printed: Record<string, Box[]>
  /** Where it placed the advertisements, which belong to no story. */
  ads: Box[]
}

/** A story's box less an advertisement in its bottom right corner: the L it is printed in. */
function less(box: Box, ads: Box[]): Box[] {
  const ad = ads.find(
    (a) => a.x > box.x && a.y > box.y && a.x + a.w <= box.x + box.w + 1 && a.y + a.h <= box.y + box.h + 1,
  )
  if (!ad) return [box]
  return [
    { x: box.x, y: box.y, w: box.w, h: ad.y - box.y },
    { x: box.x, y: ad.y, w: ad.x - box.x, h: box.y + box.h - ad.y },
  ]
}

/** CSS px → PDF pt. */
const PT = 0.75
export const ISSUE_DATE = '2024-03-11'

/** The three 版 of 2024-03-11 as print PDFs, and one of them (`scanned`) as a picture only. */
export async function printPages(): Promise<{ pages: PrintPage[]; scanned: Buffer }> {
  const { issues } = await compileContent('content')
  const day = issues.find((i) => i.issue.date === ISSUE_DATE)!
  const browser = await launch()
  try {
    const tab = await browser.newPage({ viewport: PAGE })
    const pages: PrintPage[] = []
    let scanned: Buffer = Buffer.alloc(0)
    for (const number of Object.keys(LAYOUTS).map(Number)) {
      await tab.setContent(pageHtml(day.issue, number, day.articles))
      await tab.evaluate(() => document.fonts.ready)
      const boxes = (selector: string) =>
        tab.$$eval(selector, (els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect()
            return { id: el.id, x: r.x, y: r.y, w: r.width, h: r.height }
          }),
        )
      const inPoints = ({ id, ...b }: Box & { id: string }) =>
        [id, { x: b.x * PT, y: b.y * PT, w: b.w * PT, h: b.h * PT }] as const
      const stories = Object.fromEntries((await boxes('article')).map(inPoints))
      const ads = (await boxes('aside.ad')).map((b) => inPoints(b)[1])
      const printed = Object.fromEntries(Object.entries(stories).map(([id, box]) => [id, less(box, ads)]))
      const pdf = await tab.pdf({ width: `${PAGE.width}px`, height: `${PAGE.height}px`, printBackground: true })
      pages.push({ number, pdf, stories, printed, ads })
      if (number === 2) {
        const png = (await tab.screenshot({ fullPage: true })).toString('base64')
        await tab.setContent(
          `<style>@page{size:${PAGE.width}px ${PAGE.height}px;margin:0}body{margin:0}img{display:block;width:${PAGE.width}px}</style><img src="data:image/png;base64,${png}">`,
        )
        scanned = await tab.pdf({ width: `${PAGE.width}px`, height: `${PAGE.height}px` })
      }
    }
    return { pages, scanned }
  } finally {
    await browser.close()
  }
}
