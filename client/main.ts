// The browser entry, small on purpose: applies the reader's preferences, starts the service
// worker (and, on a first visit, the download), gives the islands what only the page has
// (收藏, the service worker), and brings them to life once the page is idle. Everything on the page
// is plain HTML that needs no JavaScript.
import { readKept } from '../core/offline/kept'
import { providePlatform } from '../core/ui/platform'
import { applyPrefs, readPrefs } from '../core/ui/prefs'
import { status } from '../core/ui/status'
import { hydrateIslands } from './hydrate'
import { whenIdle } from './platform/idle'
import { watchPhotos } from './platform/photos'
import { watchPrintZoom } from './platform/print-zoom'
import { startServiceWorker } from './platform/service-worker'

const showKept = async () =>
  status.set({ kept: (await readKept()).find((k) => k.home) ?? null, keptChanged: Date.now() })

const prefs = readPrefs()
applyPrefs(prefs)
watchPhotos(prefs.lowData)
watchPrintZoom()
// A photo in an article opens full screen when tapped (watchPhotos: its code loads on the first
// tap), and an article turns to the next story when swiped (on a touch screen: its code loads once idle).
if (navigator.maxTouchPoints && document.querySelector('.neighbours a[rel]'))
  void whenIdle()
    .then(() => import('./platform/swipe'))
    .then((m) => m.watchSwipe())
// The worker holds photos back in low-data mode: it hears the reader's choice on every visit.
const sw = startServiceWorker(showKept, prefs.lowData)
// IndexedDB and its library load only when an island first asks for 收藏.
const savedStore = () => import('./platform/saved').then((m) => m.saved)
providePlatform({
  build: __BUILD_LABEL__,
  saved: {
    has: (date, id) => savedStore().then((s) => s.has(date, id)),
    add: (saved) => savedStore().then((s) => s.add(saved)),
    remove: (date, id) => savedStore().then((s) => s.remove(date, id)),
    list: () => savedStore().then((s) => s.list()),
  },
  sw: sw.platform,
  // Web Push code loads only when 设置 asks for it.
  ...(sw.platform
    ? {
        push: {
          state: () => import('./platform/push').then((m) => m.pushState()),
          turnOn: () => import('./platform/push').then((m) => m.turnOn()),
          turnOff: () => import('./platform/push').then((m) => m.turnOff()),
        },
      }
    : {}),
})
// On a first visit the issue crosses the link first; the islands come after, once idle.
void sw.settled.then(whenIdle).then(hydrateIslands)

const online = () => status.set({ online: navigator.onLine })
addEventListener('online', online)
addEventListener('offline', online)
online()
void showKept()
