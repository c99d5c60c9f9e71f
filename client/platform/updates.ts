// A new version of the app: the status bar offers it once its service worker is installed and
// waiting, and it takes over only on the reader's word, then the page reloads into it. The
// browser looks for a new version of /sw.js on every navigation; this only watches the
// registration the boot script made (core/render/boot.ts).
import type { SwMessage } from '../../core/offline/messages'
import { status } from '../../core/ui/status'

export function watchForUpdates(reg: ServiceWorkerRegistration): { apply: () => void } {
  // A worker waits only while another controls this page: the first install never does.
  const offer = () => {
    if (reg.waiting && navigator.serviceWorker.controller) status.set({ updateReady: true })
  }
  // One may be installing already, or begin to later.
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer()
    })
  offer()
  watch(reg.installing)
  reg.addEventListener('updatefound', () => watch(reg.installing))
  return {
    apply() {
      // Reload once the new worker has taken over, so the page and the worker match.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
      reg.waiting?.postMessage({ type: 'SKIP_WAITING' } satisfies SwMessage)
    },
  }
}
