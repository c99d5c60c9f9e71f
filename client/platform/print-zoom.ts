// The printed page, zoomed: when the reader pinches a 版's page image larger, the browser is told
// the image is now that much wider (its `sizes`), and so loads the wider rendition its srcset
// offers; nothing wider crosses the link before. A page image held back in low-data mode stays so.
const ZOOMED = 1.3

export function watchPrintZoom(): void {
  const frame = document.querySelector('.print .sheet')
  const viewport = window.visualViewport
  if (!frame || !viewport) return
  const grow = () => {
    if (viewport.scale < ZOOMED) return
    const held = frame.closest('.held') || document.documentElement.classList.contains('low')
    if (held && !frame.closest('.shown')) return
    const width = Math.ceil(frame.getBoundingClientRect().width * Math.max(viewport.scale, 2))
    for (const el of frame.querySelectorAll('picture source, picture img')) el.setAttribute('sizes', `${width}px`)
    viewport.removeEventListener('resize', grow)
  }
  viewport.addEventListener('resize', grow)
}
