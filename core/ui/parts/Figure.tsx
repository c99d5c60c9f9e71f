import type { Figure as FigureBlock, Photo } from '../../model'
import { type PhotoExt, photoUrl } from '../../photos'

/** The photo's box: the body's width (42rem less 2rem of padding), or the phone's less its margins. */
const SIZES = '(min-width:44rem) 40rem, calc(100vw - 2rem)'

const srcset = (p: Photo, ext: PhotoExt) => p.widths.map((w) => `${photoUrl(p.id, w, ext)} ${w}w`).join(', ')

/**
 * A figure: the photo, if it has one, then its caption and credit. The photo's box has its final
 * size from the first paint (width and height from the rendition), with a tiny blurred preview
 * behind it until the browser has chosen and loaded the rendition that fits the screen. `lead`,
 * the article's first photo, is asked for at once; the others as the reader scrolls to them.
 * `held` (low-data mode, as the server knows it from Save-Data): the photo's addresses are held
 * back, so no byte of it crosses the link until the reader asks (显示图片).
 */
export function Figure({ figure, lead, held }: { figure: FigureBlock; lead: boolean; held: boolean }) {
  const p = figure.photo
  const attr = (name: string, value: string) => (held ? { [`data-${name}`]: value } : { [name]: value })
  return (
    <figure class={p ? (held ? 'photo held' : 'photo') : undefined}>
      {p && (
        <div class="frame">
          {/* In the flow: it gives the box its size. The photo lies over it once loaded. */}
          <img class="preview" src={p.preview} alt="" width={p.w} height={p.h} />
          <picture>
            <source type="image/avif" sizes={SIZES} {...attr('srcset', srcset(p, 'avif'))} />
            <source type="image/webp" sizes={SIZES} {...attr('srcset', srcset(p, 'webp'))} />
            <img
              {...attr('src', photoUrl(p.id, p.widths[0]!, 'jpg'))}
              {...attr('srcset', srcset(p, 'jpg'))}
              sizes={SIZES}
              width={p.w}
              height={p.h}
              alt={figure.caption}
              loading={lead ? undefined : 'lazy'}
              fetchpriority={lead ? 'high' : undefined}
              decoding="async"
            />
          </picture>
          {/* Low-data mode: a link to the photo itself, which the page's script turns into showing it in place. */}
          <a class="show" href={`${photoUrl(p.id, p.widths.at(-1)!, 'jpg')}?show`}>
            显示图片
          </a>
        </div>
      )}
      <figcaption>
        {figure.caption}
        {figure.credit && <span class="credit">{figure.credit}</span>}
      </figcaption>
    </figure>
  )
}
