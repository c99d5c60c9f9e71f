// Issues kept on the phone. Each edition is one JSON file in its own cache, named by date and
// version; its pages are rendered from it (render.ts). It counts only once it is listed in the
// meta record, written after the JSON has arrived whole: an interrupted download leaves the
// previous issue as it was.
import { urls } from '../../core/urls'
import type { Edition } from '../../core/model'
import { EDITION_PREFIX, META_CACHE, META_KEY, readKept, type Kept } from '../../core/offline/kept'
import { editionUrl, readKeptEdition } from '../../core/offline/kept-edition'
import { renderKeptPage } from './render'

const KEEP = 7
const SAVED_CACHE = 'zzrb-saved'

async function writeKept(kept: Kept[]): Promise<void> {
  await (await caches.open(META_CACHE)).put(META_KEY, Response.json(kept))
}

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' })
  // Only whole, same-origin answers are kept: never an opaque or error response.
  if (!res.ok || res.type !== 'basic') throw new Error(`${url}: ${res.status}`)
  return res
}

/**
 * Downloads one edition whole (its JSON, every article in it) into a fresh cache, then lists it.
 * `asHome` marks it as the answer for `/`: offline, `/` shows this issue's own front page (the
 * network's `/` may still be the previous issue for a minute at the edge).
 */
export async function download(
  date: string,
  version: string,
  opts: { asHome: boolean; pinned?: boolean },
): Promise<Kept> {
  const name = `${EDITION_PREFIX}${date}-${version}`
  const kept = await readKept()
  const done = kept.find((k) => k.date === date && k.version === version)
  if (done && (!opts.asHome || done.home)) return done
  if (done) {
    // Already kept whole (from the archive): it only becomes the answer for `/`.
    const home = { ...done, home: true }
    await writeKept(kept.map((k) => (k.date === date ? home : { ...k, home: false })))
    return home
  }
  await caches.delete(name) // the remains of an interrupted attempt
  const cache = await caches.open(name)
  try {
    const url = editionUrl(date, version)
    const bundle = await fetchOk(url)
    const json = await bundle.clone().text()
    const edition = JSON.parse(json) as Edition
    const bytes = new TextEncoder().encode(json).byteLength
    await cache.put(url, bundle)
    const entry: Kept = {
      date,
      version,
      cache: name,
      home: opts.asHome,
      pinned: opts.pinned ?? false,
      articles: edition.articles.length,
      bytes,
      savedAt: new Date().toISOString(),
    }
    const before = await readKept()
    const others = before.filter((k) => k.date !== date)
    await writeKept(evict([entry, ...others.map((k) => (opts.asHome ? { ...k, home: false } : k))]))
    // The copy this one replaces goes only now that the new one is complete.
    for (const old of before) if (old.date === date && old.cache !== name) await caches.delete(old.cache)
    return entry
  } catch (e) {
    await caches.delete(name)
    throw e
  }
}

/** Newest first; the newest N plus every pinned issue stay, the rest go. */
function evict(kept: Kept[]): Kept[] {
  const sorted = [...kept].sort((a, b) => b.date.localeCompare(a.date))
  const stay = sorted.filter((k, i) => i < KEEP || k.pinned)
  for (const k of sorted) if (!stay.includes(k)) void caches.delete(k.cache)
  return stay
}

/** Parsed editions by cache name, while this worker lives: a reader turns many pages of one. */
const parsed = new Map<string, Promise<Edition | undefined>>()

function keptEdition(k: Kept): Promise<Edition | undefined> {
  let edition = parsed.get(k.cache)
  if (!edition) {
    edition = readKeptEdition(k)
    parsed.set(k.cache, edition)
    // A cache that has gone is not remembered as such: it may be downloaded again.
    void edition.then(
      (e) => e ?? parsed.delete(k.cache),
      () => parsed.delete(k.cache),
    )
  }
  return edition
}

/** The kept answer for a page, newest edition first; `/` is the home edition's front page. */
export async function findKept(path: string, mainScript: string | undefined): Promise<Response | undefined> {
  for (const k of await readKept()) {
    if (path === urls.home() ? !k.home : !path.startsWith(urls.issue(k.date))) continue
    const edition = await keptEdition(k)
    const page = edition && (await renderKeptPage(edition, path, k.home, mainScript))
    if (page) return page
  }
  return (await (await caches.open(SAVED_CACHE)).match(path)) ?? undefined
}

/** A saved article's page is kept on its own, whatever happens to its issue. */
export async function keepPage(url: string, keep: boolean): Promise<void> {
  const cache = await caches.open(SAVED_CACHE)
  if (!keep) return void (await cache.delete(url))
  await cache.put(url, await fetchOk(url))
}

export async function removeAll(): Promise<void> {
  for (const k of await readKept()) await caches.delete(k.cache)
  await writeKept([])
}
