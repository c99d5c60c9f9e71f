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
  add: (s) => set(keyOf(s.date, s.id), s, store()),
  remove: (date, id) => del(keyOf(date, id), store()),
  async list() {
    const s = store()
    const all = (await getMany<Saved | undefined>(await keys(s), s)).filter((x): x is Saved => x !== undefined)
    return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  },
}
