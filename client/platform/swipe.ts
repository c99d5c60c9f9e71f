// Swiping an article sideways turns to the next story of the issue (finger to the left) or the
// previous one (to the right), by following the page's own 上一篇/下一篇 links: without a script
// those links are the way on. Only a clear, quick, one-finger sideways stroke counts; a scroll,
// a slow drag (reading, selecting), a stroke while text is selected or the page is pinched
// larger, and strokes in the photo viewer or anything that scrolls sideways itself do not.

/** Sideways distance, in CSS px: a quarter of a 390 px phone, far more than a tap's wobble. */
const MIN_DX = 96
/** At most this much down or up per px sideways: within about 27° of horizontal, not a scroll. */
const MAX_SLOPE = 0.5
/** A turn is a flick; a longer stroke is the reader dragging or selecting. */
const MAX_MS = 700
/** Strokes from the screen's very edge are the phone's own back gesture. */
const EDGE = 24

let start: { x: number; y: number; t: number; target: EventTarget | null } | undefined

/** What a stroke that starts here belongs to rather than the page: a field, the viewer, a scroller. */
function elsewhere(target: EventTarget | null): boolean {
  for (let el = target instanceof Element ? target : null; el; el = el.parentElement) {
    if (el.matches('input,textarea,select,.pswp,.print')) return true
    const { overflowX } = getComputedStyle(el)
    if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth) return true
  }
  return false
}

function onStart(event: TouchEvent): void {
  const touch = event.touches[0]
  start =
    event.touches.length === 1 && touch && touch.clientX > EDGE && touch.clientX < innerWidth - EDGE
      ? { x: touch.clientX, y: touch.clientY, t: event.timeStamp, target: event.target }
      : undefined
}

function onEnd(event: TouchEvent): void {
  const touch = event.changedTouches[0]
  const s = start
  start = undefined
  if (!s || !touch || event.touches.length > 0) return
  const dx = touch.clientX - s.x
  const dy = touch.clientY - s.y
  if (Math.abs(dx) < MIN_DX || Math.abs(dy) > Math.abs(dx) * MAX_SLOPE || event.timeStamp - s.t > MAX_MS) return
  // Looked at only for a stroke that would turn the page: every scroll starts with a touch too.
  if (elsewhere(s.target) || getSelection()?.isCollapsed === false || (visualViewport?.scale ?? 1) > 1.05) return
  if (document.querySelector('.pswp')) return
  document.querySelector<HTMLAnchorElement>(`.neighbours a[rel="${dx < 0 ? 'next' : 'prev'}"]`)?.click()
}

export function watchSwipe(): void {
  const passive = { passive: true }
  addEventListener('touchstart', onStart, passive)
  addEventListener('touchend', onEnd, passive)
  addEventListener('touchcancel', () => (start = undefined), passive)
}
