// Photos in an article: held back in low-data mode, and opened larger when tapped. 显示图片 brings
// a held one in place: its addresses then end in ?show, which the service worker lets through. A
// page the server held back (it was asked with Save-Data) gets all its photos at once when the
// reader's own choice is to have them.
const PHOTO_ADDRESS = /(\/photos\/[^\s,?]+)/g

function reveal(figure: Element, asked: boolean): void {
  for (const el of figure.querySelectorAll('picture source, picture img')) {
    for (const name of ['srcset', 'src']) {
      const value = el.getAttribute(name) ?? el.getAttribute(`data-${name}`)
      if (value) el.setAttribute(name, asked ? value.replace(PHOTO_ADDRESS, '$1?show') : value)
    }
  }
  figure.classList.add('shown')
  figure.classList.remove('held')
}

export function watchPhotos(lowData: boolean): void {
  // Lists' thumbnails too (core/ui/parts/Thumb.tsx): held by Save-Data, shown once the reader wants photos.
  if (!lowData) for (const figure of document.querySelectorAll('.photo.held,.thumb.held')) reveal(figure, false)
  document.addEventListener('click', (event) => {
    // A click with a modifier key keeps the browser's meaning (a new tab, a download).
    if (event.defaultPrevented || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.photo a.show, .body .photo a.zoom')
    const figure = link?.closest('.photo')
    if (!link || !figure) return
    event.preventDefault()
    if (link.classList.contains('show')) reveal(figure, true)
    else openLarger(figure, link.href)
  })
}

/**
 * The link over an article's photo (.zoom): the widest JPEG without a script, the viewer with it
 * (its code loads on the first tap). Should the viewer not load (its script is precached, so
 * hardly ever), the photo itself, when online.
 */
function openLarger(figure: Element, href: string): void {
  import('./photo-viewer').then((m) => m.openViewer(figure)).catch(() => navigator.onLine && location.assign(href))
}
