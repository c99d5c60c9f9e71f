// What keeping an issue costs on the phone: the edition's JSON, then its articles' thumbnails,
// each 版's page image and every other photo's narrowest WebP, in that order, up to the first that
// would pass the image budget. The service worker keeps them in this order (client/sw/photos.ts);
// the publisher measures them once the images are in R2 (publish/kept-bytes.ts), so that
// 下载本期 can say what it costs.
import type { Edition, Photo } from '../model'
import { hasPhoto, keptRendition, leadPhoto } from '../photos'
import { keptPageRendition, printedPages } from '../prints'

/**
 * What one kept issue may hold in images, printed pages and photos together: eight 版 of dense
 * print at 360 px (40–60 KB each in WebP) and the narrowest renditions of a dozen photos.
 */
export const KEPT_IMAGE_BUDGET = 1024 * 1024

/** Every photo of an edition: each article's lead photo first, in the paper's order, then the rest. */
function photosOf(edition: Edition): Photo[] {
  const leads: Photo[] = []
  const rest: Photo[] = []
  for (const a of edition.articles) {
    const [lead, ...others] = a.body.filter(hasPhoto).map((b) => b.photo)
    if (lead) leads.push(lead)
    rest.push(...others)
  }
  return [...leads, ...rest]
}

/**
 * The images' addresses a kept edition keeps, in the order they are kept, each once: the
 * articles' thumbnails (their lead photos), its printed pages, then its other photos.
 */
export function keptImages(edition: Edition): string[] {
  const thumbs = edition.articles.flatMap((a) => a.thumb ?? leadPhoto(a) ?? [])
  const urls = [
    ...thumbs.map(keptRendition),
    ...printedPages(edition.issue.pages).map((p) => keptPageRendition(p.print.image)),
    ...photosOf(edition).map(keptRendition),
  ]
  return [...new Set(urls)]
}

/**
 * The bytes of the edition's kept images, given each one's size (undefined: not there, so skipped),
 * in keeping order up to the first that would pass the budget, as the service worker keeps them.
 */
export async function keptImageBytes(
  edition: Edition,
  sizeOf: (url: string) => Promise<number | undefined>,
): Promise<number> {
  const sizes = await Promise.all(keptImages(edition).map(sizeOf))
  let total = 0
  for (const size of sizes) {
    if (size === undefined) continue
    if (total + size > KEPT_IMAGE_BUDGET) break
    total += size
  }
  return total
}
