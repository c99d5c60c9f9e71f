// Where Chromium put each character of a block of text: its line, found from the character's box
// (Range.getClientRects), for the typesetting tests.
import type { Page } from 'playwright-core'

export interface Row {
  text: string
  /** The right edge of the line's last character (px). */
  right: number
}

export interface Lines {
  text: string
  /** The element's font size (px). */
  size: number
  /** The line of each UTF-16 offset of `text`, from 0. */
  line: number[]
  rows: Row[]
  /** The right edge of the element's content box (px). */
  right: number
  /** Whether anything sticks out of the element. */
  overflows: boolean
}

/** The lines of every element matching `selector`. */
export function linesOf(page: Page, selector: string): Promise<Lines[]> {
  return page.evaluate((sel) => {
    const range = document.createRange()
    return Array.from(document.querySelectorAll<HTMLElement>(sel)).map((el) => {
      const style = getComputedStyle(el)
      const half = Number.parseFloat(style.lineHeight) / 2
      const text = el.textContent ?? ''
      const line: number[] = []
      const rows: Array<{ text: string; right: number }> = []
      let y = Number.NEGATIVE_INFINITY
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i < n.data.length; i++) {
          range.setStart(n, i)
          range.setEnd(n, i + 1)
          const r = range.getClientRects()[0]
          if (r && r.top + r.height / 2 > y + half) {
            y = r.top + r.height / 2
            rows.push({ text: '', right: 0 })
          }
          const row = rows[rows.length - 1] ?? { text: '', right: 0 }
          row.text += n.data[i]
          if (r && r.width > 0) row.right = Math.max(row.right, r.right)
          line.push(Math.max(0, rows.length - 1))
        }
      }
      const box = el.getBoundingClientRect()
      return {
        text,
        size: Number.parseFloat(style.fontSize),
        line,
        rows,
        right: box.right - Number.parseFloat(style.paddingRight),
        overflows: el.scrollWidth > el.clientWidth + 1,
      }
    })
  }, selector)
}

/** For each element matching `selector`, whether each of its `pieces` fits on its narrowest line by itself. */
export function fitting(page: Page, selector: string, pieces: string[][]): Promise<boolean[][]> {
  return page.evaluate(
    ({ sel, all }) =>
      Array.from(document.querySelectorAll<HTMLElement>(sel)).map((el, i) => {
        // Set alone, unbroken, in the same type, where the text is; beside a photo (a float), the
        // line is that much narrower.
        const holder = el.querySelector<HTMLElement>('a') ?? el
        const float = el.closest('.teaser')?.querySelector<HTMLElement>('.small')
        const beside = float
          ? float.getBoundingClientRect().width + Number.parseFloat(getComputedStyle(float).marginLeft)
          : 0
        return (all[i] ?? []).map((piece) => {
          const probe = document.createElement('span')
          probe.style.whiteSpace = 'nowrap'
          probe.style.position = 'absolute'
          probe.textContent = piece
          holder.appendChild(probe)
          const width = probe.getBoundingClientRect().width
          probe.remove()
          return width <= holder.clientWidth - beside
        })
      }),
    { sel: selector, all: pieces },
  )
}

/** The masthead's units and the photo credits' units: which of them wrap inside. */
export async function unitsWhole(page: Page) {
  const [masthead] = await linesOf(page, '.masthead p')
  const units = await page.evaluate(() => {
    const split = (els: Element[]) => els.filter((e) => e.getClientRects().length > 1).map((e) => e.textContent)
    const head = Array.from(document.querySelectorAll('.masthead p>*'))
    const credits = Array.from(document.querySelectorAll('.credit>span'))
    // A credit that starts a line of its own: it went down whole rather than wrap.
    const wrappedBefore = credits.filter((c) => {
      const caption = c.closest('figcaption')?.getBoundingClientRect()
      return caption !== undefined && c.getClientRects()[0]!.left - caption.left < 20
    }).length
    return {
      head: head.map((e) => e.textContent ?? ''),
      headSplit: split(head),
      credits: split(credits),
      wrappedBefore,
    }
  })
  return {
    masthead: {
      lines: masthead?.rows.length ?? 0,
      units: units.head,
      split: units.headSplit,
      lineStarts: masthead?.rows.map((r) => r.text.trim()) ?? [],
    },
    credits: { split: units.credits, wrappedBefore: units.wrappedBefore },
  }
}
