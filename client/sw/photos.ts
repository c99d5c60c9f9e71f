/// <reference lib="webworker" />
// Photos and printed pages in the service worker. Once an issue's text is kept (and the pages
// told it is readable offline), its images are kept beside it within the image budget, in the
// order core/offline/kept-size.ts gives (the order 下载本期 states the size of): first each
// article's thumbnail, so that the kept front page and 版 list every story with its picture; then
// each 版's page image at its narrowest page width, so that the kept 版 pages show their page and
// its stories' links; then the narrowest WebP of every other photo. In low-data mode none
// is kept, and none crosses the link until the reader asks for it (its address then ends in ?show).
import type { Edition } from '../../core/model'
import { KEPT_IMAGE_BUDGET, keptImages } from '../../core/offline/kept-size'
import { PHOTO_KEY } from '../../core/photos'
import { isLowData } from './prefs'

/** A transparent pixel: what a held-back photo shows (its preview stays visible behind it). */
const NOTHING = Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (c) =>
  c.charCodeAt(0),
)
const nothing = () => new Response(NOTHING, { headers: { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store' } })

/** Keeps the edition's images in its cache, within the budget; returns how many and their bytes. */
export async function keepPhotos(cacheName: string, edition: Edition): Promise<{ photos: number; photoBytes: number }> {
  let photos = 0
  let photoBytes = 0
  if (await isLowData()) return { photos, photoBytes }
  const cache = await caches.open(cacheName)
  for (const url of keptImages(edition)) {
    let body = await (await cache.match(url))?.arrayBuffer()
    if (!body) {
      const res = await fetch(url).catch(() => undefined)
      if (!res?.ok) continue // the next sync tries again
      body = await res.arrayBuffer()
      if (photoBytes + body.byteLength > KEPT_IMAGE_BUDGET) break
      await cache.put(url, new Response(body, { headers: { 'Content-Type': 'image/webp' } }))
    }
    photos++
    photoBytes += body.byteLength
  }
  return { photos, photoBytes }
}

/** The rendition of this photo kept with any issue, whatever size and format the page asked for. */
async function keptCopy(path: string): Promise<Response | undefined> {
  const id = PHOTO_KEY.exec(path.slice('/photos/'.length))?.[1]
  if (!id) return undefined
  for (const name of await caches.keys()) {
    const cache = await caches.open(name)
    const key = (await cache.keys()).find((r) => new URL(r.url).pathname.startsWith(`/photos/${id}-`))
    if (key) return cache.match(key)
  }
  return undefined
}

/**
 * Workbox plugins for /photos/*: in low-data mode a photo the reader has not asked for is not
 * fetched; offline (or held back), the kept copy answers, else a transparent pixel.
 */
export const photoPlugins = [
  {
    requestWillFetch: async ({ request }: { request: Request }) => {
      if ((await isLowData()) && !new URL(request.url).search.includes('show')) throw new Error('low-data mode')
      return request
    },
    handlerDidError: async ({ request }: { request: Request }) =>
      (await keptCopy(new URL(request.url).pathname)) ?? nothing(),
  },
]
