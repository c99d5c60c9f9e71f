// Typesetting as printed, measured in Chromium on phones 320–430 px wide: every headline of
// content/ and the tests' issues, as the lead story, a teaser, a 版's list and an article's h1,
// breaks at the editors' 　 when it needs two lines, keeps each part whole where it fits, leaves
// no line of fewer than three characters and breaks no number, Latin word or short quotation;
// the longest article's body is justified with no line starting with closing punctuation; the
// masthead's units and a photo's credit never wrap inside. The real components and stylesheet,
// in a page of their own (page.setContent): no server.

import type { Browser, Page } from 'playwright-core'
import { h, type VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleMeta, Issue, Photo } from '../../core/model'
import { Blocks } from '../../core/ui/parts/Blocks'
import { Figure } from '../../core/ui/parts/Figure'
import { Headline } from '../../core/ui/parts/Headline'
import { Masthead } from '../../core/ui/parts/Masthead'
import { Teaser } from '../../core/ui/parts/Teaser'
import { article } from '../../core/ui/styles/article'
import { base, chrome } from '../../core/ui/styles/base'
import { issue } from '../../core/ui/styles/issue'
import { rest } from '../../core/ui/styles/rest'
import { thumbs } from '../../core/ui/styles/thumbs'
import { countChars } from '../../publish/compile/derive'
import { headlineBreaks } from '../../publish/compile/headline'
import { allTitles, articleSources } from '../node/typeset-sources'
import { hasChromium, launch } from './harness'
import { fitting, type Lines, linesOf, unitsWhole } from './typeset-measure'

const WIDTHS = [320, 360, 390, 430]
const TITLES = allTitles()
const LETTER = /[\p{L}\p{N}]/gu
/** What a line must not start with (line-break: strict). */
const NO_START = /^[，。、；：？！”」）]/u

/** A photo for the teasers that show one small beside the headline (held: no image is asked for). */
const THUMB: Photo = { id: 'p', w: 1600, h: 1200, widths: [320, 640], preview: '' }

const meta = (title: string, i: number, thumb?: Photo) =>
  ({ id: `a${i}`, date: '2024-03-11', title, titleBreaks: headlineBreaks(title), summary: '', thumb }) as ArticleMeta

const doc = <P>(css: string, body: VNode<P>) =>
  `<!doctype html><html lang="zh-CN"><head><meta name="viewport" content="width=device-width">` +
  `<style>${css.replace(/\n/g, '')}</style></head><body><main>${renderToString(body as VNode)}</main></body></html>`

/** Each title as the front page's lead and teasers (one with a photo), a 版's list (h2) and an article's h1. */
const FRONT = doc(
  base + issue + thumbs,
  h(
    'section',
    null,
    TITLES.flatMap((t, i) => [
      h(Teaser, { article: meta(t, i), lead: true }),
      h(Teaser, { article: meta(t, i) }),
      h(Teaser, { article: meta(t, i, THUMB), held: true }),
    ]),
  ),
)
const PAGE = doc(
  base + chrome + issue + thumbs,
  h(
    'div',
    null,
    TITLES.flatMap((t, i) => [
      h(Teaser, { article: meta(t, i), level: 2 }),
      h(Teaser, { article: meta(t, i, THUMB), level: 2, held: true }),
    ]),
  ),
)
const ARTICLE = doc(
  base + chrome + article,
  h(
    'div',
    null,
    TITLES.map((t, i) => h('h1', null, h(Headline, { article: meta(t, i) }))),
  ),
)

/** The title's parts between ideographic spaces, and its phrases: the parts cut at its breaks. */
function pieces(title: string): { parts: string[]; phrases: Array<{ at: number; text: string }> } {
  const cuts = [0, ...headlineBreaks(title), ...[...title.matchAll(/\u3000/gu)].map((m) => m.index + 1), title.length]
  const sorted = [...new Set(cuts)].sort((a, b) => a - b)
  const phrases = sorted.slice(0, -1).map((at, i) => ({ at, text: title.slice(at, sorted[i + 1]) }))
  return { parts: title.split('\u3000'), phrases }
}

