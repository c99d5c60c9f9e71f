// Printed pages' (版面图) names and addresses, for the publisher (which writes the PDF and the
// page image to R2), the worker (which serves them), the pages and the service worker.
import type { Box, Page, Photo, PrintedPage } from './model'
import { paper } from './paper'
import { photoUrl } from './photos'
import { pageLabel } from './urls'

/** A print PDF's key in R2: its content hash. */
export const printKey = (hash: string) => `${hash}.pdf`
export const PRINT_KEY = /^([0-9a-f]{16})\.pdf$/
/**
 * A print PDF's address: immutable (its hash), and with its issue and 版, from which the worker
 * names the download (printFileName).
 */
export const printUrl = (date: string, page: number, p: PrintedPage) =>
  `/prints/${date}/${String(page).padStart(2, '0')}/${printKey(p.pdf)}`

/** The name a downloaded PDF is saved under: 株洲日报-2024-03-11-第01版.pdf. */
export const printFileName = (date: string, page: number) => `${paper.name}-${date}-第${pageLabel(page)}.pdf`

/** The page image's rendition that a kept issue keeps and the thumbnails strip shows: its narrowest. */
export const thumbWidth = (image: Photo) => image.widths[0]!
/**
 * The narrowest rendition that shows the page itself (the first past the thumbnail's): the one a
 * kept issue keeps, so that a kept 版 shows its page with no network.
 */
export const keptPageWidth = (image: Photo) => image.widths[1] ?? image.widths[0]!
export const keptPageRendition = (image: Photo) => photoUrl(image.id, keptPageWidth(image), 'webp')

/** The 版 of an issue that carry their printed page. */
export const printedPages = (pages: Page[]): Array<Page & { print: PrintedPage }> =>
  pages.filter((p): p is Page & { print: PrintedPage } => p.print !== undefined)

/** An SVG path for a region's boxes: one link can hold a story printed in an L or in parts. */
export const regionPath = (boxes: Box[]) => boxes.map(([x, y, w, h]) => `M${x} ${y}h${w}v${h}h${-w}z`).join('')

/** The fragment that points at a story's place on its 版: /issues/…/pages/1#at-baoma-jihua. */
export const regionId = (articleId: string) => `at-${articleId}`
