// The printed page, zoomed: as the reader pinches a 版's page image larger, the browser is told
// the image is now that much wider (its `sizes`), and so loads the wider rendition its srcset
// offers for the screen's density; nothing wider crosses the link before. It only grows: zooming
// back out keeps what was loaded. A page image held back in low-data mode stays so.
const ZOOMED = 1.3

export function watchPrintZoom(): void {
  const frame = document.querySelector('.print .sheet')
  const viewport = window.visualViewport
  if (!frame || !viewport) return
  let told = 0
  viewport.addEventListener('resize', () => {
    if (viewport.scale < ZOOMED) return
    const held = frame.closest('.held') || document.documentElement.classList.contains('low')
    if (held && !frame.closest('.shown')) return
    // The frame's width in CSS px, as laid out: pinching does not change it.
    const width = Math.ceil(frame.getBoundingClientRect().width * viewport.scale)
    if (width <= told) return
    told = width
    for (const el of frame.querySelectorAll('picture source, picture img')) el.setAttribute('sizes', `${width}px`)
  })
}