/** What is wrong with one headline as laid out, in words. */
function faults(title: string, { line, overflows }: Lines, fits: boolean[]): string[] {
  const out: string[] = []
  const rows: string[] = []
  for (let i = 0; i < title.length; i++) rows[line[i]!] = (rows[line[i]!] ?? '') + title[i]
  const breaksAt = (i: number) => line[i - 1] !== line[i]
  const { parts, phrases } = pieces(title)
  parts.reduce((start, part, k) => {
    if (fits[k] && new Set(line.slice(start, start + part.length)).size > 1)
      out.push(`"${part}" fits a line but is split`)
    if (k > 0 && rows.length > 1 && !breaksAt(start - 1) && !breaksAt(start)) out.push('not broken at 　')
    return start + part.length + 1
  }, 0)
  // Inside a phrase only when the phrase alone is wider than the line.
  phrases.forEach(({ at, text }, k) => {
    for (let i = at + 1; i < at + text.length; i++) {
      if (breaksAt(i) && fits[parts.length + k] && !/\s/u.test(title[i - 1]! + title[i]!))
        out.push(`broken inside the phrase "${text}"`)
    }
  })
  for (const row of rows) if ((row.match(LETTER) ?? []).length < 3) out.push(`line "${row}" is under 3 characters`)
  const whole = [...title.matchAll(/[A-Za-z]+|\d+(?:[.,:]\d+)*|“[^“”]{1,6}”|《[^《》]{1,6}》|（[^（）]{1,6}）/gu)]
  for (const m of whole) {
    for (let i = m.index + 1; i < m.index + m[0].length; i++) if (breaksAt(i)) out.push(`"${m[0]}" is broken`)
  }
  if (overflows) out.push('sticks out of the column')
  return out.length > 0 ? [`${rows.join(' / ')}: ${out.join('; ')}`] : []
}

describe.skipIf(!hasChromium)('typesetting on phones', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 390, height: 800 } })
  })
  afterAll(() => browser?.close())

  async function measure(html: string, selector: string): Promise<string[]> {
    await page.setContent(html)
    const found: string[] = []
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      const laid = await linesOf(page, selector)
      expect(laid.map((l) => l.text)).toEqual(TITLES)
      const fit = await fitting(
        page,
        selector,
        TITLES.map((t) => [...pieces(t).parts, ...pieces(t).phrases.map((p) => p.text)]),
      )
      for (const [i, l] of laid.entries())
        found.push(...faults(l.text, l, fit[i]!).map((f) => `${width}px ${l.size}px: ${f}`))
    }
    return found
  }

  it('breaks every headline as printed: at the 　, between phrases, no line under 3 characters', async () => {
    expect(TITLES.filter((t) => t.includes('\u3000')).length).toBeGreaterThanOrEqual(2)
    const found = [
      ...(await measure(FRONT, '.lead h3')),
      ...(await measure(FRONT, '.teaser:not(.lead):not(:has(.small)) h3')),
      ...(await measure(FRONT, '.teaser:has(.small) h3')),
      ...(await measure(PAGE, '.teaser:not(:has(.small)) h2')),
      ...(await measure(PAGE, '.teaser:has(.small) h2')),
      ...(await measure(ARTICLE, 'h1')),
    ]
    expect(found).toEqual([])
  })

  it('justifies the longest article’s body, with no line starting with closing punctuation', async () => {
    const longest = articleSources().sort((a, b) => countChars(b.blocks) - countChars(a.blocks))[0]!
    const body = h(
      'article',
      { class: 'story' },
      h('div', { class: 'body' }, h(Blocks, { blocks: longest.blocks, held: false })),
    )
    await page.setContent(doc(base + chrome + article, body))
    await page.setViewportSize({ width: 390, height: 800 })
    const paragraphs = await linesOf(page, '.body p')
    const rows = paragraphs.flatMap((p) => p.rows)
    expect(rows.length).toBeGreaterThan(40)
    expect(rows.filter((r) => NO_START.test(r.text))).toEqual([])
    // Every line but a paragraph's last reaches the right edge of the column.
    const ragged = paragraphs.flatMap((p) => p.rows.slice(0, -1).filter((r) => p.right - r.right > 1))
    expect(ragged).toEqual([])
  })

  it('keeps each unit of the masthead and of a photo credit on one line at 320 px', async () => {
    const issueOf = { date: '2024-03-11', number: '第12345期', version: 'v', pages: [] } as Issue
    const caption = '学堂冲二村5栋旁下水道不再冒污水，居民出行方便了许多'
    const figures = Array.from({ length: 16 }, (_, i) =>
      h(Figure, {
        figure: { t: 'figure', caption: caption.slice(0, 10 + i), credit: '全媒体记者/何春林 摄' },
        lead: false,
        held: false,
      }),
    )
    const body = h('div', null, h(Masthead, { name: '株洲日报', issue: issueOf }), h('div', { class: 'body' }, figures))
    // Figures' rules are in the sheet an article links before its first figure.
    await page.setContent(doc(base + chrome + issue + article + rest, body))
    await page.setViewportSize({ width: 320, height: 800 })
    const { masthead, credits } = await unitsWhole(page)
    expect(masthead.lines).toBeGreaterThan(1)
    expect(masthead.units).toEqual(['2024年3月11日', '星期一 ·', '农历二月初二 ·', '第12345期'])
    expect(masthead.split).toEqual([])
    expect(masthead.lineStarts.filter((s) => s.startsWith('·'))).toEqual([])
    expect(credits.wrappedBefore).toBeGreaterThan(0)
    expect(credits.split).toEqual([])
  })
})
