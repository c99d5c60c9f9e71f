// A kept issue's edition JSON, read by the service worker (to render its pages) and by offline
// search. Apart from kept.ts so that the page's first-load script does not carry it.
import type { Edition } from '../model'
import type { Kept } from './kept'

/** The immutable URL an edition is downloaded from; its cache keeps it under the same URL. */
export const editionUrl = (date: string, version: string) => `/api/editions/${date}/${version}`

/** A kept issue's edition, from its cache (undefined if the cache has gone meanwhile). */
export async function readKeptEdition(k: Kept): Promise<Edition | undefined> {
  const res = await caches.match(editionUrl(k.date, k.version), { cacheName: k.cache })
  return res ? ((await res.json()) as Edition) : undefined
}
