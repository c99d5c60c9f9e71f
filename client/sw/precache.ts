/// <reference lib="webworker" />
// The app's files, precached by Workbox (workbox-precaching) from the build's manifest, in the
// order a first visit on one bar of signal needs them. The first install fetches only the page's
// own script (the browser has just fetched it for the page) before the newest issue is kept;
// the rest (the islands' scripts, the stylesheet they bring, icons, the manifest, the shell pages
// 设置/收藏/搜索/offline) is fetched once the issue is kept, all at once. A later version's install
// fetches all its files before it waits. Workbox fetches an entry again only when its revision
// changes, serves each from its precache, and on activation deletes what this build does not list.
import { cleanupOutdatedCaches, PrecacheController } from 'workbox-precaching'

declare const self: ServiceWorkerGlobalScope

const controller = new PrecacheController()
controller.addToCacheList(self.__WB_MANIFEST)
cleanupOutdatedCaches()

const entries = [...controller.getURLsToCacheKeys()]
const MAIN = /^\/assets\/main-[\w-]+\.js$/
/** The page's entry script, as pages name it in <script src>: the worker renders kept pages with this build's. */
export const mainScript = entries.map(([url]) => new URL(url).pathname).find((path) => MAIN.test(path))
const isMain = (url: string) => new URL(url).pathname === mainScript

/**
 * Fetches the entries not in the precache yet, all at once, as Workbox's own install does one
 * by one (its PrecacheStrategy stores only for an event of type install; `event` keeps the worker
 * alive meanwhile). Files named by a revision bypass the browser's cache, hashed ones need not.
 */
async function precache(event: ExtendableEvent, which: (url: string) => boolean): Promise<void> {
  const install = { type: 'install', waitUntil: (p: Promise<unknown>) => event.waitUntil(p) } as ExtendableEvent
  const results = await Promise.allSettled(
    entries
      .filter(([url]) => which(url))
      .map(([url, cacheKey]) => {
        const request = new Request(url, { credentials: 'same-origin', cache: url === cacheKey ? 'default' : 'reload' })
        return Promise.all(controller.strategy.handleAll({ event: install, request, params: { cacheKey } }))
      }),
  )
  const failed = results.find((r) => r.status === 'rejected')
  if (failed) throw failed.reason
}

/** The first install's share: the page's own script, which kept pages load. */
export const precacheMainScript = (event: ExtendableEvent) => precache(event, isMain)
/** Everything the app's pages may need offline; entries already precached cost nothing. */
export const precacheAll = (event: ExtendableEvent) => precache(event, () => true)

/** Caches the app's files were kept in before Workbox precached them: nothing reads them. */
const RETIRED = ['zzrb-assets', 'zzrb-shell']

/** On activation: this build's entries stay, the rest of the precache goes. */
export const dropStale = (event: ExtendableEvent) =>
  Promise.all([controller.activate(event), ...RETIRED.map((name) => caches.delete(name))])

/** The precache's answer for one of the app's files, or undefined for any other request. */
export function appFile(event: FetchEvent): Promise<Response> | undefined {
  const cacheKey = controller.getCacheKeyForURL(event.request.url)
  return cacheKey ? controller.strategy.handle({ event, request: event.request, params: { cacheKey } }) : undefined
}

/** A shell page (设置, 收藏, 搜索, offline) from the precache. */
export const shellPage = (path: string) => controller.matchPrecache(path)
