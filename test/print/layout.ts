// Test print pages (版面), laid out as HTML for Chromium to print: the 2024-03-11 issue's own
// stories set as a newspaper sets them (masthead, headline sizes, text in columns) with an
// advertisement block that belongs to no story. Test data, never news: the ad says so.
import type { Article, Block, Inline } from '../../core/model'

/** A page in CSS px: Chromium prints 1 px as 0.75 pt, so this is 750 × 1065 pt (a broadsheet's shape). */
export const PAGE = { width: 1000, height: 1420 }

/** Where each story sits on a 版: a row of blocks, each some of the page's 10 grid columns wide. */
export interface Slot {
  id: string
  /** Grid columns (of 10) the story spans, and its text columns inside. */
  span: number
  columns: number
  /**
   * An advertisement this many grid columns wide beside the story's body, under its headline:
   * the story is then printed in an L (its headline over the advertisement too).
   */
  ad?: number
}
export type Row = Array<Slot | { ad: number }>

/** The layouts of the three 版 of 2024-03-11, each row top to bottom. */
export const LAYOUTS: Record<number, Row[]> = {
  1: [
    [{ id: 'gongzuo-xiangmuhua', span: 10, columns: 4 }],
    [
      { id: 'shuhua-dengji-kaoshi', span: 4, columns: 2 },
      { id: 'baoma-jihua', span: 6, columns: 3 },
    ],
    [{ ad: 10 }],
  ],
  2: [[{ id: 'xiashuidao-butong-fandu', span: 10, columns: 3, ad: 4 }]],
  3: [
    [{ id: 'wen-jiuye-zhuzhou-shijian', span: 10, columns: 5 }],
    [{ id: 'zonggonghui-zhigong-zhang-benling', span: 6, columns: 3 }, { ad: 4 }],
  ],
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
const inline = (nodes: Inline[]): string => nodes.map((n) => (typeof n === 'string' ? esc(n) : inline(n.c))).join('')
const block = (b: Block): string => {
  if (b.t === 'p') return `<p>${inline(b.c)}</p>`
  if (b.t === 'h' || b.t === 'label') return `<p class="sub">${esc(b.text)}</p>`
  if (b.t === 'quote') return b.c.map((c) => `<p>${inline(c)}</p>`).join('')
  if (b.t === 'list') return b.items.map((c) => `<p>${inline(c)}</p>`).join('')
  return ''
}

function story(a: Article, slot: Slot): string {
  const size = a.order === 1 ? 44 : 30
  const byline = a.byline.map((p) => `${p.role} ${p.name}`).join('　')
  return `<article id="${a.id}" style="grid-column: span ${slot.span}">
  ${a.kicker ? `<p class="kicker">${esc(a.kicker)}</p>` : ''}
  <h2 style="font-size:${size}px">${esc(a.title)}</h2>
  ${a.subtitle ? `<p class="kicker">${esc(a.subtitle)}</p>` : ''}
  <div class="beside">
    <div class="body" style="columns:${slot.columns}">
      ${byline ? `<p class="byline">${esc(byline)}</p>` : ''}
      ${a.body.map(block).join('')}
    </div>
    ${slot.ad ? ad(slot.ad) : ''}
  </div>
</article>`
}

const ad = (span: number) => `<aside class="ad" style="grid-column: span ${span}; flex: ${span}">
  <p class="big">测试广告</p><p>本版面由测试生成器排出，仅供测试，不是新闻，也不是真实广告。</p>
</aside>`

const CSS = `
@page { size: ${PAGE.width}px ${PAGE.height}px; margin: 0 }
* { box-sizing: border-box; margin: 0 }
html, body { width: ${PAGE.width}px; height: ${PAGE.height}px }
body { font-family: 'WenQuanYi Zen Hei', sans-serif; padding: 36px 40px; display: flex; flex-direction: column; color: #111 }
.masthead { display: flex; align-items: end; justify-content: space-between; border-bottom: 4px double #b8141b; padding-bottom: 8px; margin-bottom: 14px }
.masthead .name { font-size: 84px; color: #b8141b; letter-spacing: 6px; line-height: 1 }
.strip { display: flex; justify-content: space-between; border-bottom: 2px solid #b8141b; font-size: 18px; padding-bottom: 6px; margin-bottom: 14px }
.grid { display: grid; grid-template-columns: repeat(10, 1fr); column-gap: 22px; row-gap: 22px; align-content: start; flex: 1 }
article h2 { line-height: 1.25; margin-bottom: 8px; font-weight: bold }
.kicker { font-size: 16px; margin-bottom: 4px }
.beside { display: flex; gap: 22px } .beside .body { flex: 6 }
.body { column-gap: 16px; column-rule: 1px solid #ccc; font-size: 12.5px; line-height: 1.55; text-align: justify }
.body p { text-indent: 2em }
.body .byline, .body .sub { text-indent: 0; font-weight: bold }
.ad { border: 3px solid #333; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; min-height: 160px; padding: 12px }
.ad .big { font-size: 40px; letter-spacing: 8px }
footer { font-size: 13px; border-top: 1px solid #999; padding-top: 6px; margin-top: 10px }
`

export function pageHtml(
  issue: {
    date: string
    pages: Array<{ number: number; name: string; editors: Array<{ role: string; name: string }> }>
  },
  number: number,
  articles: Article[],
): string {
  const page = issue.pages.find((p) => p.number === number)!
  const byId = new Map(articles.map((a) => [a.id, a]))
  const rows = LAYOUTS[number]!.map((row) =>
    row.map((slot) => ('id' in slot ? story(byId.get(slot.id)!, slot) : ad(slot.ad))).join(''),
  ).join('')
  const [y, m, d] = issue.date.split('-').map(Number)
  const when = `${y}年${m}月${d}日　星期一`
  const head =
    number === 1
      ? `<header class="masthead"><span class="name">株洲日报</span><span>${when}<br>测试版面</span></header>`
      : `<header class="strip"><span>${when}</span><span>${String(number).padStart(2, '0')}版　${esc(page.name)}</span></header>`
  const editors = page.editors.map((e) => `${e.role}：${e.name}`).join('　')
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>${CSS}</style>
<body>${head}<div class="grid">${rows}</div><footer>${esc(editors || '株洲日报')}</footer></body></html>`
}
