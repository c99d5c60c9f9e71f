/// <reference lib="webworker" />
// The kill switch: build with ZZRB_SW_KILL=1 and deploy, and every reader's service worker
// replaces itself with this one, which deletes every cache, unregisters, and reloads open pages
// so they come straight from the network. The site keeps working without a service worker.
export {}

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: unknown }

void self.__WB_MANIFEST // the build injects a manifest; this worker precaches nothing

self.addEventListener('install', () => void self.skipWaiting())
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) await caches.delete(name)
      await self.registration.unregister()
      for (const client of await self.clients.matchAll({ type: 'window' }))
        (client as WindowClient).navigate(client.url)
    })(),
  )
})
