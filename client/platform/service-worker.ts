// The service worker, seen from the page. The inline boot script registers it, on a first visit
// side by side with asking for the newest issue (core/render/boot.ts): the one registration.
// Its reports go to the status bar, the islands' messages to it. The update offer and Periodic
// Background Sync come once the page is idle. Absent where the browser has no service worker.
import { PERIODIC_TAG, type SwMessage } from '../../core/offline/messages'
import type { Platform } from '../../core/ui/platform'
import { status } from '../../core/ui/status'
import { whenIdle } from './idle'

const PERIODIC_MS = 6 * 3_600_000

export interface ServiceWorkerBridge {
  platform: Platform['sw']
  /** Settles once a first visit has the issue kept (or gave up): what the rest of the page waits for. */
  settled: Promise<void>
}

export function startServiceWorker(showKept: () => Promise<void>, lowData: boolean): ServiceWorkerBridge {
  if (!('serviceWorker' in navigator)) {
    return { platform: undefined, settled: Promise.resolve() }
  }
  const container = navigator.serviceWorker
  const first = !container.controller
  let settle = () => {}
  const settled = first ? new Promise<void>((r) => (settle = r)) : Promise.resolve()
  container.addEventListener('message', (event) => {
    const data = event.data as SwMessage
    // The server answering (or not) is the truth about being online; navigator.onLine only
    // knows about the device's own connection.
    if (data.type === 'sync-failed') status.set({ online: false })
    if (data.type === 'synced' || data.type === 'edition-ready') status.set({ online: true })
    if (data.type === 'synced') void showKept()
    if (data.type === 'edition-ready') {
      void showKept()
      const here = document.querySelector('time[datetime]')?.getAttribute('datetime')
      if (data.replaced && here && here !== data.date) {
        status.set({ newIssue: { date: data.date, articles: data.articles } })
      }
    }
    if (data.type === 'synced' || data.type === 'edition-ready' || data.type === 'sync-failed') settle()
    if (data.type === 'cleared') void showKept().then(() => status.set({ notice: '离线内容已清除' }))
    if (data.type === 'kept') void showKept()
  })
  const send = (message: SwMessage) => void container.ready.then((reg) => reg.active?.postMessage(message))
  void container.ready.then(async (reg) => {
    // Every visit asks the worker to sync: it downloads only what is new.
    send({ type: 'sync', lowData })
    await settled
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) void navigator.storage.persist()
    await syncByItself(reg)
  })
  setTimeout(settle, 3000) // one bar of signal: the page does not wait longer for the issue
  const updates = settled
    .then(whenIdle)
    .then(() => Promise.all([import('./updates'), container.ready]))
    .then(([m, reg]) => m.watchForUpdates(reg))
  return { platform: { send, applyUpdate: () => void updates.then((u) => u.apply()) }, settled }
}

type PeriodicSync = { register(tag: string, o: { minInterval: number }): Promise<void> }

/** The installed app fetches the morning issue by itself, where the browser allows it. */
async function syncByItself(reg: ServiceWorkerRegistration): Promise<void> {
  const periodic = (reg as ServiceWorkerRegistration & { periodicSync?: PeriodicSync }).periodicSync
  if (!periodic) return
  const permission = await navigator.permissions
    ?.query({ name: 'periodic-background-sync' as PermissionName })
    .catch(() => undefined)
  if (permission?.state === 'granted')
    await periodic.register(PERIODIC_TAG, { minInterval: PERIODIC_MS }).catch(() => {})
}
