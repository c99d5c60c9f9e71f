// The photo viewer: a tapped photo full screen, pinched or double-tapped to zoom, swiped to the
// article's other photos, its caption and credit below; closed by 关闭, Esc or the back button
// (opening it adds a history entry). PhotoSwipe does the gestures, from the figures as the page
// has them. This module loads on the first tap (client/main.ts), its stylesheets with it.
import PhotoSwipe, { type SlideData } from 'photoswipe'
import libraryCss from 'photoswipe/style.css?url'
import ownCss from './photo-viewer.css?url'

type Slide = SlideData & { caption: string; credit: string }

function stylesheet(href: string): Promise<unknown> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href })
  // A stylesheet that fails to load leaves the viewer unstyled, not unopened.
  const done = new Promise((resolve) => {
    link.onload = link.onerror = resolve
  })
  document.head.append(link)
  return done
}
const styled = Promise.all([stylesheet(libraryCss), stylesheet(ownCss)])

const low = () => document.documentElement.classList.contains('low')

/** A photo the page shows: not one held back in low-data mode that the reader has not asked for. */
const showing = (figure: Element) =>
  !figure.classList.contains('held') && (!low() || figure.classList.contains('shown'))

/** The rendition the browser chose for the page (avif, webp or jpg): the formats it shows. */
const formatOf = (url: string) => /\.(avif|webp|jpg)(\?|$)/.exec(url)?.[1]

/**
 * A figure as a slide: the widest rendition its srcset offers in the format the browser chose,
 * which PhotoSwipe narrows by `sizes` to the width shown (growing as the reader zooms); offline,
 * the service worker answers with the rendition it kept. In low-data mode only what the page
 * already shows: no byte more crosses the link.
 */
function slideOf(figure: Element, format: string): Slide {
  const img = figure.querySelector<HTMLImageElement>('picture img')!
  const caption = img.alt
  const credit = figure.querySelector('.credit')?.textContent ?? ''
  const shown = img.currentSrc
  const msrc = shown || figure.querySelector<HTMLImageElement>('.preview')?.src
  const ratio = Number(img.getAttribute('height')) / Number(img.getAttribute('width'))
  const from = format === 'jpg' ? img : figure.querySelector(`source[type="image/${format}"]`)
  const srcset = from?.getAttribute('srcset') ?? ''
  const [src, w] = srcset.split(',').at(-1)?.trim().split(' ') ?? []
  const width = Number.parseInt(w ?? '', 10)
  if (low() || !src || !width) {
    const natural = img.naturalWidth || 360
    return {
      src: shown,
      width: natural,
      height: Math.round(natural * ratio),
      alt: caption,
      caption,
      credit,
      element: img,
    }
  }
  return { src, srcset, width, height: Math.round(width * ratio), msrc, alt: caption, caption, credit, element: img }
}

function captionOf(slide: Slide): (Node | string)[] {
  if (!slide.credit) return [slide.caption]
  const credit = Object.assign(document.createElement('span'), { className: 'credit', textContent: slide.credit })
  return [slide.caption, ' ', credit]
}

let open = false

/** Opens the viewer at `figure`, with the article's other photos the page shows beside it. */
export async function openViewer(figure: Element): Promise<void> {
  if (open || !showing(figure)) return
  open = true
  const figures = [...document.querySelectorAll('.body .photo')].filter(showing)
  const format = formatOf(figure.querySelector<HTMLImageElement>('picture img')?.currentSrc ?? '') ?? 'webp'
  await styled
  const pswp = new PhotoSwipe({
    dataSource: figures.map((f) => slideOf(f, format)),
    index: figures.indexOf(figure),
    closeTitle: '关闭',
    zoomTitle: '放大',
    arrowPrevTitle: '上一张',
    arrowNextTitle: '下一张',
    errorMsg: '图片未能载入',
    indexIndicatorSep: ' / ',
    bgOpacity: 1,
  })
  pswp.on('uiRegister', () =>
    pswp.ui?.registerElement({
      name: 'caption',
      appendTo: 'root',
      onInit: (el) => pswp.on('change', () => el.replaceChildren(...captionOf(pswp.currSlide?.data as Slide))),
    }),
  )
  // The back button closes the viewer, not the page: opening adds a history entry, which closing
  // any other way takes back off.
  let byBack = false
  const onBack = () => {
    byBack = true
    // PhotoSwipe closes only once open: back pressed while it zooms in closes it as it lands.
    if (pswp.opener.isOpen) pswp.close()
    else pswp.on('openingAnimationEnd', () => pswp.close())
  }
  history.pushState({ viewer: true }, '')
  addEventListener('popstate', onBack, { once: true })
  pswp.on('close', () => {
    removeEventListener('popstate', onBack)
    if (!byBack) history.back()
  })
  pswp.on('destroy', () => {
    open = false
  })
  pswp.init()
}
