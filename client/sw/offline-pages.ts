// What answers a page when the network does not: a kept issue's page (rendered here), a kept
// 快讯's, or a saved article's page.
import type { Edition } from '../../core/model'
import { type Kept, readKept } from '../../core/offline/kept'
import { readKeptEdition } from '../../core/offline/kept-edition'
import { urls } from '../../core/urls'
import { fetchOk } from './keep'
import { keptNewsAt, renderKeptNews } from './news'
import { renderKeptPage } from './render'

const SAVED_CACHE = 'zzrb-saved'

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
    // The newest issue's front page shows the kept 快讯, with when they were kept.
    const news = path === urls.home() ? await keptNewsAt() : undefined
    const page = edition && (await renderKeptPage(edition, path, k.home, mainScript, news))
    if (page) return page
  }
  return (await renderKeptNews(path, mainScript)) ?? (await (await caches.open(SAVED_CACHE)).match(path)) ?? undefined
}

/** A saved article's page is kept on its own, whatever happens to its issue. */
export async function keepPage(url: string, keep: boolean): Promise<void> {
  const cache = await caches.open(SAVED_CACHE)
  if (!keep) return void (await cache.delete(url))
  await cache.put(url, await fetchOk(url, { cache: 'no-cache' }))
}
