import type { Photo } from '../../model'
import { photoUrl } from '../../photos'
import { heldAttr, SIZES } from './Picture'

/**
 * The boxes a thumbnail is cut into (core/ui/styles/thumbs.ts): small beside a teaser's text, large
 * the column's width at 16:9 above the lead story's headline.
 */
const BOX = {
  small: { w: 96, h: 72, sizes: '96px' },
  large: { w: 640, h: 360, sizes: SIZES },
} as const

/** The widest phone the large box is sized for, at DPR 2: what the JPEG fallback and the kept copy aim at. */
const PHONE_PX = 358 * 2

/**
 * The renditions a box needs: up to the first that covers it at DPR 3. `object-fit: cover` fills the
 * box's height too, so a photo wider than the box needs more than the box's width.
 */
function thumbWidths(photo: Photo, size: 'small' | 'large'): number[] {
  const box = BOX[size]
  const needed = Math.max(box.w, (box.h * photo.w) / photo.h) * 3
  const i = photo.widths.findIndex((w) => w >= needed)
  return i === -1 ? photo.widths : photo.widths.slice(0, i + 1)
}

/**
 * A story's photo in a list, cut to a fixed box so the text beside or below it never moves. WebP
 * only with a JPEG fallback: fewer bytes of markup than an article's photo (no AVIF), and at these
 * sizes AVIF saves little. Decorative (`alt=""`): the headline beside it names the story, and its
 * one link covers the picture. `lead`: asked for at once; else as the reader scrolls to it. `held`
 * (Save-Data): the addresses wait in data-* until the page's script learns the reader wants photos.
 */
export function Thumb({
  photo,
  size,
  held,
  lead,
}: {
  photo: Photo
  size: 'small' | 'large'
  held: boolean
  lead?: boolean | undefined
}) {
  const widths = thumbWidths(photo, size)
  const one = widths.length === 1
  const srcset = one
    ? photoUrl(photo.id, widths[0]!, 'webp')
    : widths.map((w) => `${photoUrl(photo.id, w, 'webp')} ${w}w`).join(', ')
  const fallback = widths.find((w) => w >= PHONE_PX) ?? widths.at(-1)!
  const attr = heldAttr(held)
  return (
    <picture class={`thumb ${size}${held ? ' held' : ''}`}>
      <source type="image/webp" sizes={one ? undefined : BOX[size].sizes} {...attr('srcset', srcset)} />
      <img
        {...attr('src', photoUrl(photo.id, fallback, 'jpg'))}
        width={photo.w}
        height={photo.h}
        alt=""
        loading={lead ? undefined : 'lazy'}
        fetchpriority={lead ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  )
}
