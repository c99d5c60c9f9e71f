/// <reference lib="webworker" />
// Keeping the newest issue, and the kept ones current. The newest issue comes whole in one answer
// (/api/issues/latest/edition); on a first visit the page has just asked for it, so the browser's
// cache answers and it crosses the link once. The archive's index says which kept issues were
// corrected since. A download the link cut is tried again by Background Sync; an installed app
// also syncs by itself now and then (Periodic Background Sync). Where neither exists (iOS
// Safari), each visit syncs.
import type { ArchiveIndex } from '../../core/model'
import { type Kept, readKept } from '../../core/offline/kept'
import type { SwMessage } from '../../core/offline/messages'
import { download, fetchOk, keepEdition, keepIssuePhotos } from './keep'
import { keepNews } from './news'

declare const self: ServiceWorkerGlobalScope & {
  registration: ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }
}

/** The Background Sync tag for a download to try again once the link is back. */
export const RETRY_TAG = 'zzrb-retry'

export async function tell(message: SwMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message)
}

/** One sync at a time: a visit, the first install and a sync event can ask at once. */
let queue: Promise<unknown> = Promise.resolve()
export function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task)
  queue = run.catch(() => {})
  return run
}

/**
 * Keeps the newest issue as the answer for `/`, if it is not kept already. The first install
 * takes it from the browser's cache, where the page has just put it; every sync after asks the
 * server again (a conditional request: an unchanged issue costs a 304).
 */
export async function keepLatest(cache: RequestCache = 'no-cache'): Promise<{ kept: Kept; before: Kept | undefined }> {
  const before = (await readKept()).find((k) => k.home)
  const res = await fetchOk('/api/issues/latest/edition', { cache })
  return { kept: await keepEdition(await res.text(), { asHome: true }), before }
}

/** Kept issues the archive says were corrected since: their new versions, downloaded. */
async function keepCorrections(): Promise<void> {
  const kept = (await readKept()).filter((k) => !k.home)
  if (kept.length === 0) return
  const index = (await (await fetchOk('/api/archive', { cache: 'no-cache' })).json()) as ArchiveIndex
  for (const k of kept) {
    const now = index.recent.find((r) => r.date === k.date)
    if (now && now.version !== k.version) await download(now.date, now.version, { asHome: false, pinned: k.pinned })
  }
}

/** The whole sync, told to the pages; a failure asks Background Sync to try again later. */
export const sync = () =>
  serial(async () => {
    try {
      const { kept, before } = await keepLatest()
      await keepCorrections()
      const replaced = before?.version === kept.version ? undefined : (before?.date ?? null)
      // The 快讯 are small: kept before the issue's images, and whatever became of the issue.
      await keepNews().catch(() => {})
      if (replaced === undefined) await tell({ type: 'synced' })
      else await tell({ type: 'edition-ready', date: kept.date, articles: kept.articles, replaced })
      // The text is readable offline now; its photos follow.
      const withPhotos = await keepIssuePhotos(kept).catch(() => kept)
      if (withPhotos !== kept) await tell({ type: 'kept', date: kept.date, bytes: kept.bytes })
    } catch (e) {
      await self.registration.sync?.register(RETRY_TAG).catch(() => {})
      await tell({ type: 'sync-failed' })
      throw e
    }
  })
