// What answers a page when the network does not: a kept issue's page (rendered here), a kept
// 快讯's, or a saved article's page; 往期 and the offline page list the kept issues.
import type { Edition } from '../../core/model'
import { type Kept, readKept } from '../../core/offline/kept'
import { readKeptEdition } from '../../core/offline/kept-edition'
import { paper } from '../../core/paper'
import { renderOfflinePage } from '../../core/render/offline-page'
import { securityHeaders } from '../../core/security'
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
  if (path === urls.offline() || path === urls.archive() || path.startsWith(`${urls.archive()}/`))
    return offlinePage(path, mainScript)
  return (await renderKeptNews(path, mainScript)) ?? (await (await caches.open(SAVED_CACHE)).match(path)) ?? undefined
}

/**
 * The offline page, or 往期 (any of its pages) with no network: the kept issues, each a link to
 * its front page. Rendered here, at the address asked for, so that it lists what is kept now.
 */
export async function offlinePage(path: string, mainScript: string | undefined): Promise<Response> {
  const which = path === urls.archive() || path.startsWith(`${urls.archive()}/`) ? 'archive' : 'offline'
  const kept = (await readKept()).map(({ date, articles }) => ({ date, articles }))
  const headers = { 'Content-Type': 'text/html; charset=UTF-8', ...(await securityHeaders()) }
  const page = new URL(path, self.location.origin)
  return new Response(renderOfflinePage(paper, which, kept, page, mainScript), { headers })
}

/** A saved article's page is kept on its own, whatever happens to its issue. */
export async function keepPage(url: string, keep: boolean): Promise<void> {
  const cache = await caches.open(SAVED_CACHE)
  if (!keep) return void (await cache.delete(url))
  await cache.put(url, await fetchOk(url, { cache: 'no-cache' }))
}
