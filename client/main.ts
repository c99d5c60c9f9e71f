// The browser entry: hydrates the islands the server rendered, and runs the service worker
// through workbox-window. Everything else on the page is plain HTML that needs no JavaScript.
import { h, hydrate, type ComponentType } from 'preact'
import { Workbox } from 'workbox-window'
import { actions, status } from './lib/bus'
import { applyPrefs, readPrefs } from './lib/prefs'
import { readKept } from './lib/kept'
import type { SwMessage } from './lib/sw-messages'
import Status from './islands/Status'

type Loader = () => Promise<{ default: ComponentType<never> }>
// The status bar is on every page, so it comes with this file; the rest load where they appear.
const islands: Record<string, Loader> = {
  status: () => Promise.resolve({ default: Status }),
  tools: () => import('./islands/Tools'),
  saved: () => import('./islands/SavedList'),
  settings: () => import('./islands/Settings'),
  search: () => import('./islands/OfflineSearch'),
  download: () => import('./islands/DownloadIssue'),
}

applyPrefs(readPrefs())
for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const load = islands[el.dataset.island ?? '']
  const props = JSON.parse(el.dataset.props ?? '{}') as object
  void load?.().then(({ default: C }) => hydrate(h(C as ComponentType<object>, props), el))
}

const showKept = async () =>
  status.set({ kept: (await readKept()).find((k) => k.home) ?? null, keptChanged: Date.now() })
const online = () => status.set({ online: navigator.onLine })
addEventListener('online', online)
addEventListener('offline', online)
online()
void showKept()

if ('serviceWorker' in navigator && !__BUILD_LABEL__.includes('no-sw')) {
  const wb = new Workbox('/sw.js')
  actions.send = (message) => void wb.messageSW(message as object).catch(() => {})
  actions.applyUpdate = () => {
    // Reload once the new worker has taken over, so the page and the worker match.
    wb.addEventListener('controlling', () => location.reload())
    wb.messageSkipWaiting()
  }
  wb.addEventListener('waiting', () => status.set({ updateReady: true }))
  wb.addEventListener('message', (event) => {
    const data = event.data as SwMessage
    // The server answering (or not) is the truth about being online; navigator.onLine only
    // knows about the device's own connection.
    if (data.type === 'sync-failed') status.set({ online: false })
    if (data.type === 'synced' || data.type === 'edition-ready') status.set({ online: true })
    if (data.type === 'edition-ready') {
      void showKept()
      const here = document.querySelector('time[datetime]')?.getAttribute('datetime')
      if (data.replaced && here && here !== data.date)
        status.set({ newIssue: { date: data.date, articles: data.articles } })
    }
    if (data.type === 'cleared') void showKept().then(() => status.set({ notice: '离线内容已清除' }))
    if (data.type === 'kept') void showKept()
  })
  // Offline, the update check inside register() fails; the worker already in charge still answers.
  void wb.register().catch(() => {})
  void navigator.serviceWorker.ready.then(async (reg) => {
    // Ask for the latest issue on every visit; the worker downloads it only if it is new.
    reg.active?.postMessage({ type: 'sync' } satisfies SwMessage)
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) void navigator.storage.persist()
  })
}
