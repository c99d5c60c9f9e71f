import type { Photo } from '../../model'
import { type PhotoExt, photoUrl } from '../../photos'

/** The picture's box: the body's width (42rem less 2rem of padding), or the phone's less its margins. */
export const SIZES = '(min-width:44rem) 40rem, calc(100vw - 2rem)'

/** An address attribute, or, held back (low-data mode), the same under data-* until the reader asks. */
export const heldAttr = (held: boolean) => (name: string, value: string) =>
  held ? { [`data-${name}`]: value } : { [name]: value }

/**
 * A photo or a printed page, as a `.frame` holds it: a tiny blurred preview in the flow, which
 * gives the box its final size from the first paint; over it the rendition that fits the screen,
 * from `widths` (all the photo's unless given); and 显示图片, a link to the widest rendition.
 * `lead`: asked for at once, else as the reader scrolls to it. `held` (low-data mode, as the
 * server knows it from Save-Data): the addresses are held back, so no byte of it crosses the link
 * until the reader asks.
 */
export function Picture({
  photo,
  widths = photo.widths,
  alt,
  lead,
  held,
}: {
  photo: Photo
  widths?: number[]
  alt: string
  lead: boolean
  held: boolean
}) {
  const srcset = (ext: PhotoExt) => widths.map((w) => `${photoUrl(photo.id, w, ext)} ${w}w`).join(', ')
  const attr = heldAttr(held)
  return (
    <>
      <img class="preview" src={photo.preview} alt="" width={photo.w} height={photo.h} />
      <picture>
        <source type="image/avif" sizes={SIZES} {...attr('srcset', srcset('avif'))} />
        <source type="image/webp" sizes={SIZES} {...attr('srcset', srcset('webp'))} />
        <img
          {...attr('src', photoUrl(photo.id, widths[0]!, 'jpg'))}
          {...attr('srcset', srcset('jpg'))}
          sizes={SIZES}
          width={photo.w}
          height={photo.h}
          alt={alt}
          loading={lead ? undefined : 'lazy'}
          fetchpriority={lead ? 'high' : undefined}
          decoding="async"
        />
      </picture>
      {/* Low-data mode: a link to the picture itself, which the page's script turns into showing it in place. */}
      <a class="show" href={`${photoUrl(photo.id, widths.at(-1)!, 'jpg')}?show`}>
        显示图片
      </a>
    </>
  )
}
