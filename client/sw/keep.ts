// Issues kept on the phone. Each edition is one JSON file in its own cache, named by date and
// version; its pages are rendered from it (render.ts). It counts only once it is listed in the
// meta record, written after the JSON has arrived whole: an interrupted download leaves the
// previous issue as it was.

import type { Edition } from '../../core/model'
import { EDITION_PREFIX, type Kept, META_CACHE, META_KEY, readKept } from '../../core/offline/kept'
import { editionUrl } from '../../core/offline/kept-edition'
import { keptImages } from '../../core/offline/kept-size'
import { KEEP_CHANNEL, type KeepProgress } from '../../core/offline/progress'
import { keepPhotos } from './photos'

/** The newest issues kept; the reader's own downloads (pinned) are kept besides. */
const KEEP = 7

async function writeKept(kept: Kept[]): Promise<void> {
  await (await caches.open(META_CACHE)).put(META_KEY, Response.json(kept))
}

/** A whole, same-origin answer: never an opaque or an error response. */
export async function fetchOk(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, { credentials: 'same-origin', ...init })
  if (!res.ok || res.type !== 'basic') throw new Error(`${url}: ${res.status}`)
  return res
}

export interface KeepOptions {
  /** It answers `/`: it was the newest issue when kept (the network's `/` may lag at the edge). */
  asHome: boolean
  /** Downloaded by the reader from 往期: never evicted. */
  pinned?: boolean
}

/**
 * Keeps an edition whose JSON has arrived whole, then lists it, then drops the copy it replaces
 * and what no longer fits. `text` is the JSON as it came.
 */
export async function keepEdition(text: string, opts: KeepOptions): Promise<Kept> {
  const edition = JSON.parse(text) as Edition
  const { date, version } = edition.issue
  const name = `${EDITION_PREFIX}${date}-${version}`
  const before = await readKept()
  const done = before.find((k) => k.date === date && k.version === version)
  if (done) {
    // Kept whole already (from 往期, say): at most it becomes the answer for `/`.
    const now = { ...done, home: done.home || opts.asHome, pinned: done.pinned || (opts.pinned ?? false) }
    await writeKept(before.map((k) => (k === done ? now : opts.asHome ? { ...k, home: false } : k)))
    return now
  }
  await caches.delete(name) // the remains of an interrupted attempt
  try {
    const cache = await caches.open(name)
    await cache.put(editionUrl(date, version), new Response(text, { headers: { 'Content-Type': 'application/json' } }))
    const was = before.find((k) => k.date === date)
    const entry: Kept = {
      date,
      version,
      cache: name,
      home: opts.asHome || (was?.home ?? false),
      pinned: (opts.pinned ?? false) || (was?.pinned ?? false),
      articles: edition.articles.length,
      bytes: new TextEncoder().encode(text).byteLength,
      savedAt: new Date().toISOString(),
    }
    const others = before.filter((k) => k.date !== date).map((k) => (entry.home ? { ...k, home: false } : k))
    await writeKept(evict([entry, ...others]))
    // The copy this one replaces goes only now that the new one is complete.
    if (was) await caches.delete(was.cache)
    return entry
  } catch (e) {
    await caches.delete(name)
    throw e
  }
}

/** Downloads one version of an edition by its immutable address, and keeps it. */
export async function download(date: string, version: string, opts: KeepOptions): Promise<Kept> {
  const kept = (await readKept()).find((k) => k.date === date && k.version === version)
  if (kept && (kept.home || !opts.asHome)) return kept
  return keepEdition(await (await fetchOk(editionUrl(date, version))).text(), opts)
}

/** Newest first; the newest KEEP plus every pinned issue stay, the rest go. */
function evict(kept: Kept[]): Kept[] {
  const sorted = [...kept].sort((a, b) => b.date.localeCompare(a.date))
  const stay = sorted.filter((k, i) => i < KEEP || k.pinned)
  for (const k of sorted) if (!stay.includes(k)) void caches.delete(k.cache)
  return stay
}

/** Where the pages hear how far keeping an issue has come. */
const progress = new BroadcastChannel(KEEP_CHANNEL)
/** How often the files in a kept issue's cache are counted while its images arrive. */
const PROGRESS_MS = 200

/**
 * Keeps a kept issue's photos beside it (photos.ts), and records how many and their bytes.
 * Meanwhile the pages hear how many of its files are kept: its cache's entries, counted.
 */
export async function keepIssuePhotos(k: Kept): Promise<Kept> {
  const cache = await caches.open(k.cache)
  const json = await cache.match(editionUrl(k.date, k.version))
  if (!json) return k
  const edition = (await json.json()) as Edition
  const total = 1 + keptImages(edition).length
  const tell = async (finished: boolean) => {
    const done = (await cache.keys()).length
    const p: KeepProgress = { date: k.date, done, total: finished ? done : Math.max(total, done), finished }
    progress.postMessage(p)
  }
  await tell(false)
  const timer = setInterval(() => void tell(false), PROGRESS_MS)
  const { photos, photoBytes } = await keepPhotos(k.cache, edition).finally(() => {
    clearInterval(timer)
    return tell(true)
  })
  if (photos === (k.photos ?? 0) && photoBytes === (k.photoBytes ?? 0)) return k
  const now = { ...k, photos, photoBytes }
  await writeKept((await readKept()).map((x) => (x.cache === k.cache ? now : x)))
  return now
}

export async function removeAll(): Promise<void> {
  for (const k of await readKept()) await caches.delete(k.cache)
  await writeKept([])
}
