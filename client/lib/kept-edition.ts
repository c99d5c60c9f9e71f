// A kept issue's edition JSON, read by the service worker (to render its pages) and by offline
// search. Apart from kept.ts so that the page's first-load script does not carry it.
import type { Edition } from '../../publish/schema'
import type { Kept } from './kept'

/** Where a kept edition's JSON lives in its cache. */
export const editionKey = (date: string) => `/api/issues/${date}/bundle`

/** A kept issue's edition, from its cache (undefined if the cache has gone meanwhile). */
export async function readKeptEdition(k: Kept): Promise<Edition | undefined> {
  const res = await (await caches.open(k.cache)).match(editionKey(k.date))
  return res ? ((await res.json()) as Edition) : undefined
}
