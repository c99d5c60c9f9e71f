/// <reference lib="webworker" />
// The service worker: the app shell precached by Workbox (injectManifest), the latest issue kept
// whole on the phone, navigations network-first with a short timeout for one bar of signal.
import { cleanupOutdatedCaches, precacheAndRoute, matchPrecache } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst } from 'workbox-strategies'
import { ExpirationPlugin } from 'workbox-expiration'
import * as navigationPreload from 'workbox-navigation-preload'
import { download, findKept, keepPage, removeAll } from './editions'
import { mainScriptOf } from './render'
import { urls } from '../../core/urls'
import { readKept } from '../../core/offline/kept'
import type { SwMessage } from '../../core/offline/messages'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> }

/** One bar of signal: after this long, the kept copy is better than waiting. */
const NETWORK_TIMEOUT_MS = 3000

/** The app shell of this build (named once: the build replaces this one reference). */
const SHELL = self.__WB_MANIFEST
precacheAndRoute(SHELL)
/** The script the pages this worker renders load: this build's, so page and worker match. */
const MAIN_SCRIPT = mainScriptOf(SHELL)
cleanupOutdatedCaches()
navigationPreload.enable()

async function fromNetwork(event: FetchEvent): Promise<Response> {
  const preloaded = (await event.preloadResponse) as Response | undefined
  return preloaded ?? fetch(event.request)
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))
}

async function navigate(event: FetchEvent): Promise<Response> {
  const path = new URL(event.request.url).pathname
  try {
    const res = await Promise.race([fromNetwork(event), timeout(NETWORK_TIMEOUT_MS)])
    if (res.status < 500) return res
  } catch {
    // offline or too slow: fall through to the kept copy
  }
  return (
    (await findKept(path, MAIN_SCRIPT)) ??
    (await matchPrecache(path)) ??
    (await matchPrecache(urls.offline())) ??
    Response.error()
  )
}

// Every navigation but the API's: the API is data, never answered with a page.
registerRoute(new NavigationRoute(({ event }) => navigate(event as FetchEvent), { denylist: [/^\/api\//] }))

// Immutable editions, by version: once fetched, kept for the archive reader.
registerRoute(
  ({ url }) => url.pathname.startsWith('/api/editions/'),
  new CacheFirst({ cacheName: 'zzrb-api-editions', plugins: [new ExpirationPlugin({ maxEntries: 30 })] }),
)

/** One download at a time: a visit's sync and the first activation can ask at once. */
let queue: Promise<unknown> = Promise.resolve()
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task)
  queue = run.catch(() => {})
  return run
}

/** Asks the server for the latest issue and downloads it whole if it is new. */
const syncLatest = () => serial(syncLatestNow)
async function syncLatestNow(): Promise<void> {
  const res = await fetch('/api/issues/latest', { cache: 'no-cache' })
  if (!res.ok) return void (await tell({ type: 'sync-failed' }))
  const { date, version } = (await res.json()) as { date: string; version: string }
  const before = (await readKept()).find((k) => k.home)
  const kept = await download(date, version, { asHome: true })
  if (before?.version !== kept.version)
    await tell({ type: 'edition-ready', date, articles: kept.articles, replaced: before?.date ?? null })
  else await tell({ type: 'synced' })
}

async function tell(message: SwMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message)
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as SwMessage
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting() // only ever on the reader's word
  if (data?.type === 'sync') event.waitUntil(syncLatest().catch(() => tell({ type: 'sync-failed' })))
  if (data?.type === 'keep')
    event.waitUntil(
      serial(() => download(data.date, data.version, { asHome: false, pinned: true })).then(
        (k) => tell({ type: 'kept', date: k.date, bytes: k.bytes }),
        () => tell({ type: 'sync-failed' }),
      ),
    )
  if (data?.type === 'clear') event.waitUntil(removeAll().then(() => tell({ type: 'cleared' })))
  if (data?.type === 'save-page' || data?.type === 'unsave-page')
    event.waitUntil(keepPage(data.url, data.type === 'save-page').catch(() => {}))
})

self.addEventListener('activate', (event) => {
  // Kept issues are data, rendered by whichever app version is running: nothing to fetch again.
  // On the first activation, the latest issue is fetched without waiting for a page to ask.
  event.waitUntil(
    self.clients
      .claim()
      .then(async () => ((await readKept()).length === 0 ? syncLatest() : undefined))
      .catch(() => {}),
  )
})
