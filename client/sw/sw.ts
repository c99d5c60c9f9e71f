/// <reference lib="webworker" />
// The service worker. A first visit on one bar of signal gets, in order: the page's own script
// (the browser has it already), the newest issue whole (kept before this worker takes over), then
// the rest of the app (assets.ts). Navigations go to the network first with a short timeout, then
// to the kept issues, the shell pages, the offline page. Workbox's strategies do the fetching;
// the few routes are plain code (workbox-routing and -precaching would double this script).
import * as navigationPreload from 'workbox-navigation-preload'
import { NetworkFirst, NetworkOnly } from 'workbox-strategies'
import { readKept } from '../../core/offline/kept'
import { PERIODIC_TAG, type SwMessage } from '../../core/offline/messages'
import { urls } from '../../core/urls'
import { fetchLater, files, type ManifestEntry, mainScriptOf, shellPage, split } from './assets'
import { download, keepIssuePhotos, removeAll } from './keep'
import { findKept, keepPage } from './offline-pages'
import { photoPlugins } from './photos'
import { setLowData } from './prefs'
import { keepLatest, RETRY_TAG, serial, sync, tell } from './sync'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: unknown }
type SyncEvent = ExtendableEvent & { tag: string }

/** One bar of signal: after this long, the kept copy is better than waiting. */
const NETWORK_TIMEOUT_SECONDS = 3

/** This build's files (named once: the build replaces this one reference). */
const MANIFEST = self.__WB_MANIFEST as ManifestEntry[]
const PARTS = split(MANIFEST)
/** This build, by its files: what fetchLater has fetched once. */
const BUILD = JSON.stringify(MANIFEST.map((e) => e.revision ?? e.url))
/** The script the pages this worker renders load: this build's, so page and worker match. */
const MAIN_SCRIPT = mainScriptOf(MANIFEST)
navigationPreload.enable()

/** What answers a page offline, best first. */
async function offline(path: string): Promise<Response> {
  return (
    (await findKept(path, MAIN_SCRIPT)) ??
    (await shellPage(path)) ??
    (await shellPage(urls.offline())) ??
    Response.error()
  )
}

// Every navigation but the API's: the network within 3 s (a 5xx counts as no answer), else offline.
const pages = new NetworkFirst({
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    { cacheWillUpdate: async () => null }, // pages are rendered from kept issues, not stored
    {
      fetchDidSucceed: async ({ response }) => {
        if (response.status >= 500) throw new Error(`${response.status}`)
        return response
      },
    },
    { handlerDidError: async ({ request }) => offline(new URL(request.url).pathname) },
  ],
})
const APP_FILE = /^\/(assets|icons)\/|^\/(manifest\.webmanifest|favicon\.ico|apple-touch-icon\.png)$/
// Photos: from the network (the browser's cache keeps them, immutable), held back in low-data
// mode, and offline answered by the copy kept with their issue (photos.ts).
const photos = new NetworkOnly({ plugins: photoPlugins })

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  // The API is data, never answered with a page.
  if (request.mode === 'navigate' && !url.pathname.startsWith('/api/'))
    event.respondWith(pages.handle({ event, request }))
  else if (APP_FILE.test(url.pathname)) event.respondWith(files.handle({ event, request }))
  else if (url.pathname.startsWith('/photos/')) event.respondWith(photos.handle({ event, request }))
})

self.addEventListener('install', (event) => {
  // The newest issue is kept before this worker takes over, so the visit that installed it can
  // already be read offline; a failed download does not stop the install (sync tries again).
  event.waitUntil(
    serial(async () => ((await readKept()).length === 0 ? keepLatest('default') : undefined)).catch(() => {}),
  )
})

self.addEventListener('activate', (event) => {
  // Kept issues are data, rendered by whichever app version is running: nothing to fetch again.
  event.waitUntil(self.clients.claim())
})

const later = () => fetchLater(PARTS, BUILD)

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as SwMessage
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting() // only ever on the reader's word
  if (data?.type === 'sync') event.waitUntil(setLowData(data.lowData).then(sync).then(later, later))
  if (data?.type === 'keep') {
    const kept = serial(async () => {
      const k = await download(data.date, data.version, { asHome: false, pinned: true })
      return keepIssuePhotos(k).catch(() => k)
    })
    event.waitUntil(
      kept.then(
        (k) => tell({ type: 'kept', date: k.date, bytes: k.bytes }),
        () => tell({ type: 'sync-failed' }),
      ),
    )
  }
  if (data?.type === 'prefs') event.waitUntil(setLowData(data.lowData))
  if (data?.type === 'clear') event.waitUntil(removeAll().then(() => tell({ type: 'cleared' })))
  if (data?.type === 'save-page' || data?.type === 'unsave-page') {
    event.waitUntil(keepPage(data.url, data.type === 'save-page').catch(() => {}))
  }
})

// Background Sync: a download the link cut, tried again when it is back.
self.addEventListener('sync', (event) => {
  const e = event as SyncEvent
  if (e.tag === RETRY_TAG) e.waitUntil(sync())
})
// Periodic Background Sync (the installed app): the morning issue arrives by itself.
self.addEventListener('periodicsync', (event) => {
  const e = event as SyncEvent
  if (e.tag === PERIODIC_TAG) e.waitUntil(sync())
})
