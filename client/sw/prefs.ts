/// <reference lib="webworker" />
// The one reader preference the service worker needs: low-data mode. Pages tell it on every start
// and on every change (the preference lives in the page's localStorage, which a worker cannot
// read); it keeps it in the meta cache, so a worker woken by a sync event knows it too. Until a
// page has said, the browser's Save-Data setting decides.
import { META_CACHE } from '../../core/offline/kept'

declare const self: ServiceWorkerGlobalScope

const PREFS_KEY = '/__prefs.json'
let lowData: boolean | undefined

export async function setLowData(value: boolean): Promise<void> {
  lowData = value
  await (await caches.open(META_CACHE)).put(PREFS_KEY, Response.json({ lowData: value }))
}

export async function isLowData(): Promise<boolean> {
  if (lowData !== undefined) return lowData
  const stored = await (await caches.open(META_CACHE)).match(PREFS_KEY)
  const saveData = (self.navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData
  lowData = stored ? ((await stored.json()) as { lowData: boolean }).lowData : saveData === true
  return lowData
}
