// Photos held back in low-data mode. 显示图片 brings one in place: its addresses then end in
// ?show, which the service worker lets through. A page the server held back (it was asked with
// Save-Data) gets all its photos at once when the reader's own choice is to have them.
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
    const link = (event.target as Element | null)?.closest?.('.photo a.show')
    const figure = link?.closest('.photo')
    if (!figure) return
    event.preventDefault()
    reveal(figure, true)
  })
}
