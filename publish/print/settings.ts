// How print PDFs (版面) are published: the caps a file must keep within, and the widths and
// formats of its page image. Changing a setting here changes PRINT_SETTINGS, hence every page
// image's id: new names, never a stale cached file.
import { FORMATS } from '../photos/settings'

/** A print PDF larger than this is refused (a 版 from a layout system is a few MB). */
export const MAX_BYTES = 50 * 2 ** 20
/** A page whose widest rendition would have more pixels than this is refused (a strip, not a 版). */
export const MAX_PIXELS = 8e6

/**
 * Page image widths in px: a thumbnail for the strip of 版 (60 px at DPR 2), the page on a 390 px
 * phone at DPR 1, 2 and 3, and one to read it zoomed in. The page is rendered once at the widest.
 */
export const WIDTHS = [120, 360, 720, 1080, 1600] as const

/**
 * The photos' formats, with AVIF at a lower effort: a page of small text is four times the
 * pixels of a photo, and effort 1 makes it 3× faster at 8 % fewer bytes than effort 2 at q50.
 */
export const FORMATS_FOR_PAGES = FORMATS.map((f) =>
  f.ext === 'avif'
    ? { ...f, options: { quality: 45, effort: 1 } }
    : f.ext === 'webp'
      ? { ...f, options: { quality: 72, effort: 2 } }
      : f,
)

export const PRINT_SETTINGS = JSON.stringify({ v: 1, WIDTHS, FORMATS_FOR_PAGES })
