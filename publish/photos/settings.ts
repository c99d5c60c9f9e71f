// How photos are published: the caps a source file must keep within, the widths and formats of
// its renditions, and the preview inlined in the page. Changing a rendition setting changes
// RENDITION_SETTINGS, hence every photo's id: new names, never a stale cached file.

/** A source file larger than this is refused (a camera original is far smaller). */
export const MAX_BYTES = 40 * 2 ** 20
/** A source with more pixels than this is refused (decoding it would take too much memory). */
export const MAX_PIXELS = 60e6

/** Rendition widths in px: a 390 px phone at DPR 1, 2 and 3 (the page is at most 42rem wide). */
export const WIDTHS = [360, 720, 1080] as const

/** Each width in each format, best first: the page's <picture> lets the browser choose. */
export const FORMATS = [
  { ext: 'avif', type: 'image/avif', options: { quality: 50, effort: 4 } },
  { ext: 'webp', type: 'image/webp', options: { quality: 72 } },
  { ext: 'jpg', type: 'image/jpeg', options: { quality: 78, mozjpeg: true } },
] as const

/** The inline preview (preview.ts): the widest of these that fits in PREVIEW_MAX bytes as a data URL. */
export const PREVIEW_WIDTHS = [16, 12, 8]
export const PREVIEW_MAX = 300

export const RENDITION_SETTINGS = JSON.stringify({ v: 1, WIDTHS, FORMATS })
