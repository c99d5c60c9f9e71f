// A new version of the app, through workbox-window: the status bar offers it once its service
// worker is waiting, and it takes over only on the reader's word, then the page reloads into it.
import { Workbox } from 'workbox-window'
import { status } from '../../core/ui/status'

export function watchForUpdates(): { apply: () => void } {
  const wb = new Workbox('/sw.js')
  wb.addEventListener('waiting', () => status.set({ updateReady: true }))
  void wb.register().catch(() => {})
  return {
    apply() {
      // Reload once the new worker has taken over, so the page and the worker match.
      wb.addEventListener('controlling', () => location.reload())
      wb.messageSkipWaiting()
    },
  }
}
