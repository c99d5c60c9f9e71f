// The record of issues kept offline, shared by the service worker and the page (which shows it).
export const META_CACHE = 'zzrb-meta'
export const META_KEY = '/__kept.json'
export const EDITION_PREFIX = 'zzrb-edition-'

export interface Kept {
  date: string
  version: string
  cache: string
  /** This edition answers `/`: it was the latest when it was downloaded. */
  home: boolean
  /** Downloaded by the reader from the archive: not evicted. */
  pinned: boolean
  articles: number
  /** The edition JSON's bytes. */
  bytes: number
  /** Photos kept with it (the narrowest rendition of each, within a budget), and their bytes. */
  photos?: number
  photoBytes?: number
  savedAt: string
}

/** The kept issues, newest first, as the service worker last recorded them. */
export async function readKept(): Promise<Kept[]> {
  if (typeof caches === 'undefined') return []
  // A read never creates the cache (caches.open would): a page that only looks leaves nothing
  // behind, for the kill switch as for a browser whose worker never ran.
  const res = await caches.match(META_KEY, { cacheName: META_CACHE })
  return res ? ((await res.json()) as Kept[]) : []
}
