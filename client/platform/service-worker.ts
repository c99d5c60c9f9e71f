// The service worker, seen from the page: registered as early as the page can (a first visit on
// one bar of signal should start keeping the issue at once), its reports passed to the status
// bar, the islands' messages passed to it. The update offer (workbox-window) loads once idle.
// Absent where the browser has no service worker, or in a build labelled no-sw.
import type { SwMessage } from '../../core/offline/messages'
import type { Platform } from '../../core/ui/platform'
import { status } from '../../core/ui/status'

export function startServiceWorker(showKept: () => Promise<void>): Platform['sw'] {
  if (!('serviceWorker' in navigator) || __BUILD_LABEL__.includes('no-sw')) return undefined
  const container = navigator.serviceWorker
  // Offline, the update check inside register() fails; the worker already in charge still answers.
  void container.register('/sw.js').catch(() => {})
  container.addEventListener('message', (event) => {
    const data = event.data as SwMessage
    // The server answering (or not) is the truth about being online; navigator.onLine only
    // knows about the device's own connection.
    if (data.type === 'sync-failed') status.set({ online: false })
    if (data.type === 'synced' || data.type === 'edition-ready') status.set({ online: true })
    if (data.type === 'edition-ready') {
      void showKept()
      const here = document.querySelector('time[datetime]')?.getAttribute('datetime')
      if (data.replaced && here && here !== data.date) {
        status.set({ newIssue: { date: data.date, articles: data.articles } })
      }
    }
    if (data.type === 'cleared') void showKept().then(() => status.set({ notice: '离线内容已清除' }))
    if (data.type === 'kept') void showKept()
  })
  const send = (message: SwMessage) => void container.ready.then((reg) => reg.active?.postMessage(message))
  void container.ready.then(async () => {
    // Ask for the latest issue on every visit; the worker downloads it only if it is new.
    send({ type: 'sync' })
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) void navigator.storage.persist()
  })
  // Nothing a first view needs: it loads once the page is idle.
  const updates = whenIdle().then(() => import('./updates').then((m) => m.watchForUpdates()))
  return { send, applyUpdate: () => void updates.then((u) => u.apply()) }
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 5000 })
      : setTimeout(resolve, 2000),
  )
}
