/// <reference lib="webworker" />
// The service worker. A first visit on one bar of signal gets, in order: the page's own script
// (the browser has it already), the newest issue whole (kept before this worker takes over), then
// the rest of the app, all at once (precache.ts: Workbox's precache). Navigations go to the
// network first with a short timeout, then to the kept issues, the shell pages, the offline page.
// Workbox's strategies do the fetching; the few routes are plain code.
import * as navigationPreload from 'workbox-navigation-preload'
import { NetworkFirst, NetworkOnly } from 'workbox-strategies'
import { readKept } from '../../core/offline/kept'
import { PERIODIC_TAG, type SwMessage } from '../../core/offline/messages'
import { download, keepIssuePhotos, removeAll } from './keep'
import { findKept, keepPage, offlinePage } from './offline-pages'
import { photoPlugins } from './photos'
import { appFile, dropStale, mainScript, precacheAll, precacheMainScript, shellPage } from './precache'
import { setLowData } from './prefs'
import { onNotificationClick, onPush } from './push'
import { linkedStyles } from './styles'
import { keepLatest, RETRY_TAG, serial, sync, tell } from './sync'

declare const self: ServiceWorkerGlobalScope
type SyncEvent = ExtendableEvent & { tag: string }

/** One bar of signal: after this long, the kept copy is better than waiting. */
const NETWORK_TIMEOUT_SECONDS = 3

navigationPreload.enable()

/** What answers a page offline, best first. */
async function offline(path: string): Promise<Response> {
  return (await findKept(path, mainScript)) ?? (await shellPage(path)) ?? (await offlinePage(path, mainScript))
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
  else if (url.pathname.startsWith('/photos/')) event.respondWith(photos.handle({ event, request }))
  else if (url.pathname.startsWith('/css/')) {
    const css = linkedStyles(url.pathname)
    if (css) event.respondWith(css)
  } else {
    const file = appFile(event) // the app's own files, from the precache
    if (file) event.respondWith(file)
  }
})

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A new version of the app (an issue is kept already) is whole before it waits: if a file
      // does not arrive, this install fails and the next visit tries again.
      if ((await readKept()).length > 0) return precacheAll(event)
      // The first: the page's own script, then the newest issue, kept before this worker takes
      // over, so the visit that installed it can already be read offline. A failed download does
      // not stop the install (sync tries again).
      await precacheMainScript(event).catch(() => {})
      await serial(async () => ((await readKept()).length === 0 ? keepLatest('default') : undefined)).catch(() => {})
    })(),
  )
})

self.addEventListener('activate', (event) => {
  // Kept issues are data, rendered by whichever app version is running: nothing to fetch again.
  event.waitUntil(Promise.all([dropStale(event), self.clients.claim()]))
})

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as SwMessage
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting() // only ever on the reader's word
  if (data?.type === 'sync') {
    // Once the issue is kept (or could not be), the rest of the app, all at once.
    const rest = () => precacheAll(event)
    event.waitUntil(
      setLowData(data.lowData)
        .then(sync)
        .then(rest, rest)
        .catch(() => {}),
    )
  }
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

// Web Push: a 快讯 as a notification, and the kept 快讯 refreshed (push.ts).
self.addEventListener('push', onPush)
self.addEventListener('notificationclick', onNotificationClick)
