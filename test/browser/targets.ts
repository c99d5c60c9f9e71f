// Tap targets as a reader's thumb meets them: every link, button and field outside running text,
// measured as laid out. A field inside its label is the label's box (tapping either works).
import type { Page } from 'playwright-core'

export interface Target {
  name: string
  /** In a bar that stays on screen while the page scrolls under it: compared only with its own kind. */
  fixed: boolean
  calendarDay: boolean
  x: number
  y: number
  w: number
  h: number
}

/** Running text: links inside it are words among words (WCAG 2.5.5's "inline" exception). */
const RUNNING_TEXT = '.body p, .body li, .body blockquote, figcaption, .snippet, .summary, .note'

/** The visible tap targets of the page, in document order. */
export const tapTargets = (page: Page): Promise<Target[]> =>
  page.evaluate((runningText) => {
    const out: Target[] = []
    const seen = new Set<Element>()
    for (const el of Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary'))) {
      if (el.closest(runningText) || el.closest('[inert]')) continue
      const box = (el.closest('label') ?? el) as HTMLElement
      if (seen.has(box)) continue
      seen.add(box)
      const r = box.getBoundingClientRect()
      const style = getComputedStyle(box)
      // Off screen (the skip link until focused) or not shown: not a target now.
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || r.right <= 0 || r.left >= innerWidth)
        continue
      const name = (box.getAttribute('aria-label') ?? box.textContent ?? box.tagName).trim().slice(0, 20)
      const fixed = box.closest('.tabbar, .statusbar') !== null
      const calendarDay = box.closest('.cal td') !== null
      out.push({
        name: name || box.outerHTML.slice(0, 40),
        fixed,
        calendarDay,
        x: r.left,
        y: r.top + scrollY,
        w: r.width,
        h: r.height,
      })
    }
    return out
  }, RUNNING_TEXT)

/** The gap between two boxes: 0 when they touch or overlap. */
export function gap(a: Target, b: Target): number {
  const dx = Math.max(0, b.x - (a.x + a.w), a.x - (b.x + b.w))
  const dy = Math.max(0, b.y - (a.y + a.h), a.y - (b.y + b.h))
  return Math.max(dx, dy)
}

/**
 * What is wrong with the page's targets: too small (under 44×44 px) or too close (under 8 px). A
 * month calendar's days may touch (seven 44 px columns leave no room at 360 px): each links an
 * issue the month's list below also links at full size (WCAG 2.5.5's "equivalent" exception).
 */
export function targetProblems(targets: Target[]): string[] {
  const problems: string[] = []
  // Half a pixel for subpixel layout.
  for (const t of targets)
    if (t.w < 43.5 || t.h < 43.5) problems.push(`“${t.name}” is ${t.w.toFixed(0)}×${t.h.toFixed(0)} px`)
  targets.forEach((a, i) => {
    for (const b of targets.slice(i + 1)) {
      if (a.fixed !== b.fixed || (a.calendarDay && b.calendarDay)) continue
      const g = gap(a, b)
      if (g < 7.5) problems.push(`“${a.name}” and “${b.name}” are ${g.toFixed(0)} px apart`)
    }
  })
  return problems
}
