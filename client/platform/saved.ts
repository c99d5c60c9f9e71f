// 收藏: saved articles in IndexedDB (idb-keyval), readable offline; the service worker keeps a
// copy of each saved page. Loaded only when an island asks, so no page pays for it up front.
import { createStore, del, get, getMany, keys, set, type UseStore } from 'idb-keyval'
import type { Platform, Saved } from '../../core/ui/platform'

// One store for the page's life: each createStore opens its own IndexedDB connection.
let opened: UseStore | undefined
const store = () => (opened ??= createStore('zzrb', 'saved'))
const keyOf = (date: string, id: string) => `${date}/${id}`

export const saved: NonNullable<Platform['saved']> = {
  has: async (date, id) => (await get(keyOf(date, id), store())) !== undefined,
  // Saved from its page: the page's lead photo goes with it, for the list's thumbnail. Its reader
  // loads on the first save, not with every article.
  add: async (s) => {
    const thumb = s.thumb ?? (await import('../../core/ui/saved-thumb')).leadPhotoOnPage(document)
    return set(keyOf(s.date, s.id), thumb ? { ...s, thumb } : s, store())
  },
  remove: (date, id) => del(keyOf(date, id), store()),
  async list() {
    const s = store()
    const all = (await getMany<Saved | undefined>(await keys(s), s)).filter((x): x is Saved => x !== undefined)
    return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  },
}
